# math.floor/ceil/trunc on numbers and objects with __floor__/__ceil__; round with objects.
import math
class Num:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __round__(self, n=None):
        return f'rounded {n}'
print(math.floor(Num()), math.ceil(Num()), round(Num()), round(Num(), 2))
print([math.floor(x) for x in (-1.5, -0.5, 0.5, 1.5)], [math.ceil(x) for x in (-1.5, -0.5, 0.5, 1.5)])
print(math.floor(True), math.ceil(5), math.trunc(-0.9))
