# Arbitrary precision: values past 2**53 and 2**64 stay exact.
a = 2 ** 100
b = 3 ** 50
print(a)
print(b)
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b))
print(2 ** 53 + 1, 2 ** 53 + 2, 9007199254740993 * 3)
print(-a // 7, -a % 7)
print((10 ** 30 + 7) % 13, pow(10, 30, 13))
