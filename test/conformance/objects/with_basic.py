# The with statement calls __enter__ and __exit__, even on exceptions.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return False
with Res('a') as v:
    print('body', v)
with Res('x'), Res('y') as w:
    print('body2', w)
try:
    with Res('b'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
def f():
    with Res('ret'):
        return 'returned'
print(f())
