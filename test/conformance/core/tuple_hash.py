# Tuples of hashable things are hashable and usable as dict keys.
d = {(1, 2): 'a', (3, (4, 5)): 'b'}
print(d[(1, 2)], d[3, (4, 5)], (1, 2) in d)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)))
print(hash(()), hash((1,)), hash((1, 2, 3)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
