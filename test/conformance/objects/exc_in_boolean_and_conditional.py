# Exceptions inside and/or chains, conditional expressions and chained comparisons.
def risky(v):
    if v is None:
        raise TypeError('None given')
    return v
cases = [1, None, 0]
for c in cases:
    try:
        print(c and risky(c) or 'fallback', risky(c) if c else 'skipped', 0 < risky(c) < 5)
    except TypeError as e:
        print('handled', e)
def check(seq):
    try:
        return all(risky(x) for x in seq) or any(risky(x) for x in reversed(seq))
    except TypeError as e:
        return f'stopped: {e}'
print(check([1, 2]), check([0, None]), check([None]), check([1, 0, 2]))
