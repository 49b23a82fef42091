# After sys.setrecursionlimit(100000) a recursion 50,000 deep works.
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50000))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(20000)
k = 0
while x:
    x = x[0]
    k += 1
print(k)
