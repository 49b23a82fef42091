# hex, oct, bin of positive, negative and big ints; errors for floats.
for n in (0, 1, 255, -255, 2 ** 64, -(2 ** 70)):
    print(hex(n), oct(n), bin(n))
print(hex(True), bin(False))
try:
    hex(1.5)
except TypeError as e:
    print(e)
