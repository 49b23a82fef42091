# The sys module's functions: __module__ 'sys', and CPython's argument messages naming them
# sys.NAME (U2's finding).
import sys
for f, a in ((sys.getrecursionlimit, (1,)), (sys.setrecursionlimit, ()), (sys.exit, (1, 2)), (sys.intern, ()), (sys.exc_info, (1,))):
    try:
        f(*a)
    except TypeError as e:
        print(e)
print(sys.getrecursionlimit.__module__, sys.exc_info.__module__, sys._getframe.__module__, sys.excepthook.__module__, sys.displayhook.__module__)
print(sys.getrecursionlimit, sys.excepthook is sys.__excepthook__)
