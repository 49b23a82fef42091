# Argument errors found by mutation fuzz seed 15: str()'s encoding/errors named in their TypeError and checked before the object; sort()/sorted()'s keyword-only arguments.
for a in [dict(encoding=[1]), dict(errors=[1]), dict(encoding='utf-8', errors=3), dict(encoding=None)]:
    try: str(b'x', **a)
    except TypeError as e: print(e)
for bad in [lambda: str([1], encoding=[1]), lambda: str([1], encoding='utf-8'), lambda: str('s', 'utf-8'), lambda: str(b'x', [1]),
            lambda: [].sort(ke=1), lambda: [].sort(1), lambda: sorted([], ke=1), lambda: sorted([], key=None, reverse=False, x=1)]:
    try: bad()
    except TypeError as e: print(e)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'x', errors='strict'))
