# f-strings across lines and concatenated with other literals.
a = 5
s = (f'a is {a}, '
     'literal part, '
     f'double {a * 2}')
print(s)
print(f'''triple
{a}
quoted''')
items = ['x', 'y']
print(f'{", ".join(items)}', f'{items!s:>12}')
print(rf'\n{a}', fr'{a}\t')
