# lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: 'nothing')(), (lambda a, b=2: a + b)(1), (lambda *a: a)(1, 2))
print(sorted([(1, 'b'), (2, 'a')], key=lambda t: t[1]))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2, range(6))))
print(sq.__name__, (lambda: 0).__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
