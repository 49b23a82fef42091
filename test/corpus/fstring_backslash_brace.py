x = 1
c = f'\{x}'
d = f'\\{x}'
e = f'a\{x}b\n'
