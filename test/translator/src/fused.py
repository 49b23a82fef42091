# The register-only instructions of the session 3 passes, run against CPython's output:
# CALL_ATTR (callattr), CALL_GLOBAL (callglobal), RETURN_VALUE for a JUMP to a return
# (retjump) and FOR_ITER_BACK (loopinv), including the cases the passes must leave alone.


class P:
    count = 0

    def __init__(self, x):
        self.x = x
        self.cb = lambda y: y * 10

    def get(self):
        return self.x

    def add(self, a, b=1, *, c=0):
        return self.x + a + b + c

    @staticmethod
    def st(a):
        return a - 1

    @classmethod
    def cm(cls, a):
        return cls.__name__ + str(a)


def helper(a, b=2):
    return a * b


def order(tag, log):
    log.append(tag)
    return tag


class Rebinder:
    # Evaluating an argument rebinds the method being called: the lookup must come first.
    def __init__(self):
        self.log = []

    def m(self, a):
        return 'old ' + str(a)


def calls():
    p = P(3)
    print(p.get(), p.add(1), p.add(1, 2), p.add(1, c=5), p.st(4), p.cm(7), p.cb(2))
    s = 'Hello'
    print(s.lower(), s.startswith('He'), len(s), helper(4), helper(4, b=3), abs(-2))
    items = []
    for i in range(3):
        items.append(i)
    print(items, sorted(items, reverse=True), max(items), P(5).get())
    r = Rebinder()
    r.m = lambda a: 'new ' + str(a)
    print(r.m(1))
    obj = Rebinder()

    def rebind():
        obj.m = lambda a: 'rebound ' + str(a)
        return 2
    # The method is looked up before rebind() runs (CPython: 'old 2').
    print(obj.m(rebind()))
    print(obj.m(3))
    log = []
    # The global is looked up before the argument is evaluated.
    print(order(order('a', log), log), log)
    try:
        p.missing(order('x', log))
    except AttributeError as e:
        print('AttributeError', e, log)
    try:
        undefined_name(order('y', log))
    except NameError as e:
        print('NameError', e, log)
    try:
        p.nothere()
    except AttributeError as e:
        print('AttributeError', e)
    try:
        not_defined_either()
    except NameError as e:
        print('NameError', e)


def pick(n):
    if n > 2:
        r = 'big'
    elif n > 0:
        r = 'small'
    else:
        return 'none'
    return r


def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None


def gen(n):
    for i in range(n):
        yield i * i


def loops():
    total = 0
    for i in range(10):
        if i == 3:
            continue
        if i == 8:
            break
        total += i
    else:
        total = -1
    print(total)
    acc = []
    for a in [1, 2, 3]:
        for b in 'xy':
            acc.append(str(a) + b)
    print(acc)
    print([v for v in gen(5)], sum(gen(4)))
    for v in gen(3):
        acc.append(v)
    else:
        acc.append('done')
    print(acc[-4:])
    it = iter([1, 2])
    for v in it:
        print('item', v)
    print(list(it))
    d = {'a': 1, 'b': 2}
    for k in d:
        print(k, d[k])
    for k, v in d.items():
        print(k, v)
    try:
        for v in bad_iter():
            print('got', v)
    except ValueError as e:
        print('ValueError', e)


class Node:
    def __init__(self, v, link=None):
        self.v = v
        self.link = link
        self.flag = v % 2 == 0


class Falsy:
    def __bool__(self):
        return False


def attr_tests():
    n = Node(1, Node(2, Node(3)))
    seen = []
    while n.link is not None:
        if n.flag:
            seen.append('even')
        if not n.flag:
            seen.append('odd')
        if n.link.link is None:
            seen.append('last-but-one')
        seen.append(n.v)
        n = n.link
    print(seen, n.v)
    n.flag = Falsy()
    print('falsy' if not n.flag else 'truthy')
    if n.flag:
        print('no')
    else:
        print('yes')
    try:
        if n.nothere:
            pass
    except AttributeError as e:
        print('AttributeError', e)


SCALE = 3


class Sub:
    # `__sub__` rebinds the global being called: CPython has already looked it up.
    def __sub__(self, other):
        global target
        target = lambda v: 'rebound ' + str(v)
        return 7


def target(v):
    return 'original ' + str(v)


def global_ops(n):
    print(target(n - 1), target(Sub() - 1), target(n - 1))
    print(n * SCALE, SCALE * n, helper(n + SCALE))
    try:
        print(missing_global + n)
    except NameError as e:
        print('NameError', e)
    try:
        print(helper(n - 'x'))
    except TypeError as e:
        print('TypeError', e)


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Sym:
    def __init__(self, n):
        self.n = n

    def __sub__(self, other):
        return 'Sym(%s-%s)' % (self.n, other)


class Log:
    def __init__(self):
        self.seen = []

    def __getattr__(self, name):
        self.seen.append(name)
        return len(self.seen)


def attr_ops(a, b):
    # Two attributes and the operation on them: one ATTR_BINARY_OP each (the attrop pass), in
    # the order LOAD_ATTR, LOAD_ATTR, BINARY_OP.
    print(a.x - b.x, a.y * b.y, a.x + b.y, a.y // b.x if b.x else 0)
    t = a.x
    print(t - b.x, t)
    print(Pt(Sym(1), 2).x - b.x, Pt('s', 0).x + Pt('t', 0).x)
    g = Log()
    print(g.p - g.q, g.r * g.s, g.seen)
    try:
        print(a.x - b.nope)
    except AttributeError as e:
        print('AttributeError', e)
    try:
        print(a.nope - b.x)
    except AttributeError as e:
        print('AttributeError', e)
    try:
        print(a.x - Pt('s', 0).x)
    except TypeError as e:
        print('TypeError', e)


def bad_iter():
    yield 1
    yield 2
    raise ValueError('third')


calls()
print(pick(5), pick(1), pick(0), first_even([1, 3, 4, 5]), first_even([1]))
loops()
attr_tests()
global_ops(4)
attr_ops(Pt(1.5, 2), Pt(0.5, 3))
attr_ops(Pt(7, 2), Pt(2, 3))
