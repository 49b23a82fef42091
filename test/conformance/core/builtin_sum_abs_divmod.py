# sum with start, abs, divmod.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([]), sum([0.1] * 10), sum(range(101)), sum([[1], [2]], []))
print(sum([1.5, 2, True]), sum((10 ** 20, 1)))
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(-10 ** 30), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 25, 3))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
abs('x')
