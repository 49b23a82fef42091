# min and max with key, default and several arguments.
print(min([4, 2, 8]), max([4, 2, 8]), min(4, 2, 8), max('a', 'bb', key=len), min('hello'))
print(max([], default='empty'), min([], default=None), max([3, 1], default=0))
print(max(['apple', 'fig', 'banana'], key=len), min([(2, 'a'), (1, 'z')]))
print(max([1, 3, 3.0, 2]), max([1, 3.0, 3, 2]), min(-0.0, 0), max(True, 1))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
min()
