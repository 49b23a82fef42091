vals = [0.1, 1e16, 1e-7, 2.5, -0.0, float('inf')]
for v in vals:
    print(v, repr(v), f'{v:.3g}', '%e' % v)
