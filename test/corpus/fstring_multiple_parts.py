a = 1; b = 2
s = f'a={a}, b={b}, sum={a + b}, prod={a * b}!'
t = f'{a}{b}' f'{a}' 'x' f'{b}'
