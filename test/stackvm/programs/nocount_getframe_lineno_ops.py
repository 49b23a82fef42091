# (nocount_: warnings and sys._getframe run library code whose instruction count is pyvm's own.)
# The line a caller frame shows while an operator's dunder runs (reached through the runtime from
# BINARY_OP, COMPARE_OP, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, a unary operator, `in`,
# `not`, GET_ITER, STORE_ATTR or DELETE_ATTR, not through a call): sys._getframe(1).f_lineno and
# warnings' stacklevel=2 see the line of the operation, as in CPython 3.11, not the line of the
# caller's last call.
import sys
import warnings


def caller_line():
    return sys._getframe(2).f_lineno


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return caller_line()

    def __iadd__(self, o):
        return caller_line()

    def __lt__(self, o):
        return caller_line()

    def __eq__(self, o):
        warnings.warn('eq', stacklevel=2)
        return caller_line()

    def __getitem__(self, i):
        return caller_line()

    def __setitem__(self, i, v):
        self.set_line = caller_line()

    def __delitem__(self, i):
        self.del_line = caller_line()

    def __neg__(self):
        return caller_line()

    def __invert__(self):
        return caller_line()

    def __contains__(self, i):
        self.in_line = caller_line()
        return True

    def __bool__(self):
        self.bool_line = caller_line()
        return True

    def __iter__(self):
        self.iter_line = caller_line()
        return iter([])


class S:
    def __setattr__(self, name, value):
        object.__setattr__(self, 'seen', (name, caller_line()))

    def __delattr__(self, name):
        object.__setattr__(self, 'gone', (name, caller_line()))


def f():
    a = V(1)
    b = V(2.5)
    r = []
    len(r)
    r.append(a + b)
    len(r)
    r.append(a < b)
    len(r)
    r.append(a == b)
    len(r)
    r.append(a[0])
    len(r)
    a[1] = 2
    len(r)
    del a[1]
    r.append((a.set_line, a.del_line))
    r.append(-a)
    r.append(~a)
    len(r)
    r.append(1 in a)
    r.append(a.in_line)
    len(r)
    r.append(not a)
    r.append(a.bool_line)
    len(r)
    for _ in a:
        pass
    r.append(a.iter_line)
    s = S()
    len(r)
    s.x = 1
    len(r)
    del s.x
    r.append((s.seen, s.gone))
    c = a
    len(r)
    c += b
    r.append(c)
    return r


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(f())
print([x.lineno for x in w])
