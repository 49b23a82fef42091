# str.format: positional, keyword, indexing, attributes, conversion, nested specs.
print('{} {} {}'.format(1, 'two', 3.0), '{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Bob', age=5), '{0[1]} {1[k]}'.format([7, 8], {'k': 'v'}))
print('{!r} {!s} {!a}'.format('x', 'y', 'é'), '{:>{w}}|'.format('r', w=4), '{:{fill}^{w}.{p}f}'.format(3.14159, fill='*', w=10, p=2))
print('{{literal}} {}'.format('x'), '{0.real} {0.imag}'.format(3 + 4j))
class P:
    x = 10
print('{.x}'.format(P()), '{:,}'.format(10 ** 9), '{:08.3f}'.format(-3.14159), '{:%}'.format(0.25))
