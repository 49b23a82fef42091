# ValueError for unpacking too few / too many values, and star unpacking errors.
for value in ([1], [1, 2, 3], 'ab', range(4)):
    try:
        a, b = value
        print('ok', a, b)
    except ValueError as e:
        print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
x, y = {'only': 1}
