# int <-> strings in every base; format with bases.
n = 1000
print(bin(n), oct(n), hex(n), format(n, 'b'), format(n, 'o'), format(n, 'x'))
print([int('zz', b) for b in (36,)], int('Z', 36), int('10', 3), int('-101', 2))
print(format(-n, 'b'), format(n, '#b'), f'{n:#o}', f'{n:#X}')
for b in (2, 8, 16, 36):
    print(b, int('1' * 20, b))
