# Exception args, str and repr for zero, one and several arguments.
for e in (Exception(), Exception('one'), Exception('a', 2), ValueError(''), KeyError('key'), KeyError(), KeyError(1, 2)):
    print(repr(e), '|', str(e), '|', e.args)
print(repr(StopIteration(5)), StopIteration(5).value, repr(SystemExit(3)), SystemExit(3).code)
