# Deeply nested expressions and long call chains (deep value stacks, many temporaries).
x = 3
v = ((((((((((x + 1) * 2) - 3) * 4) + 5) * 6) - 7) * 8) + 9) * 10)
w = (x * (x + (x * (x + (x * (x + (x * (x + (x * (x + 1))))))))))
print(v, w)
def f(a, b, c, d, e, g, h, i, j, k):
    return a - b + c - d + e - g + h - i + j - k
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), f(*range(10)), f(**{n: 1 for n in 'abcdeghijk'}))
t = (1, (2, (3, (4, (5, (6, (7, (8,))))))))
print(t, len(str(t)), [[[[[[x]]]]]])
s = {'a': {'b': {'c': {'d': [1, {'e': (x, x * 2)}]}}}}
print(s['a']['b']['c']['d'][1]['e'][1])
print(max(min(abs(-x), 10), min(max(x, 1), 2)), str(len(repr(list(range(x * 4))))).zfill(5))
print([a * b + c for a, b, c in zip(range(5), range(5, 10), range(10, 15)) if (a + b) % 2 == (c % 2)])
