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



class F(float):
    def __add__(self, o):
        return 'F+'


def num_ops(a, b, c, n, m, big):
    # Two arithmetic operations whose first result is a temporary of the second: one BINARY_OP2
    # each (the binop2 pass), computed without the intermediate object on exact floats and small
    # ints, else as the two BINARY_OPs.
    print(a * b + c, a + b * c, a * a + b * b + c * c, a - b * c, a / (b * c), a * b / c)
    print(n * m + n, n * n * n, n - m * n, n * m / n, n / m + a, a * n - m, (n + m) * a)
    print(big * big + 1, big * 2 * 2 - 1, -n * 0 + m, 0 * -m + n, n * 0 * -1)
    print(big * big * big * big, (big + big) * big, big * 3 // 2)
    v = [a, b, c]
    v[0] -= b * c
    v[1] += a * n
    v[2] *= m / n
    print(v)
    print(a * 1e308 * 10.0, (a * 1e308 * 10.0) - (a * 1e308 * 10.0), -0.0 * b + 0.0, 0.0 * -b - 0.0)
    print(F(1.5) + a * b, a * b + F(1.5), a * F(2.0) + b, True * a + b, n * True + False)
    s = 'ab'
    print(s * n + 'c', n * s * 2, s + s * m)
    for num, den in ((a, 0.0), (n, 0), (a, -0.0)):
        try:
            print(a + num / den)
        except ZeroDivisionError as e:
            print('ZeroDivisionError', e)
        try:
            print(a * num / den)
        except ZeroDivisionError as e:
            print('ZeroDivisionError', e)
        try:
            print(a / (num * den))
        except ZeroDivisionError as e:
            print('ZeroDivisionError', e)
    try:
        print(a * b - s)
    except TypeError as e:
        print('TypeError', e)
    try:
        print(a - s * b)
    except TypeError as e:
        print('TypeError', e)
    t = a * b
    print(t + c, t)
    # Int edge cases without constants (fused): an int -0, results beyond 2**53.
    zero = n - n
    print(-n * zero + m, zero * -m + n, big * big * big - n, big * big + n, -n * zero == zero, big * big > n)
    # Three operations: BINARY_OP3.
    print(2.0 * a * b + c, n * m * n + m, a - b * c / n, big * big * big - 1, n * m * 2 / m, (a + b) * c - n)
    print(a * 0.0 * -1 + 0.0, n * 0 * -1 + m, big * 4 * 4 - big, a / b / c * n, s * n * 2 + 'x')
    try:
        print(a * b + c - s)
    except TypeError as e:
        print('TypeError', e)
    try:
        print(a * b - s + c)
    except TypeError as e:
        print('TypeError', e)
    try:
        print(a * n / (c - c) + b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)


def aug_stores(v, o, i):
    # Augmented assignments to a subscript and an attribute: the value is stored without a MOVE
    # (the deadmove pass forwards the move into the store).
    v[0] -= 2
    v[i] *= v[i]
    o.x += 1
    o.y = o.y * 2
    v[i + 1] += o.x
    print(v, o.x, o.y)


class LoggingList(list):
    def __getitem__(self, i):
        print('get', i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print('set', i, v)
        list.__setitem__(self, i, v)


class Late:
    # An inner operand whose __mul__ empties the list: the store then finds the index gone.
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        self.v.clear()
        return 1.0


def sub_store(b, k, x, y):
    b[k] -= x * y


def subscr_op2_stores(b, c, dx, m, i):
    # `b[k] op= x op y` (BINARY_SUBSCR, BINARY_OP2, STORE_SUBSCR: SUBSCR_OP2_STORE, the binop2
    # pass): exact floats in an exact list inline; ints, a negative index, a dict, a list
    # subclass and the errors of each step (sub_store: its handler is in the caller) as the
    # three separate instructions.
    b[3] -= dx * m
    b[4] += dx * m
    b[5] *= dx - m
    c[i] -= dx * m
    b[-1] += dx * m
    print(b, c)
    d = {'k': 1.5, 2: 7}
    d['k'] -= dx * m
    d[2] += dx * m
    print(d)
    g = LoggingList([1.0, 2.0])
    g[1] += dx * m
    print(g)
    b[0] = 'x'
    v = [1.0, 2.0]
    for args in ((b, 0, dx, m), (b, 9, dx, m), (b, -8, dx, m), (b, 'z', dx, m), (d, 'nokey', dx, m),
                 (b, 1, dx, 'q'), (b, 1, 'q', 2.5), ((1.0, 2.0), 0, dx, m), (v, 1, Late(v), m),
                 (None, 0, dx, m), (g, 0, dx, m)):
        try:
            sub_store(*args)
            print(args[0])
        except (IndexError, TypeError, KeyError) as e:
            print(type(e).__name__, e, args[0])
    print(b)



def sub2_store(b, k, x, c, j):
    b[k] += x * c[j]


def subscr2_op2_stores(bodies, dt):
    # `b[k] op= x op c[j]` (two BINARY_SUBSCRs, the BINARY_OP2 on both and the STORE_SUBSCR:
    # SUBSCR2_OP2_STORE, the binop2 pass): exact floats in exact lists inline; ints, a dict, list
    # subclasses that log the order of the steps, and each step's error (sub2_store: its handler
    # is in the caller) as the separate instructions.
    for b in bodies:
        b[0] += dt * b[3]
        b[1] -= dt * b[4]
        b[2] *= dt + b[5]
    print(bodies)
    g = LoggingList([1.0, 2.0])
    h = LoggingList([3.0, 4.0])
    g[0] += dt * h[1]
    print(g, h)
    d = {'a': 1.5}
    d['a'] += dt * bodies[0][3]
    print(d)
    v = [1.0, 2.0]
    for args in ((v, 0, dt, v, 1), (v, 5, dt, v, 1), (v, 0, dt, v, 7), (v, 0, 'q', v, 1),
                 (v, 0, dt, ['s'], 0), (['s'], 0, dt, v, 1), ((1.0,), 0, dt, v, 1), (v, 0, dt, None, 0),
                 ({}, 'k', dt, v, 1), (v, 1, dt, {'z': 2.0}, 'z'), (v, 0, 3, [4], 0), (v, -1, dt, v, -2),
                 (g, 1, dt, h, 0)):
        try:
            sub2_store(*args)
            print(args[0])
        except (IndexError, TypeError, KeyError) as e:
            print(type(e).__name__, e, args[0])

def aug_store_error(v):
    try:
        v[9] += 1
    except IndexError as e:
        print('IndexError', e, v)



class Counter:
    def __init__(self):
        self.n = 0
        self.f = 1.5


class CounterSub(Counter):
    pass


class Slotted:
    __slots__ = ('n',)

    def __init__(self):
        self.n = 5


class Logged:
    def __init__(self):
        self.n = 1

    def __setattr__(self, k, v):
        print('setattr', k, v)
        object.__setattr__(self, k, v)


class Prop:
    def __init__(self):
        self._n = 3

    def get_n(self):
        print('get n')
        return self._n

    def set_n(self, v):
        print('set n', v)
        self._n = v

    n = property(get_n, set_n)


class ReadOnly:
    n = property(lambda self: 4)


class Adder:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print('iadd', o)
        return Adder(self.v + o)

    def __repr__(self):
        return 'Adder(%r)' % (self.v,)


class Deleter:
    def __init__(self, holder):
        self.holder = holder

    def __iadd__(self, o):
        del self.holder.n
        return o


def attr_store(o, k):
    o.n += k


def attr_op_stores(c, k):
    # `o.n op= x` and `o.n = o.n op x` (LOAD_ATTR, BINARY_OP, STORE_ATTR back to the same
    # attribute: ATTR_OP_STORE, the attrop pass): small ints inline, anything else (floats, strs,
    # ints past 2**53, slots, properties, __setattr__, __iadd__, another class at the site) and
    # each step's error (attr_store: its handler is in the caller) as the separate instructions.
    for i in range(5):
        c.n += 1
        c.n -= k
    c.n = c.n + 2
    c.f += k
    c.n *= 3
    print(c.n, c.f)
    c.n += 2 ** 53
    c.n -= 1
    print(c.n)
    c.s = 'a'
    c.s += 'b'
    print(c.s)
    a = Counter()
    a.n = Adder(1)
    h = Counter()
    h.n = Deleter(h)
    for o, v in ((Counter(), 1), (CounterSub(), 2), (Slotted(), 3), (Logged(), 4), (Prop(), 5),
                 (a, 6), (h, 7), (Counter(), 2 ** 60), (Counter(), -(2 ** 53)), (Counter(), 'x'),
                 (None, 1), (ReadOnly(), 1), (Slotted.__new__(Slotted), 1), (Counter(), 1.25)):
        try:
            attr_store(o, v)
            print(type(o).__name__, o.n, sorted(vars(o)) if hasattr(o, '__dict__') else '-')
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Cmp(self.v + o)

    def __gt__(self, o):
        return self.v > o

    def __lt__(self, o):
        return Falsy()


def num_cmps(a, b, n, big):
    # A BINARY_OP whose result only feeds a compare-and-jump: one OP_CMP_JUMP each (the binop2
    # pass), decided on exact floats and small ints without the intermediate object.
    out = []
    if a + b > 4.0:
        out.append('gt')
    if not a * b <= 2:
        out.append('not le')
    if 3 < a - b:
        out.append('3 lt')
    k = 0
    while k * 2 < n:
        k += 1
    out.append(k)
    if big * big > big:
        out.append('big')
    if n * 0 == 0 and -n * 0 == 0:
        out.append('zero')
    if a / b != a * (1 / b) or a / b == a / b:
        out.append('div')
    nan = float('nan')
    if a + nan < 1 or a + nan >= 1 or a + nan == a + nan:
        out.append('nan?')
    if a + nan != 0:
        out.append('nan ne')
    if Cmp(a) + 1 > 2:
        out.append('dunder')
    try:
        if Cmp(a) + 1 < 2:
            out.append('falsy?')
    except ValueError as e:
        out.append('ValueError ' + str(e))
    s = 'ab'
    if s + 'x' == 'abx':
        out.append('str')
    try:
        if a + b < 'x':
            out.append('?')
    except TypeError as e:
        out.append('TypeError ' + str(e))
    try:
        if a / (b - b) < 1:
            out.append('?')
    except ZeroDivisionError as e:
        out.append('ZeroDivisionError ' + str(e))
    print(out)


def int_chain(t, j, i, n):
    while i + 1 < n:
        t = (t * 31 + j + i) % 1000003
        i += 1
    return t

class TNode:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

def branch_tails(n, items, node, stop):
    # A JUMP over an else branch to a short block ending in a conditional jump becomes a copy of
    # that block (collatz's shape): the copied test loops, a JUMP (or the return) follows it.
    steps = 1
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n = n >> 1
        steps += 1
    out = [steps]
    # The test copied with an attribute load and an `is` (IS_JUMP) and `in` (CONTAINS_JUMP).
    total = 0
    while node is not None:
        if node.v % 2:
            total += node.v
        else:
            total -= 1
        node = node.nxt
    out.append(total)
    k = 0
    while k not in stop:
        if k % 3 == 0:
            k += 2
        else:
            k += 1
    out.append(k)
    # Nested loops: the inner loop's exit threaded to the outer loop's FOR_ITER.
    acc = 0
    for a in items:
        for b in items:
            if a < b:
                acc += a * b
    for a in items:
        for b in range(a):
            acc += b
        else:
            acc -= 1
    out.append(acc)
    # A while loop's test at the top reached by a JUMP (`continue`): the copy inverted.
    i = 0
    seen = []
    while i < 10:
        i += 1
        if i % 4 == 0:
            continue
        seen.append(i)
    out.append(seen)
    return out

def tail_error(nodes):
    # An error raised in a copied instruction: the same line and message as the original's.
    count = 0
    for nd in nodes:
        if nd.v:
            count += 1
        else:
            count -= 1
        while nd.nxt.v > 0:
            nd = nd.nxt
    return count


class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', type(obj).__name__)
        return obj == 'yes'


class Checked(metaclass=Meta):
    pass


class IntSub(int):
    pass


class Proxy:
    __class__ = str


NUMBERS = (int, float)
KIND = list


def isinstance_calls(values):
    # `isinstance(v, T)` with T a global: one ISINSTANCE_GLOBAL each (the callglobal pass).
    global KIND
    out = []
    for v in values:
        out.append((isinstance(v, int), isinstance(v, str), isinstance(v, KIND),
                    isinstance(v, NUMBERS), isinstance(v, Checked), isinstance(v, IntSub)))
        KIND = dict if KIND is list else list
    print(out)
    try:
        isinstance(1, NO_SUCH_TYPE)
    except NameError as e:
        print('NameError', e)
    try:
        isinstance(1, SCALE)
    except TypeError as e:
        print('TypeError', e)


def isinstance_rebound(v):
    return isinstance(v, int)


class SetSub(set):
    pass


def method_ops(n):
    # `s.add(i + 1)`: LOAD_METHOD, BINARY_OP and CALL_METHOD in one CALL_ATTR_BINARY_OP (the
    # callattr pass): the lookup first, then the operation, then the call. A subclass's self
    # takes the checked call.
    s = set()
    sub = SetSub()
    out = []
    for i in range(n):
        s.add(i + 1)
        sub.add(i - 1)
        out.append(i * 2)
        s.discard(i + n)
    print(sorted(s), sorted(sub), out)
    try:
        s.nope(n + 'x')
    except AttributeError as e:
        print('AttributeError', e)
    try:
        s.add(n + 'x')
    except TypeError as e:
        print('TypeError', e)
    try:
        out.remove(n + 100)
    except ValueError as e:
        print('ValueError', e)
    f = 1.5
    print(out.index(f + 0.5), [0.5].count(f - 1.0), 'ab'.startswith('a' + ''))


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
num_ops(1.5, 2.25, -3.0, 7, 3, 2 ** 52)
num_ops(-2.0, 0.5, 4.0, -6, 11, 3 ** 30)
aug_stores([5, 6, 7], Pt(1, 2), 1)
aug_stores([5.5, 2, 1.25], Pt(2.5, [1]), 1)
aug_store_error([1, 2])
subscr2_op2_stores([[0.5, 1.0, 1.5, 2.0, 2.5, 3.0], [1.0, 2.0, 3.0, 4.5, 5.0, 6.0]], 0.01)
subscr2_op2_stores([[1, 2, 3, 4, 5, 6], [0.5, 2, 3.5, 4, 5.5, 6]], 2)
attr_op_stores(Counter(), 2)
attr_op_stores(CounterSub(), 3)
subscr_op2_stores([0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5], [1, 2, 3], 0.25, 3.0, 1)
subscr_op2_stores([0.5, 1.5, 2.5, 3, 4.5, 5.5, 6.5], [1, 2.0, 3], 2, 3, 2)
num_cmps(1.5, 3.0, 9, 2 ** 40)
num_cmps(7, 2, 4, 3)
num_cmps(-1.0, 0.25, 0, -(2 ** 52))
print(int_chain(5, 7, 0, 20))
print(branch_tails(27, [1, 2, 3, 4], TNode(1, TNode(2, TNode(5, None))), (7, 8)))
print(branch_tails(6, [], None, (0,)))
try:
    tail_error([TNode(1, TNode(2, TNode(0, None))), TNode(0, None)])
except AttributeError as e:
    print('AttributeError', e)
isinstance_calls([1, True, 'yes', 'no', [], {}, 2.5, IntSub(3), Proxy(), None])
print(isinstance_rebound(4), isinstance_rebound('x'))
isinstance = lambda v, t: ('mine', type(v).__name__, t.__name__)
print(isinstance_rebound(4))
isinstance = len
try:
    isinstance_rebound(4)
except TypeError as e:
    print('TypeError', e)
del isinstance
print(isinstance_rebound(4), isinstance_rebound(IntSub(5)))
method_ops(5)
