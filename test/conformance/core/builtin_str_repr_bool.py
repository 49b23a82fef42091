# str, repr and bool constructors with no arguments and edge values.
print(repr(str()), repr(repr('')), bool(), str(b'ab'), str(1e6), str(1e-6), repr([]), str(()))
print(str(123, ) if True else '', repr(10 ** 25), repr(-0.0), str([1.0, 'x']))
print(list(), tuple(), dict(), set(), frozenset(), float(), int(), complex())
