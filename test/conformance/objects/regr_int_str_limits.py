# int(text, base) refuses more than sys.get_int_max_str_digits() digits in every base that is
# not a power of two, as in base 10 (found by CPython's test_int); powers of two are unlimited.
import sys

limit = sys.get_int_max_str_digits()
print(limit)
for base in (3, 5, 6, 7, 10, 12, 36, 2, 4, 8, 16, 32):
    s = '1' * limit
    n = int(s, base)
    try:
        int(s + '1', base)
        print(base, 'ok', n.bit_length())
    except ValueError as e:
        print(base, 'ValueError', e, n.bit_length())
try:
    int('1_' * limit + '1', 7)
except ValueError as e:
    print('underscores', e)
print(int('-' + '2' * 100, 3) % 1000003)
n = int('z' * limit, 36)
try:
    str(n)
except ValueError as e:
    print('str', e)
sys.set_int_max_str_digits(5000)
print(int('1' * 4500, 3) % 1000003)
try:
    int('1' * 5001, 36)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(int('1' * 6000, 3) % 1000003)
# str() refuses exactly from limit + 1 digits, either sign, before converting.
sys.set_int_max_str_digits(4300)
x = 10 ** 4300
print(len(str(x - 1)), len(str(1 - x)), len(repr(x - 1)))
for v in (x, -x, x * x):
    try:
        str(v)
    except ValueError as e:
        print('refused', e)
print(int('1_0' * 2000) % 1000003, int('  +1_2_3  '), int('0b_1', 0))
