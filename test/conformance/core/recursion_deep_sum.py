# Deep recursion through a default argument and a closure, after raising the limit.
import sys
sys.setrecursionlimit(60000)
def total(items, i=0):
    if i == len(items):
        return 0
    return items[i] + total(items, i + 1)
print(total(list(range(50000))))
def outer():
    def walk(n):
        return n if n == 0 else walk(n - 1)
    return walk(49000)
print(outer())
