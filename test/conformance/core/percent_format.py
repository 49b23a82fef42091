# printf-style % formatting.
print('%d %i %s %r' % (42, -7, 'str', 'repr'))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %#x %o %#o' % (255, 255, 255, 8, 8))
print('%f %.2f %10.3f %-10.1f| %e %.3E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-10, 1e20))
print('%s and %s' % ('a', [1, 2]), '%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%c%c' % (72, 'i'), '100%%', '%s' % (1,), '%s' % 'only', '%.3s' % 'abcdef', '%*d' % (5, 1))
print('%s' % None, '%d' % 3.99, '%r' % 1.0, '%5s|%-5s|' % ('ab', 'cd'), '%a' % 'é')
