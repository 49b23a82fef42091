# Uncaught exception at module level: traceback on stderr, exit status 1.
print('before')
x = {'a': 1}
y = x['b']
print('not reached')
