# Bitwise operators and shifts, including negative operands.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 << 0)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print((255).bit_length(), (0).bit_length(), (-256).bit_length())
print((1 << 70) >> 65, (1 << 70) & ((1 << 68) - 1))
