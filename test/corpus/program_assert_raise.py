def check(x):
    assert isinstance(x, int), 'not an int'
    if x < 0:
        raise ValueError('negative') from None
    return x
try:
    check(-1)
except ValueError as e:
    print(type(e).__name__, e)
