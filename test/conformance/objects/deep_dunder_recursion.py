# Recursion through special methods, which pyvm's VMs run by re-entering an eval loop in
# JavaScript (the JS stack, not only sys.getrecursionlimit(), bounds it): deep chains below
# CPython's recursion limit must succeed, chains past it must raise RecursionError.
import sys


class Add:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return other if self.n == 0 else Add(self.n - 1) + other + 1


class Item:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        return i if self.n == 0 else Item(self.n - 1)[i + 1]


class Length:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return 0 if self.n == 0 else len(Length(self.n - 1)) + 1


class Attr:
    def __init__(self, n):
        self.n = n

    def __getattr__(self, name):
        return 0 if self.n == 0 else getattr(Attr(self.n - 1), name) + 1


class Show:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return '.' if self.n == 0 else '(' + repr(Show(self.n - 1)) + ')'


class Tree:
    def __init__(self, n):
        self.child = Tree(n - 1) if n else None


class Call:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        return 0 if self.n == 0 else Call(self.n - 1)() + 1


class Iter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([0]) if self.n == 0 else iter(Iter(self.n - 1))


def attempt(label, thunk):
    try:
        result = thunk()
    except RecursionError as e:
        print(label, 'RecursionError:', e)
    else:
        if isinstance(result, str):
            result = len(result)
        print(label, result)


print(sys.getrecursionlimit())
attempt('add 900', lambda: Add(900) + 0)
attempt('getitem 900', lambda: Item(900)[0])
attempt('len 900', lambda: len(Length(900)))
attempt('getattr 900', lambda: Attr(900).x)
attempt('repr 300', lambda: repr(Show(300)))
attempt('init 450', lambda: Tree(450).child is not None)
attempt('call 450', lambda: Call(450)())
attempt('iter 900', lambda: next(iter(Iter(900))))
nested = []
for _ in range(900):
    nested = [nested]
attempt('nested list repr 900', lambda: repr(nested))
# Past the limit, each of them stops with RecursionError rather than crashing.
attempt('add 5000', lambda: Add(5000) + 0)
attempt('getitem 5000', lambda: Item(5000)[0])
attempt('len 5000', lambda: len(Length(5000)))
attempt('init 5000', lambda: Tree(5000))
attempt('call 5000', lambda: Call(5000)())
# After a RecursionError the interpreter goes on at full depth.
attempt('add 900 again', lambda: Add(900) + 0)
