# Raising built-in exceptions by name with arguments; str and repr of them.
for exc in (ValueError('bad value'), TypeError('a', 'b'), KeyError('k'), IndexError(), RuntimeError(42),
            Exception(), NotImplementedError('todo'), OSError(2, 'No such file'), LookupError('x')):
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
raise RuntimeError('stop here')
