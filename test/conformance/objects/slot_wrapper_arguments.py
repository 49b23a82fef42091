# Slot wrappers called with wrong argument counts or keywords (their own messages), and three-argument __pow__.
tests = ["int.__add__(1)", "int.__add__(1, 2, 3)", "object.__repr__()", "list.__len__([], 1)", "str.__getitem__('a')", "dict.__setitem__({}, 1)", "object.__setattr__(1)", "(1).__add__()", "[].__len__(1)", "float.__neg__(1.0, 2)", "int.__lt__(1)", "object.__init_subclass__(1)", "type.__call__(int, '5', 1, 2)"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
class C:
    pass
for t in ["C.__init_subclass__(1, 2)", "C.__init_subclass__(x=1)", "int.__add__(1, x=2)", "int.__pow__(2)", "int.__pow__(2, 3, 4, 5)", "object.__getattribute__(1)", "type.__call__()", "int.__repr__(1, 2)", "object.__ne__(1, 2, 3)", "list.__delitem__([])"]:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, repr(str(e)))
try:
    class D(C, x=1):
        pass
except TypeError as e:
    print(e)
for t in ['int.__pow__(2,3,5.0)','int.__pow__(2,3.0,5)','float.__pow__(2.0,3,5)','complex.__pow__(1j,2,3)','int.__rpow__(3,2,5)','int.__pow__(2,3,None)','bool.__pow__(True,3,2)','int.__pow__(2,-1,5)','int.__pow__(2,3,0)', '(5).__pow__(2, 7)', 'pow(2, 10, 1000)', 'float.__rpow__(2.0, 3.0)']:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
class E(Exception):
    pass
for t in ['float.__repr__(E())', 'int.__add__("a", 1)', 'str.upper(1)', 'list.__len__(())']:
    try:
        eval(t)
    except TypeError as e:
        print(t, '->', e)
