# setrecursionlimit changes where RecursionError happens.
import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
a = depth(0)
sys.setrecursionlimit(400)
b = depth(0)
print(sys.getrecursionlimit(), 150 < a < 200, 350 < b < 400, b - a)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
