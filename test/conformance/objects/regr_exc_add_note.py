# BaseException.add_note (CPython's test_exceptions test_notes): a str subclass note, __notes__ replaced
# by a non-list (pyvm crashed with an internal error), a list subclass, deleted and made again.
e = ValueError(3)
e.add_note("My Note")
try:
    e.add_note(42)
except TypeError as t:
    print('TypeError:', t)
print(e.__notes__)
del e.__notes__
print(hasattr(e, '__notes__'))
e.add_note("Our Note")
print(e.__notes__)
e.__notes__ = 42
try:
    e.add_note("will not work")
except TypeError as t:
    print('TypeError:', t)
print(e.__notes__)
e.__notes__ = ('a',)
try:
    e.add_note("tuple")
except TypeError as t:
    print('TypeError:', t)
class L(list): pass
e.__notes__ = L()
e.add_note("sub")
print(e.__notes__, type(e.__notes__).__name__)
class S(str): pass
e.add_note(S("strsub"))
print(e.__notes__, [type(n).__name__ for n in e.__notes__])
for bad in (b'x', None, ['n']):
    try:
        ValueError().add_note(bad)
    except TypeError as t:
        print('TypeError:', t)
try:
    raise KeyError('k')
except KeyError as k:
    k.add_note('first')
    k.add_note('second')
    print(k.__notes__, k.__dict__)
