# Formatting and printing instances of int/str/float subclasses.
class Celsius(float):
    def __str__(self):
        return f'{float(self):.1f}°C'
class Code(int):
    def __repr__(self):
        return f'Code({int(self)})'
c = Celsius(21.456)
print(c, repr(c), f'{c}', f'{c:.2f}', [c], c + 1)
k = Code(404)
print(k, repr(k), [k], f'{k}', f'{k:05d}', k + 1, hex(k))
