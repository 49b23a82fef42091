# hash of numbers (deterministic), None-free containers, unhashable types.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))
print(hash(1.5), hash(0.1), hash(-0.5), hash(1e100), hash(float('inf')), hash(float('-inf')))
print(hash(True), hash(False), hash((1, 2)), hash(frozenset()) == hash(frozenset()))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
