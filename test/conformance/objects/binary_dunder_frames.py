# Binary operators on two instances of one class with Python dunders (the register VM runs the
# dunder as a frame of its loop, BINARY_OP_DUNDER; the stack VM calls it): results, augmented
# forms, NotImplemented (the TypeError), an exception in the dunder (its traceback), subclasses
# with their own dunder, recursion, and the caller's line seen from the dunder.
import sys
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __sub__(self, o):
        if o.x == 99: return NotImplemented
        return V(self.x - o.x)
    def __mul__(self, o):
        if o.x == 0: raise ValueError("zero")
        return V(self.x * o.x)
    def __repr__(self): return "V(%r)" % self.x
a, b = V(3), V(4)
c = a + b
print(c, a - b, a * b)
t = a; t += b; print(t)
for i in range(3):
    d = a + b - V(1)
    print(d, (a + b) * d)
try:
    a - V(99)
except TypeError as e:
    print("TypeError", e)
try:
    a * V(0)
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
def f(p, q): return p - q
print(f(a, b))
class W(V):
    def __add__(self, o): return "W+"
print(W(1) + W(2), W(1) + V(2), V(1) + W(2))
def rec(n):
    if n == 0: return V(0)
    return rec(n - 1) + V(1)
print(rec(50))
class G:
    def __add__(self, o):
        return sys._getframe(1).f_lineno
print(G() + G())
