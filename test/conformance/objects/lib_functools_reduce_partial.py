# functools.reduce and partial.
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, c: c + acc, 'abc', ''))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(12), cube_mod(3), partial(int, base=2)('1010'), square.keywords, square.args)
basetwo = partial(int, '111')
print(basetwo(2), basetwo(8))
