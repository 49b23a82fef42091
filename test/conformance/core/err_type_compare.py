# Ordering comparisons between unrelated types raise TypeError.
pairs = [(1, 'a'), ('a', 1), (None, None), ([], {}), ((), 0), (1j, 1j), ({1}, 2)]
for a, b in pairs:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print(1 == 'a', None == 0, [] == (), {1} == {1: None}.keys())
print(None >= None)
