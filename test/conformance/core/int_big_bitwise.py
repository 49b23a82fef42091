# Big ints with bitwise ops and shifts, negative included.
x = (1 << 100) - 1
print(x & 0xFFFF, x >> 90, x ^ (1 << 99))
print(-(1 << 80) >> 3)
print((-(1 << 80)) & 0xFFFFFFFFFFFFFFFFFFFF)
print(~(1 << 70))
print((1 << 64) | 1, (1 << 64) ^ (1 << 63))
print(x.bit_length(), (-x).bit_length())
