# Integer arithmetic on small ints: + - * // % ** and unary ops.
a, b = 17, 5
print(a + b, a - b, a * b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(-a, +a, ~a, abs(-a))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3)
print(7 / 2, 8 / 2, -7 / 2)
print(10 - 20 * 3 + 4 // 3)
