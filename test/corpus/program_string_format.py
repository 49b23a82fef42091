name = 'world'
n = 42
print('hello %s %d' % (name, n))
print('{} {}'.format(name, n))
print(f'{name!r:>10} {n:#x} {n / 3:.2f}')
print('a' 'b' f'{n}' "c")
