x = 1
a = f'\n{x}\t'
b = f'\x41{x}'
c = f'\u00e9{x}'
d = f'\\{x}'
