# Both VMs replace the arrays of running frames (the stack VM's slot arrays: StackVM.pushFrame
# every 256 uses of a pooled frame; the register VM's register files: RegVM.frameFor every 64
# uses; both eval loops every 1024 loop iterations), to keep them in V8's young generation
# (docs/architecture.md): values written before a replacement must be read after it, in plain
# loops, nested loops, generators, closures, handlers, frames called with defaults, and f_locals.
import sys


def scale(v, k):
    t = v * k
    u = t + 0.5
    return u - 0.5


def long_loop(n):
    acc = 0.0
    keep = [1.5]
    total = 0
    for i in range(n):
        acc = acc + scale(float(i), 0.25)
        total += i
        if i == 3000:
            mark = acc
    return acc, total, mark, keep


print(long_loop(5000))


def nested(n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(300):
            s += j * 0.5
        out.append(s + i)
    return sum(out), len(out)


print(nested(20))


def counter(n):
    c = 0.0
    for i in range(n):
        c += 0.5
        yield c


def consume():
    g = counter(4000)
    last = None
    n = 0
    for v in g:
        last = v
        n += 1
    return last, n


print(consume())


def make_adders(n):
    fs = []
    for i in range(n):
        def add(x, i=i):
            return x + i * 0.5
        fs.append(add)
    return fs


adders = make_adders(2000)
print(sum(f(1.0) for f in adders))


def closure_loop(n):
    box = 0.0
    def bump(d):
        nonlocal box
        box += d
    for i in range(n):
        bump(0.25)
    return box


print(closure_loop(3000))


def handlers(n):
    caught = 0
    last = None
    for i in range(n):
        try:
            if i % 7 == 0:
                raise ValueError(i * 1.5)
            last = i * 2.0
        except ValueError as e:
            caught += 1
            last = e.args[0]
    return caught, last


print(handlers(5000))


def locals_after(n):
    a = 1.25
    for i in range(n):
        b = i * 0.5
    return sorted((k, v) for k, v in sys._getframe().f_locals.items() if k != 'i')


print(locals_after(2500))


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)


def vec_sum(n):
    s = V(0.0, 0.0)
    for i in range(n):
        s = s + V(i * 0.5, -i * 0.25)
    return s.x, s.y


print(vec_sum(3000))


def with_default(x, k=0.5):
    y = x * k
    return y + k


def defaults_loop(n):
    t = 0.0
    for i in range(n):
        t += with_default(float(i))
    return t


print(defaults_loop(1500))


def deep_stack(n):
    # a value on the stack (the outer iterator, a pending list) across many replacements
    return [sum(j * 0.5 for j in range(300)) + i for i in range(n)][-3:]


print(deep_stack(40))
