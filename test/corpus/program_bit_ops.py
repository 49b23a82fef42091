def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(16)], 1 << 40, -1 >> 3, 0xff ^ 0x0f, ~5)
