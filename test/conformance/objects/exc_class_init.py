# Exception classes with a Python __init__, called like any class (the stack VM runs that
# __init__ as a frame of its loop, runtime/class.ts inlinableInit/allocInstance): args is the
# call's positional arguments until __init__ sets it, the instance has a __dict__, and errors,
# return values, kwargs and redefinitions behave as in CPython.


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, "app error " + str(code))
        self.code = code


class RetryError(AppError):
    pass


class Quiet(Exception):
    def __init__(self, a, b=2, *rest, key=None):
        self.total = a + b + len(rest)
        self.key = key


class BadReturn(ValueError):
    def __init__(self, x):
        return x


class Raising(LookupError):
    def __init__(self, x):
        raise RuntimeError("in __init__ %r" % (x,))


class MyKey(KeyError):
    def __init__(self, k):
        super().__init__(k)
        self.k = k


class MyStop(StopIteration):
    def __init__(self, v):
        self.v = v


class MyOS(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from __new__")
        return self

    def __init__(self, x):
        self.x = x


def show(e):
    d = sorted(vars(e).items())
    print(type(e).__name__, e.args, repr(str(e)), repr(e), d)


for make in (
    lambda: AppError(7),
    lambda: RetryError(8),
    lambda: Quiet(1),
    lambda: Quiet(1, 5, 6, 7, key="k"),
    lambda: Quiet(a=1, b=3),
    lambda: MyKey("missing"),
    lambda: MyStop(3),
    lambda: MyOS(2, "No such file"),
    lambda: WithNew(4),
    lambda: AppError(),
    lambda: AppError(1, 2),
    lambda: AppError(code=9),
    lambda: BadReturn(5),
    lambda: BadReturn(None),
    lambda: Raising([1]),
):
    try:
        show(make())
    except Exception as e:
        print("raised", type(e).__name__, e, type(e.__context__).__name__)

print(MyStop(3).v, MyKey("m").k)


def raise_and_catch(n):
    out = []
    for i in range(n):
        try:
            if i % 2:
                raise AppError(i)
            raise RetryError(i)
        except RetryError as e:
            out.append(("retry", e.code, e.args))
        except AppError as e:
            out.append(("app", e.code, str(e)))
    return out


print(raise_and_catch(4))

try:
    raise AppError
except TypeError as e:
    print("TypeError", e)

# Redefinition of __init__ on the class and on a base between calls.
def make(cls, *a):
    return cls(*a)


print(make(RetryError, 1).args)
AppError.__init__ = lambda self, code, more=0: setattr(self, "code", code * 10 + more)
e = make(RetryError, 2)
print(e.args, e.code)
RetryError.__init__ = lambda self, *a: None
e = make(RetryError, 3, 4)
print(e.args, vars(e))
del RetryError.__init__
del AppError.__init__
e = make(RetryError, 5)
print(e.args, vars(e))

import traceback


class Deep(Exception):
    def __init__(self, n):
        if n == 0:
            raise ValueError("bottom")
        self.inner = Deep(n - 1)


try:
    Deep(3)
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
