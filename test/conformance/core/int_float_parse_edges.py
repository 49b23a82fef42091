# Parsing edge cases for int() and float().
print(int('  0x1f  ', 16), int('1_0', 0), int('0_7', 8) if False else int('07', 8), int('-0b1', 0), int('\t42\n'))
print(float('1e500'), float('-1e500'), float('-0'), float('  .5e1 '), float('1_0.2_5'), float('+inf'))
for bad in ('1__0', '_10', '0x', '1e', '--1', '1.0.0', 'in f'):
    for conv in (int, float):
        try:
            conv(bad)
        except ValueError as e:
            print(conv.__name__, repr(bad), e)
