x = 1
a = 'a' f'{x}' 'b'
b = f'{x}' f'{x}'
c = f'x' 'y'
d = u'u' f'{x}'
e = ('head '
     f'{x} '
     'tail')
