# float.fromhex: exponents of any size (CPython's test_float test_from_hex; pyvm hung on
# '0x1p123456789123456789'), one correct rounding (half to even) for subnormals and at the top.
import random
cases = ['0X1p123456789123456789', '0x0p123456789123456789', '-0x1p-123456789123456789',
         '0x1.00000000000000001p-1075', '0x1.fffffffffffffffffp-1075', '0x1p-1075', '0x1p-1076',
         '0x1.8p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '0x1.fffffffffffff7p1023',
         '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7fffffffffffffp1023', '0x1p1024', '0x.8p1025',
         '0x1.000000000000080000p0', '0x1.000000000000180000p0', '0x1.000000000000080001p0',
         '0x0.0000000000001p-1022', '0x0.00000000000008p-1022', '0x0.00000000000018p-1022',
         '0x1p-1074', '0x1.1p-1074', '0x123.456p-1080', '-0x0p0', '0x1.ap+3', 'inf', '-nan',
         '0x' + 'f'*300 + 'p-1200', '0x.' + '0'*300 + '1p1200', '0x1p-1022', '0x1.fffffffffffffp-1023']
for c in cases:
    try:
        print(c[:40], float.fromhex(c).hex())
    except Exception as e:
        print(c[:40], type(e).__name__, e)
rng = random.Random(5)
for i in range(1500):
    m = rng.getrandbits(rng.randint(1, 120))
    e = rng.randint(-1200, 1100)
    s = '%s0x%xp%d' % (rng.choice(['', '-']), m, e)
    try:
        v = float.fromhex(s)
        assert float.fromhex(v.hex()) == v
        print(v.hex())
    except OverflowError as ex:
        print('OverflowError')
