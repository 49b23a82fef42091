# Format-spec for floats: f, e, g, %, precision, and the empty type.
vals = [0.0, 1.0, -1.5, 3.14159265, 1234.5678, 1e-7, 1.5e20, 0.000123456, 100.0, 2.5, float('inf'), float('nan')]
for v in vals:
    print(repr(v), format(v, ''), format(v, '.3f'), format(v, '.2e'), format(v, 'g'), format(v, '.3g'), format(v, '10.2f'), format(v, '.1%'))
print(format(1e16, ''), format(1.0, '.0f'), format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'))
print(format(12345.678, ',.1f'), format(-0.0, '.1f'), format(123.456, '+012.3f'), format(1.0, '#.0f'), format(1e100, '.3G'))
