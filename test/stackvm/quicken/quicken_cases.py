# The stack VM's superinstructions (stackvm/frame.ts quicken) at their edges: each case is
# also run with quickening off, and both runs must print this and count the same.

class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return Truthy(self.v < other.v)

class Truthy:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        if self.b is None:
            raise ValueError("no truth")
        return self.b

def compare_jumps(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not a < b:
        out.append("not lt")
    n = 0
    while n < 3 and a < b:
        n += 1
    out.append(n)
    return out

print(compare_jumps(1, 3), compare_jumps(5, 2), compare_jumps(1.5, 2), compare_jumps("a", "b"))
print(compare_jumps(Weird(1), Weird(2)))
try:
    if Weird(None) < Weird(1) and None < 1:
        pass
except TypeError as e:
    print("TypeError", e)

class Bad:
    def __lt__(self, other):
        return Truthy(None)

try:
    if Bad() < Bad():
        print("no")
except ValueError as e:
    print("ValueError", e)

def ret_local(x):
    y = x * 2
    return y

def ret_const():
    return 42

def ret_unbound(flag):
    if flag:
        z = 1
    return z

print(ret_local(4), ret_const())
try:
    ret_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

class P:
    K = 7
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def add(self, a, b):
        return self.x + a + b

def attrs(p):
    q = p
    return q.x + q.K + q.get() + p.add(1, 2)

print(attrs(P(10)))

def attr_unbound(flag):
    if flag:
        p = P(1)
    return p.x

def meth_unbound(flag):
    if flag:
        p = P(1)
    return p.get()

for fn in (attr_unbound, meth_unbound):
    try:
        fn(False)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)

def attr_missing(p):
    return p.nope

try:
    attr_missing(P(1))
except AttributeError as e:
    print("AttributeError", e)

def loops():
    total = 0
    for i in range(5):
        total += i
    for i in range(10, 0, -3):
        total += i
    for i in range(0):
        total += 1000
    else:
        total += 1
    items = [1, 2, 3]
    for v in items:
        if v == 2:
            items.append(4)
        total += v
    for a, b in [(1, 2), (3, 4)]:
        total += a * b
    for v in (x * x for x in range(4)):
        total += v
    for v in "abc":
        total += len(v)
    for i in range(100):
        if i == 7:
            break
    else:
        total += 10000
    for k in {"a": 1, "b": 2}:
        total += len(k)
    lst = []
    for lst_item in [5, 6]:
        for j in range(2):
            lst.append(lst_item + j)
    return total, i, lst

print(loops())

def builds(a, b):
    t = (a, b)
    l = [a, b, t]
    e = []
    u = ()
    return t, l, e, u, len(l)

print(builds(1, "x"))

def calls():
    s = 0
    for i in range(3):
        s += len("ab") + abs(-i) + max(i, 1)
    return s, divmod(7, 2), "a b".split(), sorted([3, 1, 2])

print(calls())


# Calls that take some positional parameters from the defaults (stackvm/vm.ts newFrame).
def with_defaults(a, b=10, c=[], /, d=None):
    c.append(a)
    return a, b, len(c), d

print(with_defaults(1), with_defaults(2, 3), with_defaults(3, 4, [9]), with_defaults(4, 5, [], 6), with_defaults(5))
try:
    with_defaults()
except TypeError as e:
    print("TypeError", e)

# BINARY_OP + STORE_FAST (frame.ts quicken): ints past 2**53, floats, str and list +=,
# a failing operator (the store must not happen), and a store to a local numbered above
# 255 (EXTENDED_ARG before the STORE_FAST: not paired).
def binop_stores(n):
    i = 0
    big = 2 ** 52
    f = 0.5
    s = ""
    l = []
    for k in range(n):
        i += 1
        big = big * 3 + k
        f = f * 1.5 - k
        s += str(k)
        l += [k]
        q = big // 7 % 1000
    bad = "kept"
    try:
        bad = "x" - 1
    except TypeError as e:
        print("TypeError", e, bad)
    return i, big, f, s, l, q

print(binop_stores(5))
many = "def many(a):\n" + "".join(f"    v{j} = a + {j}\n" for j in range(300)) + "    v299 = v299 * 2\n    return v0, v150, v299\n"
exec(many)
print(many(1))

