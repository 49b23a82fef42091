# Unbounded recursion that passes through builtins (repr, ==, sorted's key) ends in RecursionError.
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(deep)
except RecursionError as e:
    print('repr:', e)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __eq__(self, other):
        return isinstance(other, Node) and self.nxt == other.nxt
a = b = None
for _ in range(5000):
    a, b = Node(a), Node(b)
try:
    print(a == b)
except RecursionError as e:
    print('eq:', e)
def key(x):
    return key(x + 1)
try:
    sorted([1, 2], key=key)
except RecursionError as e:
    print('key:', e)
def via_map(n):
    return list(map(via_map, [n + 1]))
try:
    via_map(0)
except RecursionError as e:
    print('map:', e)
print('still running')
