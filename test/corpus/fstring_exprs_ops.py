a = b = 1
r1 = f'{a != b}'
r2 = f'{a == b}'
r3 = f'{a < b}'
r4 = f'{a >= b}'
r5 = f'{a, b}'
r6 = f'{ a }'
r7 = f'{a:>{b}}'
