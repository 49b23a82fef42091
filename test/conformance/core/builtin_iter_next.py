# iter and next, next with default, iter with a sentinel.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
s = iter('ab')
print(iter(s) is s, list(s), list(s))
try:
    iter(42)
except TypeError as e:
    print(e)
next([1])
