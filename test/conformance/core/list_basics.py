# list creation, indexing, slicing, len, in, concatenation.
a = [1, 2, 3, 'four', 5.0, None]
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2])
print(3 in a, 'x' in a, a + [7], [0] * 3, 2 * [1, 2])
b = list(range(10))
print(b[2:8:3], b[-3:], b[:-7], b[100:], b[8:2:-2])
print(list(), list('abc'), list((1, 2)), [[]] * 2)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
