# Bitwise operators on ints around the 32-bit and 53-bit boundaries (runtime/ops.ts
# binaryOpFast's fast paths must agree with the general ones).
vals = [0, 1, -1, 2, -2, 3, 5, -7, 255, -256, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 2**52 + 3, -(2**52) - 5, 2**53 - 1, -(2**53) + 1, 2**60, 12345678901, True]
shifts = [0, 1, 5, 31, 32, 33, 52, 53, 60, 64, 100]
for a in vals:
    print([(a & b, a | b, a ^ b) for b in vals])
    print([(a >> s, a << s) for s in shifts])
    x = a; x &= 7; y = a; y >>= 3; z = a; z <<= 3; q = a; q ^= 99; r = a; r |= 1024
    print(x, y, z, q, r)
    for op in ('>>', '<<'):
        try:
            eval('a ' + op + ' -1')
        except ValueError as e:
            print(e)