# Call statements (a POP_TOP right after CALL, which a Python function's return steps over):
# plain functions, methods, a class with __init__, a generator function, a built-in, a
# recursive one, and one raising.
class Acc:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)

def gen_fn():
    yield 1

def rec(acc, n):
    if n > 0:
        rec(acc, n - 1)
        acc.add(n)
    return n

def raiser(acc):
    acc.add("before")
    raise KeyError("k")

def call_statements():
    acc = Acc()
    for i in range(3):
        acc.add(i)
        Acc()
        gen_fn()
        len(acc.items)
        rec(acc, 2)
    try:
        raiser(acc)
    except KeyError as e:
        acc.add(repr(e))
    return acc.items

print(call_statements())

# Generators resumed by a for loop (FOR_ITER, and the JUMP_BACKWARD__FOR_ITER at the end of
# the body), whose `yield` statements' RESUME + POP_TOP the resumption skips (frame.ts
# quicken); the same generators resumed by next()/send()/list() dispatch the pair instead.
def count_up(n):
    for i in range(n):
        yield i

def doubled(it):
    for x in it:
        yield x * 2

def tagged(it):
    for x in it:
        yield ("t", x)

def echo():
    got = []
    while True:
        v = yield len(got)
        got.append(v)
        if v == "stop":
            return got

def failing(n):
    for i in range(n):
        yield i
    raise ValueError("after %d" % n)

def leaks_stop():
    yield 1
    raise StopIteration

def delegating(n):
    yield "start"
    yield from doubled(count_up(n))
    yield "end"

def reentrant():
    for x in gen_self:
        yield x

def generators():
    t = 0
    for x in doubled(count_up(5)):
        t += x
    print("sum", t)
    for pair in tagged(doubled(count_up(10))):
        if pair[1] > 6:
            break
        print(pair)
    else:
        print("not reached")
    g = count_up(3)
    print(next(g), g.send(None), g.send("ignored"), list(g), list(g))
    for x in g:
        print("exhausted", x)
    e = echo()
    print(next(e), e.send("a"), e.send("b"))
    try:
        e.send("stop")
    except StopIteration as st:
        print("returned", st.value)
    try:
        for x in failing(3):
            print("got", x)
    except ValueError as ve:
        print("ValueError", ve)
    try:
        for x in leaks_stop():
            print("got", x)
    except RuntimeError as re:
        print("RuntimeError", re)
    print(list(delegating(3)), [y for y in delegating(2)])
    nested = 0
    for a in count_up(3):
        for b in doubled(count_up(a)):
            nested += a * b
    print("nested", nested)

generators()
gen_self = reentrant()
try:
    for x in gen_self:
        pass
except ValueError as ve:
    print("ValueError", ve)

# Calls with a method's self (stackvm/eval.ts CALL, isMeth): a bound method whose function
# is a class or a built-in (classmethod), a built-in method on its own type and on a
# subclass instance, a method descriptor called unbound.
class Pair:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __repr__(self):
        return "Pair(%r, %r)" % (self.a.__name__, self.b)

class Holder:
    make = classmethod(Pair)
    name_of = classmethod(getattr)

class MyDict(dict):
    pass

def self_calls():
    h = Holder()
    d = {"k": 1}
    md = MyDict(k=2)
    return (Holder.make(), h.make(5), Holder.name_of("__name__"), d.get("k"), d.get("x", 0), md.get("k"),
            dict.get(d, "k"), "a,b".split(","), str.upper("q"))

print(self_calls())

# Call statements of built-ins (the POP_TOP after the CALL runs in the CALL): functions,
# methods on their type and on a subclass, keyword arguments, and ones that raise.
def builtin_statements():
    l = []
    md = MyDict()
    for i in range(3):
        l.append(i)
        md.setdefault(i, [])
        len(l)
        sorted(l, reverse=True)
        print("item", i, end=" ")
    try:
        [].pop()
    except IndexError as e:
        print("IndexError", e)
    return l, md

print(builtin_statements())

