# len of every container, and TypeError for objects without a length.
print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(5)), len(b'ab'), len(''))
print(len(frozenset()), len(bytearray(4)), len(range(0, 100, 7)))
try:
    len(5)
except TypeError as e:
    print(e)
len(None)
