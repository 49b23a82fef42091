# Digits of pi with big-int arithmetic (Machin-like spigot).
def arctan_inv(x, digits):
    unity = 10 ** (digits + 10)
    total = term = unity // x
    n = 1
    sign = -1
    x2 = x * x
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
def pi(digits):
    p = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return p // 10 ** 10
print(pi(100))