# A BINARY_OP whose right operand a LOAD_FAST / LOAD_CONST right before it gives (pairs), and
# LOAD_FAST, LOAD_FAST / LOAD_CONST, BINARY_OP (triples): every operator, ints past 2**53,
# floats, strs, the result stored or left on the stack, unbound locals in either position,
# an operator that raises, a loop jumping back into the middle of a triple.
def binary_operands(n):
    out = []
    a = 7
    b = 3
    x = 1.5
    s = "ab"
    big = 2 ** 52
    for i in range(n):
        t = a + b
        t2 = a - i
        out.append((a * b, a // b, a % b, a ** 2, a / b, a << i, a >> 1, a & b, a | i, a ^ b))
        out.append((x * x + 1.0, x - a, 2.0 * x * a + b, t * 3 - t2 % 5, s * 2, s + "c"))
        out.append((big * 4 + i, -a // b, -a % b, big + big + big, a * -0 if i else 0))
        a += 1
        b *= 2
        big = big * 3 + 1
    try:
        del b
        print(a + b)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print(b + a)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print(s - a)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(a + s)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(a // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    k = 0
    while k < 5:
        k = k + 2
    out.append(k)
    return out

print(binary_operands(4))

# LOAD_FAST, LOAD_ATTR, BINARY_OP (the right operand an attribute of a local): instance
# values, a property, a class attribute, a module's, a missing attribute, an unbound local,
# an operator that raises, the result stored or left on the stack.
class Vec:
    scale = 10

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

def attr_operands(n):
    import math as m
    out = []
    a = Vec(1, 2)
    b = Vec(3.5, -4)
    for i in range(n):
        t = i + a.x
        out.append((a.dot(b), t, i * b.norm2, i - a.scale, 2.0 * m.pi, "v" + str(i) * a.y))
        a.x += 1
        b.y = b.y - a.y
    try:
        print(1 + a.z)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        del b
        print(a.x * b.x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print(a.x + a.dot)
    except TypeError as e:
        print("TypeError", e)
    return out

print(attr_operands(4))

# LOAD_FAST, LOAD_METHOD, PRECALL 0, CALL 0 (`x.m()`): Python methods, built-in methods, a
# function stored on the instance, a static method, a class's method called on the class,
# __getattr__, a module function, a missing method, an unbound local, a raising method, a
# call statement, a method returning a value used at once.
class Meths:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def bump(self):
        self.v += 1

    def boom(self):
        raise KeyError(self.v)

    @staticmethod
    def st():
        return "static"

    @classmethod
    def cm(cls):
        return cls.__name__

class Dyn:
    def __getattr__(self, name):
        return lambda: "dyn " + name

def zero_arg_calls(n):
    import math as mm
    out = []
    o = Meths(1)
    l = [3, 1, 2]
    s = "abc"
    d = Dyn()
    o2 = Meths(5)
    o2.get = lambda: "instance attr"
    c = Meths
    for i in range(n):
        o.bump()
        out.append((o.get(), l.copy(), s.upper(), o2.get(), o.st(), o.cm(), c.st(), c.cm(), d.thing(), str(mm.pi.is_integer())))
    try:
        o.missing()
    except AttributeError as e:
        print("AttributeError", e)
    try:
        o.boom()
    except KeyError as e:
        print("KeyError", e)
    try:
        del o
        o.get()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    return out

print(zero_arg_calls(3))

# JUMP_FORWARD whose target is a RETURN_VALUE (frame.ts Q.JUMP_FORWARD__RETURN_VALUE): the
# branches of a conditional expression meet at the return; both branches, nested ones, a
# method frame, an __init__ (its return checked), a generator, and the module-level caller.
class Dir:
    def __init__(self, fwd):
        self.fwd = fwd
        self.a = "a"
        self.b = "b"

    def out(self):
        return self.a if self.fwd else self.b

    def nested(self, k):
        return "small" if k < 2 else ("mid" if k < 4 else "big")


def pick(c, x, y):
    return x if c else y


def gen_pick(n):
    for i in range(n):
        yield i if i % 2 else -i
    return "done" if n else "none"


def deleg(n):
    r = yield from gen_pick(n)
    yield r


class InitRet:
    def __init__(self, c):
        self.c = c
        return None if c else None


def jump_returns(n):
    out = []
    for i in range(n):
        d = Dir(i % 2 == 0)
        out.append((d.out(), d.nested(i), pick(i, "t", "f"), pick(None, 1, 2.5), InitRet(i).c))
    out.append(list(deleg(3)))
    out.append(list(deleg(0)))
    out.append([pick(j > 1, j, -j) for j in range(4)])
    out.append(sorted(range(5), key=lambda k: -k if k % 2 else k))
    return out


print(jump_returns(6))

# `c[i] op= v` (COPY 2, COPY 2, BINARY_SUBSCR ... SWAP 3, SWAP 2, STORE_SUBSCR: two fused
# dispatches) and `obj.x = v` with obj a local (LOAD_FAST [LOAD_FAST|LOAD_CONST] STORE_ATTR).
class Item:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        self.d[k] = v * 2


class Slotted:
    __slots__ = ("a",)


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return (type(e).__name__, str(e), tb.tb_lineno, tb.tb_lasti)


def aug_subscripts(n):
    l = [0.5, 1, 2]
    d = {"a": 1}
    it = Item()
    out = []
    for i in range(n):
        l[i % 3] += i
        l[-1] *= 2
        d["a"] -= i
        d[i % 2] = d.get(i % 2, 0)
        d[i % 2] += 1
        it["k"] += i
        out.append((l[:], dict(d), it["k"]))
    for c, k in ((l, 7), (d, "zz"), ((1, 2), 0), ("ab", 0), (None, 0), (l, "x")):
        try:
            c[
                k
            ] += (
                1
            )
        except Exception as e:
            out.append(where(e))
    return out


print(aug_subscripts(5))


def local_subscripts(n):
    # LOAD_FAST, LOAD_FAST/LOAD_CONST, [COPY 2, COPY 2,] BINARY_SUBSCR in one dispatch
    l = [1, 2.5, 3]
    d = {0: "z", "k": [4]}
    out = []
    for i in range(n):
        j = i % 3
        out.append((l[j], l[0], l[-1], d[0], d["k"], "abc"[j]))
        l[j] += 1
        l[1] *= 2
        d["k"] += [i]
    for c, k in ((l, 5), (d, "q"), (None, 1), (l, "s"), ("ab", 1.5)):
        try:
            out.append(c[k])
        except Exception as e:
            out.append(where(e))
        try:
            c[k] += 1
        except Exception as e:
            out.append(where(e))
        try:
            c[1] -= 1
        except Exception as e:
            out.append(where(e))

    def unbound_container():
        if out is None:
            c = None
        return c[0]

    def unbound_index():
        c = [1]
        if out is None:
            k = 0
        return c[k]

    def unbound_aug(m):
        c = [1]
        if m:
            k = 0
        c[k] += 1
        return c

    for fn in (unbound_container, unbound_index, lambda: unbound_aug(False)):
        try:
            fn()
        except UnboundLocalError as e:
            out.append(where(e))
    out.append(unbound_aug(True))
    return out


print(local_subscripts(4))


def attr_stores(n):
    out = []
    for i in range(n):
        p = Pt(i, i + 1)
        p.z = None
        p.w = p.x * 2
        q = p
        q.x = i
        out.append((p.x, p.y, p.z, p.w))
    s = Slotted()
    for v in (1, None):
        try:
            s.b = v
        except AttributeError as e:
            out.append(where(e))
    try:
        s.a = (
            s.a
        )
    except AttributeError as e:
        out.append(where(e))

    def unbound_obj():
        v = 1
        if v > 2:
            q = None
        q.attr = v

    def unbound_val():
        if out is None:
            v = None
        q = Pt(0, 0)
        q.attr = v

    def unbound_const():
        if out is None:
            q = None
        q.attr = None

    for fn in (unbound_obj, unbound_val, unbound_const):
        try:
            fn()
        except UnboundLocalError as e:
            out.append(where(e))
    return out


print(attr_stores(4))

# `obj.x op= v` (LOAD_FAST, COPY 1, LOAD_ATTR ... BINARY_OP, SWAP 2, STORE_ATTR: the read and the
# write each one dispatch): plain instances, a property, an in-place list, an object that is not
# a local (only the write fused), a failing read, operator and write (the store must not
# happen), an unbound object local, and a local numbered above 255 (EXTENDED_ARG).
class Prop:
    def __init__(self):
        self._v = 1
        self.log = []

    @property
    def v(self):
        self.log.append("get")
        return self._v

    @v.setter
    def v(self, x):
        self.log.append(("set", x))
        self._v = x

    @property
    def ro(self):
        return 5


class Holder:
    def __init__(self):
        self.p = Pt(1, 2)


def attr_augs(n):
    out = []
    p = Pt(0, 1.5)
    h = Holder()
    q = Prop()
    for i in range(n):
        p.x += i
        p.y *= 2
        p.x -= (
            1
        )
        h.p.y += p.x
        q.v += i
    p.l = [1]
    p.l += [2]
    out.append((p.x, p.y, h.p.y, q.v, q.log, p.l))
    try:
        q.ro += 1
    except AttributeError as e:
        out.append(where(e))
    try:
        p.missing += 1
    except AttributeError as e:
        out.append(where(e))
    try:
        p.y += "s"
    except TypeError as e:
        out.append(where(e))
    out.append(p.y)
    s = Slotted()
    try:
        s.a += 1
    except AttributeError as e:
        out.append(where(e))

    def unbound_obj():
        if out is None:
            o = None
        o.x += 1

    try:
        unbound_obj()
    except UnboundLocalError as e:
        out.append(where(e))
    return out


print(attr_augs(5))

far = "def far(p):\n" + "".join(f"    v{j} = {j}\n" for j in range(300)) + "    w = p\n    w.x += v299\n    w.x *= 2\n    return w.x\n"
exec(far)
print(far(Pt(1, 2)))

# A call whose last argument is a local (LOAD_FAST, PRECALL, CALL in one dispatch): functions,
# built-ins, methods of built-in types and of classes, a bound method, a class, a call
# statement, a raising callee (its traceback entry), and an unbound argument.
def last_arg_local(n):
    out = []
    s = set()
    d = {}
    for i in range(n):
        c = i % 3
        s.add(c)
        out.append(ord(str(c)))
        d[c] = d.get(c, 0) + abs(c)
        k = Pt(c, i)
        m = out.append
        m(k.x)
    try:
        s.remove(n)
    except KeyError as e:
        out.append(where(e))
    out.append((sorted(s), d))

    def unbound_arg():
        if out is None:
            v = None
        return len(v)

    try:
        unbound_arg()
    except UnboundLocalError as e:
        out.append(where(e))
    return out


print(last_arg_local(6))

class FSub(float):
    pass


def fused_binary_ops(n):
    # BINARY_OP__BINARY_OP: a BINARY_OP whose result is the next BINARY_OP's right operand,
    # computed at once on exact floats and small ints, else one at a time (each at its own
    # instruction: tb_lasti tells which failed).
    out = []
    vals = [1.5, 2, -0.0, 0.0, 3, 2 ** 52, 2 ** 53 + 1, 10 ** 20, True, FSub(2.5), 1e308, -7]
    for a in vals[:n]:
        for b in vals[:n]:
            for c in vals[:n]:
                row = [a * b + c * b, a - b * c, a + b / 3, c * (a * b)]
                x = [a, c]
                x[0] -= b * c
                x[1] += a * b
                row.append(x)
                try:
                    row.append(a + b / c)
                except ZeroDivisionError as e:
                    row.append(where(e))
                try:
                    row.append(c - (a - b) / (c * 0))
                except ZeroDivisionError as e:
                    row.append(where(e))
                out.append(repr(row))
    for a, b in [(None, 2.0), (2.0, None), ('s', 3), (3, 's')]:
        try:
            out.append(a + b * 2.0)
        except TypeError as e:
            out.append(where(e))
        try:
            out.append(2.0 + a * b)
        except TypeError as e:
            out.append(where(e))
    t = 0.0
    i = 0
    while i < 1000:
        t = t + i * 0.5
        i = i + 1
    out.append(t)
    return out


for line in fused_binary_ops(12):
    print(line)


def fails_in_bool():
    x = 1
    if Bad() < Bad():
        x = 2
    return x

fails_in_bool()
