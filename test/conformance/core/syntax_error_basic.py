# A syntax error: nothing runs, SyntaxError is reported, exit status 1.
print('this line never runs')
x = (1 +
def f():
    pass
