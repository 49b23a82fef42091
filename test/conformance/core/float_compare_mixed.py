# Float/int equality and hashing agree: 1 == 1.0 and hash equal.
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(1.5))
print(1.0 in [1], 2 in [2.0], {1: 'a'}[1.0])
print(0.0 == -0.0, hash(0.0) == hash(-0.0))
print(sorted([3, 1.5, 2, -0.5, True]))
print(10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16)
