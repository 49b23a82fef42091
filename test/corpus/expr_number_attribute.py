a = 1 .real
b = 1.0.real
c = 1j.imag
d = 0x1 .bit_length()
