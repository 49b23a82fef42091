# A code object's location and exception tables, as dis reads them: co_lines(), co_positions(),
# co_linetable, co_exceptiontable, _varname_from_oparg (varnames, then cells, then frees).
def f(a, b=2):
    c = a + b
    try:
        d = [c] * b
    except TypeError:
        d = None
    return d


def outer(x):
    y = 1

    def inner(z):
        return x + y + z
    return inner


def slots(code):
    out = []
    while True:
        try:
            out.append(code._varname_from_oparg(len(out)))
        except IndexError:
            return out


co = f.__code__
print(list(co.co_lines())[:6])
print(list(co.co_positions())[:6], len(list(co.co_positions())) == len(co.co_code) // 2)
print(type(co.co_linetable).__name__, len(co.co_linetable) > 0, type(co.co_exceptiontable).__name__, len(co.co_exceptiontable) > 0)
print(f.__code__.co_exceptiontable == f.__code__.co_exceptiontable, (lambda: 0).__code__.co_exceptiontable)
print(slots(co))
oc = outer.__code__
print(oc.co_varnames, oc.co_cellvars, slots(oc))
ic = outer(1).__code__
print(ic.co_freevars, slots(ic))
try:
    co._varname_from_oparg(99)
except IndexError as e:
    print('IndexError:', e)
