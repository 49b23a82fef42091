# Argument checks of builtins found by CPython's test_builtin (each golden line from python3):
# __hash__ returning an int subclass (itself: it recursed) is read as its int, in hash() and
# in a dict; a __len__ below -sys.maxsize is ValueError; format()'s spec may be a str
# subclass; sum() refuses a bytearray or str-subclass start; a type name with a NUL is
# ValueError; __import__'s 'module name must be a string' and 'level must be >= 0'.
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Z(int):
    def __hash__(self): return self
t(lambda: hash(Z(42)) == hash(42))
class Z2(int):
    def __hash__(self): return Z2(2**100)
t(lambda: hash(Z2(1)) == hash(2**100))
class B:
    def __hash__(self): return True
t(lambda: hash(B()))
class L:
    def __len__(self): return -sys.maxsize - 10
t(lambda: len(L()))
class L2:
    def __len__(self): return sys.maxsize + 1
t(lambda: len(L2()))
class L3:
    def __len__(self): return -1
t(lambda: len(L3()))
class S(str): pass
t(lambda: format(3, S('>5')))
t(lambda: format('x', S('')))
class D:
    def __dir__(self): return 7
t(lambda: dir(D()))
class D2:
    def __dir__(self): return ('b', 'a')
t(lambda: dir(D2()))
t(lambda: sum([b'a', b'c'], b''))
t(lambda: sum([bytearray(b'a')], bytearray(b'')))
t(lambda: sum(['a'], ''))
t(lambda: type('A\x00B', (), {}))
def setname():
    class A: pass
    A.__name__ = 'A\x00B'
t(setname)
t(lambda: __import__(1, 2, 3, 4))
t(lambda: __import__('sys', level=-1))
t(lambda: __import__(''))
d = {Z(42): 'z'}
t(lambda: d[42])
t(lambda: {Z2(5): 1}[Z2(5)])
class L4:
    def __len__(self): return -2**100
t(lambda: len(L4()))
t(lambda: bool(L4()))
t(lambda: sum([S('a')], S('')))
