# complex numbers: literals, arithmetic and repr.
a = 3 + 4j
b = 1 - 2j
print(a, b, a + b, a - b, a * b, a / b)
print(abs(a), a.real, a.imag, a.conjugate())
print(1j * 1j, 2j, -1j, complex(1, 0), complex(0, 0), complex(-0.0, -1))
print(complex('1+2j'), complex(2), complex(1.5, -2.5))
print(a == complex(3, 4), (1 + 0j) == 1, repr(1e20j), (1 + 2j) ** 2)
