# __format__ is used by format(), str.format and f-strings.
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
m = Money(3.5)
print(format(m, 'usd'), '{:usd}'.format(m), f'{m:usd}', f'{m:08.3f}', f'{m}')
class Plain:
    def __str__(self):
        return 'plain!'
print(f'{Plain()}', format(Plain()), '{}'.format(Plain()))
try:
    format(Plain(), 'x')
except TypeError as e:
    print(e)
