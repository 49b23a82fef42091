import sys
# The default limit: RecursionError after 999 nested calls from the module.
n = 0
def deep():
    global n
    n += 1
    deep()
try:
    deep()
except RecursionError as e:
    print(n, e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
sys.setrecursionlimit(1000)
# Recursion through runtime code (__eq__ called by ==, a key function) never shows a JS error.
class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print('eq', e)
def key(x):
    return sorted([x, x], key=key)
try:
    key(1)
except RecursionError as e:
    print('key', type(e).__name__)
def gen(n):
    if n:
        yield from gen(n - 1)
    yield n
print(sum(gen(100)))
print(eval('1 + 2 * x', {'x': 5}), exec('y = 7', {}))
