# __str__ and __format__ used in f-strings; __repr__ in !r.
class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.deg * 9 / 5 + 32, spec[:-1]) + '°F'
        return format(self.deg, spec) + '°C'
    def __repr__(self):
        return f'Temp({self.deg})'
t = Temp(21.5)
print(f'{t}', f'{t:.0f}', f'{t:.1F}', f'{t!r}', '{:>8}'.format(t), format(t, 'F'))
