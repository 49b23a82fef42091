# format() builtin on ints, floats and strs.
print(format(42), format(42, 'd'), format(42, '08b'), format(255, 'x'), format(255, '#X'))
print(format(3.14159, '.2f'), format(1234567.891, ',.2f'), format(0.5, '%'), format(1e-5, 'g'))
print(format('hi', '>5'), format('hi', '^6'), format('hi', '*<4'), format(True), format(None))
try:
    format('x', 'd')
except ValueError as e:
    print(e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(e)
