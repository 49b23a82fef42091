# pidigits: the first n decimal digits of pi with Gibbons' unbounded spigot algorithm;
# arithmetic on integers that grow to thousands of digits.
# bench: quick=300 full=5000
import sys


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return digits


def main(n):
    digits = pi_digits(n)
    line = ""
    for i in range(len(digits)):
        line += str(digits[i])
        if (i + 1) % 50 == 0:
            print(line)
            line = ""
    if line:
        print(line)
    h = 0
    for d in digits:
        h = (h * 10 + d) % 1000000007
    print("checksum", h)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
