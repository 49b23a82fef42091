# Generator expressions are lazy and single-use.
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(100)), max(len(w) for w in ['a', 'abc', 'ab']))
print(tuple(c for c in 'abc'), ''.join(str(i) for i in range(5)), sorted((-x for x in [3, 1, 2])))
def noisy(n):
    for i in range(n):
        print('produce', i)
        yield i
g = (v + 100 for v in noisy(3))
print('created')
for v in g:
    print('consume', v)
