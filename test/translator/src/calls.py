# Call paths of the register VM's CALL: exact arity, missing arguments filled from defaults
# (bindDefaultsFast), the binding errors that fall back to bindArguments, built-in functions
# (callBuiltin) with right and wrong argument counts, and classes / bound methods.
import math


def f(a, b=10, c=20):
    return a + b + c


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y

    def get(self, k=1, m=2):
        return self.x * k + self.y * m


def show(fn, *args, **kw):
    try:
        print(fn(*args, **kw))
    except TypeError as e:
        print("TypeError", e)


def main():
    adders = [lambda x, i=i: x + i for i in range(4)]
    t = 0
    for i in range(50):
        t += adders[i % 4](i) + f(i) + f(i, 1) + f(i, 1, 2)
    print(t)
    p = P(3)
    print(p.x, p.y, p.get(), p.get(5), p.get(5, 6), P(1, 1).get(m=0))
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
    try:
        f(1, 2, 3, 4)
    except TypeError as e:
        print("TypeError", e)
    try:
        p.get(1, 2, 3)
    except TypeError as e:
        print("TypeError", e)
    try:
        adders[0]()
    except TypeError as e:
        print("TypeError", e)
    print(math.floor(2.5), len("abc"), abs(-3), max(1, 5, 2), min([4, 2]), round(2.675, 2))
    try:
        len("a", "b")
    except TypeError as e:
        print("TypeError", e)
    try:
        len(x="a")
    except TypeError as e:
        print("TypeError", e)
    print(sorted([3, 1, 2], key=lambda v: -v), float(3), int("7"), str(4))
    show(f, 1, c=5)
    show(f, 1, 2, b=3)


main()
