# Star unpacking in calls, literals and assignments.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b} == {1, 2, 3, 4}, {**{'x': 1}, 'y': 2, **{'x': 3}})
first, second, *others = 'abcdef'
print(first, second, others)
head, *body, tail = [1]  if False else [1, 2]
print(head, body, tail)
def f(*args, **kw):
    return len(args), sorted(kw)
print(f(*a, *b, 5, **{'p': 1}, q=2))
print(*[1, 2], *'ab', sep=',')
