# f-strings: expressions, conversions, format specs, nesting, self-documenting.
name, n, pi = 'World', 42, 3.14159
print(f'Hello, {name}!', f'{n + 1}', f'{n * 2:05d}', f'{pi:.2f}', f'{name!r}', f'{name!a}')
print(f'{"quoted"}', f"{'single'}", f'{{braces}}', f'{n:>{n // 10}}|', f'{[1, 2][0]}')
w, p = 10, 3
print(f'{pi:{w}.{p}}|', f'{n=}', f'{n + 1 = }', f'{name=!s}', f'{pi=:.1f}')
d = {'k': 'v'}
print(f"{d['k']}", f'{len(d)}', f'{(lambda x: x * 2)(4)}', f'{n if n > 0 else -n}')
print(f'{3.0}', f'{1e20}', f'{None}', f'{True:d}', f'{"é🐍":^7}')
