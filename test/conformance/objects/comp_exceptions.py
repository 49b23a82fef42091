# Exceptions inside comprehensions and generator expressions propagate out of them.
def f(x):
    if x == 3:
        raise ValueError(f'bad {x}')
    return x
try:
    print([f(x) for x in range(5)])
except ValueError as e:
    print('list comp:', e)
g = (f(x) for x in range(5))
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print('genexpr:', e)
print(next(g, 'genexpr finished after the error'))
print({k: f(k) for k in range(3)})
{f(x) for x in range(4)}
