# A built-in method or slot wrapper read from a class object (`Exception.__init__(self, ...)`,
# `dict.get(d, k)`, `Base.method` through the MRO): the attribute caches keep it by the class's
# version (session 13), so every change to the class or a base must be seen.
class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, 'app error ' + str(code))
        self.code = code


for i in range(3):
    e = AppError(i)
    print(repr(e), e.args, e.code)


class D(dict):
    pass


def read(cls):
    return cls.get


d = D(a=1)
for i in range(3):
    print(read(D) is dict.get, read(D)(d, 'a'), D.get(d, 'b', 'dflt'), dict.get(d, 'a'))
D.get = lambda self, k, default=None: ('patched', k)
print(read(D) is dict.get, read(D)(d, 'a'), D.get(d, 'x'))
del D.get
print(read(D) is dict.get, read(D)(d, 'a'))


class Base(dict):
    pass


class Sub(Base):
    pass


for i in range(2):
    print(read(Sub) is dict.get)
Base.get = lambda self, k: 'base'
print(read(Sub) is dict.get, read(Sub)(d, 'a'))
del Base.get
print(read(Sub) is dict.get, read(Sub)(d, 'a'))


def init_of(cls):
    return cls.__init__


class E(Exception):
    pass


for i in range(2):
    print(init_of(E) is Exception.__init__)
E.__init__ = lambda self, *a: Exception.__init__(self, 'replaced', *a)
print(init_of(E) is Exception.__init__, E(1).args)
del E.__init__
print(init_of(E) is Exception.__init__, E(1).args)

# Errors of the unbound descriptor itself, as before.
for args in [(), (5,), ({},)]:
    try:
        print(dict.get(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    BaseException.__init__(5)
except TypeError as e:
    print('TypeError', e)
print(BaseException.__init__, dict.get, str.join(',', ['a', 'b']), list.append)
print(type(Exception.__init__).__name__, type(dict.get).__name__, int.__add__(1, 2))
