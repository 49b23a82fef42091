# An indentation error is a SyntaxError subclass reported before running.
print('never')
def f():
return 1
