# %-formatting with * widths, dict keys, flags combinations and %% at odd places.
print('%*.*f|' % (10, 3, 3.14159), '%-*s|' % (6, 'ab'), '%0*d' % (5, 42), '%+.2e' % 12345.678)
print('%(a)s-%(b)05.1f-%(a)r' % {'a': 'x', 'b': 2.25}, '%%d %d%%' % 5, '%5.1s|' % 'abc', '%c' % 0x1F40D)
print('%#o %#x %#X %x' % (0, 0, 255, -255), '%i %u' % (-3.7, 7), '%s %s' % (b'bytes', (1,)))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5), '%g %g %g' % (100000, 1000000, 1e-5), '%.3g' % 0.0001234)
