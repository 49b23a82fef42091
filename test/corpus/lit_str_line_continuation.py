a = 'abc\
def'
b = '''abc\
def'''
c = b'x\
y'
