# Bare raise re-raises the exception being handled.
def f():
    try:
        int('bad')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print('outer got', e)
try:
    raise
except RuntimeError as e:
    print(e)
f()
