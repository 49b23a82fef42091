# finally blocks overriding returns and exceptions at several nesting depths.
def f(mode):
    try:
        try:
            if mode == 'raise':
                raise ValueError('inner')
            return 'inner return'
        finally:
            if mode == 'override':
                return 'inner finally'
    except ValueError:
        return 'caught'
    finally:
        print('outer finally for', mode)
for m in ('normal', 'raise', 'override'):
    print(f(m))
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(g())
