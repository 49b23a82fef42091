# The built-in exception hierarchy.
for name in ('ZeroDivisionError', 'OverflowError', 'KeyError', 'IndexError', 'ModuleNotFoundError',
             'UnboundLocalError', 'RecursionError', 'NotImplementedError', 'StopIteration',
             'KeyboardInterrupt', 'SystemExit', 'FileNotFoundError', 'UnicodeDecodeError', 'TypeError'):
    cls = eval(name)
    print(name, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(BaseException, Exception), issubclass(bool, Exception))
