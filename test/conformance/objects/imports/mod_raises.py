# Helper module that fails while being imported.
x = 1
raise ValueError('module failed to initialise')
