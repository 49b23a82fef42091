import sys


def line():
    return sys._getframe(2).f_lineno


class B:
    def __bool__(self):
        seen.append(('bool', line()))
        return True

    def __format__(self, spec):
        seen.append(('fmt', line()))
        return ''

    def __enter__(self):
        seen.append(('enter', line()))

    def __exit__(self, *a):
        seen.append(('exit', line()))
        return True


class H:
    def __init__(self):
        self.b = B()


seen = []


def f(b, h):
    len(seen)
    if b:
        pass
    len(seen)
    if not b:
        pass
    len(seen)
    if h.b:
        pass
    len(seen)
    x = b and 1
    len(seen)
    s = f'{b}'
    len(seen)
    with b:
        pass
    len(seen)
    with b:
        len(seen)
        raise ValueError
    return s, x


f(B(), H())
print(seen)
