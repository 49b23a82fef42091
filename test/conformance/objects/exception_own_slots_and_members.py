# Built-in exception types as CPython 3.11 defines them: each has its own __init__ slot wrapper
# (and most their own __new__), NameError/AttributeError/ImportError take their keyword
# members, ImportError has msg and its own __str__, every exception takes attributes (a
# __dict__ made on first use), and __reduce__/__setstate__ give what pickle and copy use.

print(Exception.__init__)
print(ValueError.__init__, KeyError.__init__, OSError.__init__, StopIteration.__init__)
print(ImportError.__str__, NameError.__str__, AttributeError.__str__)
for t in (Exception, ValueError, ArithmeticError, UserWarning, OSError, FileNotFoundError, KeyError,
          ImportError, ModuleNotFoundError, UnboundLocalError, TabError, UnicodeError, UnicodeDecodeError):
    d = t.__dict__
    print(t.__name__, '__init__' in d, '__new__' in d)
for call in (lambda: Exception.__init__(1), lambda: ValueError.__init__(3), lambda: OSError.__init__('x'),
             lambda: ImportError.__str__(ValueError())):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

# Keyword members.
e = NameError('x', name='y')
print(e, e.name, e.args)
a = AttributeError('m', name='n', obj=3)
print(a, a.name, a.obj)
print(NameError().name, AttributeError().name, AttributeError().obj)
for call in (lambda: NameError(foo=1), lambda: AttributeError(name=1, obj=2, q=3), lambda: ImportError(foo=1),
             lambda: ModuleNotFoundError('a', bar=1), lambda: ImportError('a', name=1, path=2, x=3), lambda: ValueError(x=1)):
    try:
        call()
    except TypeError as x:
        print('TypeError:', x)

class MyNameError(NameError):
    def __init__(self, msg, who):
        super().__init__(msg, name=who)
print(MyNameError('gone', 'zed').name)

# ImportError: msg, name, path, str.
e = ImportError('a', 'b', name='n', path='p')
print(e, e.args, e.msg, e.name, e.path, repr(e))
e = ImportError()
print(repr(str(e)), e.msg, e.name, e.path)
e.msg = 'hi'
print(str(e), e.args)
e = ImportError(3)
print(e.msg, str(e))
class S(str):
    pass
print(str(ImportError(S('sub'))))
m = ModuleNotFoundError('m', name='q')
print(m.name, m.msg, m.__reduce__())
try:
    import no_such_module_here
except ModuleNotFoundError as x:
    print(x.name, x.msg, x.__reduce__())

# Attributes on built-in exceptions; __dict__.
v = ValueError(3)
v.foo = 1
print(v.foo, v.__dict__, v.__reduce__())
k = KeyError('a')
print(k.__dict__)
k.__dict__['z'] = 2
print(k.z)
for call in (lambda: delattr(k, '__dict__'), lambda: setattr(k, '__dict__', 3)):
    try:
        call()
    except TypeError as x:
        print('TypeError:', x)
try:
    k.nothing
except AttributeError as x:
    print('AttributeError:', x)

# __reduce__ and __setstate__.
class E(Exception):
    pass
x = E(1)
print(x.__reduce__())
x.a = 1
print(x.__reduce__())
print(ValueError(1, 2).__reduce__(), KeyError('k').__reduce__())
print(ImportError('x', name='m').__reduce__(), ImportError('a', name=None).__reduce__(), ImportError('z').__reduce__())
print(NameError('q', name='z').__reduce__(), AttributeError('q', name='z').__reduce__())
w = ValueError(3)
print(w.__setstate__({'foo': 1}), w.foo, w.__dict__)
print(w.__setstate__(None))
try:
    w.__setstate__(3)
except TypeError as x:
    print('TypeError:', x)

# OSError: reduce and characters_written.
o = OSError(2, 'No such file', 'f.txt')
print(type(o).__name__, o.__reduce__())
print(OSError(2, 'nf', 'a', 'b').__reduce__(), OSError(2, 'nf', 'a', None, 'b').__reduce__(), OSError(1).__reduce__())
try:
    o.characters_written
except AttributeError as x:
    print('AttributeError:', x)
o.characters_written = 5
print(o.characters_written)
del o.characters_written
try:
    del o.characters_written
except AttributeError as x:
    print('AttributeError:', x)
b = BlockingIOError(11, 'resource', 7)
print(b.characters_written, b.args, b.filename, b.__reduce__(), str(b))

# BaseException.__init__ takes no keywords whatever the class; a Python __init__ may.
class Plain(Exception):
    pass


class OwnInit(Exception):
    def __init__(self, *a, **kw):
        super().__init__(*a)
        self.kw = kw


class PassesOn(Exception):
    def __init__(self, a, b=0):
        super().__init__(a, b=b)


for call in (lambda: Plain(1, x=2), lambda: OwnInit(1, x=2), lambda: PassesOn(1)):
    try:
        r = call()
        print(repr(r), r.kw)
    except TypeError as x:
        print('TypeError:', x)
