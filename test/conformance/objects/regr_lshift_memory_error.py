# A left shift CPython cannot allocate is MemoryError; only a shift count whose digit count
# passes ssize_t is OverflowError 'too many digits in integer'.
for s in (2 ** 40, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 100, 2 ** 1000):
    for x in (1, -7, 2 ** 70):
        try:
            x << s
            print('ok')
        except (MemoryError, OverflowError) as e:
            print(s.bit_length(), type(e).__name__, e, e.args)
print(1 << 100, 0 << 2 ** 100, (-1) >> 2 ** 100, 5 >> 2 ** 40)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
