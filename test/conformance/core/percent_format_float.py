# %-formatting of floats: precision, rounding half-even of binary values, exponents.
for v in (0.5, 1.5, 2.5, 0.125, 2.675, 1e-5, 123456.789, 1e21, -0.0):
    print('%.0f %.2f %e %g %10.4g|%-10.1e|' % (v, v, v, v, v, v))
