# Chained comparisons evaluate the middle operand once.
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = None
print(1 < 2 > 0 != 5 == 5, x is not None, 'a' in 'abc' not in ['x'])
x = 5
print(1 <= x <= 10, x in range(5), 3 != x != 3)
