# More str methods: center variants, split edge cases, join errors, title edge cases.
print('hello world'.title(), "they're bill's".title(), 'hELLO'.capitalize(), '123abc'.title())
print('a b c'.split(' ', 0), ' a b '.split(' '), 'a\tb\nc  d'.split(None, 2), ',a,'.split(','))
print('abc'.center(2), 'x'.center(4, '-'), 'ab'.ljust(1), '%'.join('abc'))
try:
    ','.join([1, 2])
except TypeError as e:
    print(e)
try:
    'abc'.center(5, 'xy')
except TypeError as e:
    print(e)
print('Hello'.startswith(''), ''.startswith(''), 'x'.endswith(()), 'abc'.find(''), 'abc'.rfind(''))
