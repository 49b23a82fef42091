# complex: powers, division, mixed arithmetic, reprs with special values.
z = 2 + 3j
print(z ** 2, z ** 0, z * 2.5, z / 2, 1 / z, z + True, z - 1)
print(complex(1, 2) == 1 + 2j, (1 + 1j) ** 0.5, (-1) ** 0.5)
print(complex(float('inf'), 1), complex(0, float('nan')), repr(complex(-0.0, 0.0)), 0j)
print(-z, +z, abs(-3j), (3 + 4j).__abs__(), pow(1j, 2), 1j ** 3)
print(complex('3'), complex(' 1-1j '), complex('-2.5j'))
