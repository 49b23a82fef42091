# CPython's dis (on PYTHONPATH) over pyvm's code objects: they hold CPython 3.11's bytecode,
# location and exception tables, so dis prints what python3's dis prints (addresses masked).
import dis
import io
import re


def show(x, **kw):
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', out.getvalue()))


def loops(a, b=2):
    for i in range(a):
        if i % 2:
            b += i * 3.5
    return [x for x in (a, b)]


def handlers(path):
    try:
        with open(path) as f:
            return f.read()
    except (OSError, ValueError) as e:
        raise RuntimeError('bad') from e
    finally:
        print('done')


def closure(n):
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total
    return add


def gen(xs):
    yield from xs
    x = yield
    return x


for fn in (loops, handlers, closure, gen):
    show(fn)
show(closure(1))
show(loops, show_caches=True)
show('a = [i ** 2 for i in range(3) if i]; print(a)')
print([(i.opname, i.argrepr) for i in dis.get_instructions(closure) if i.opname.startswith(('LOAD_DEREF', 'STORE_DEREF', 'MAKE_'))])
print(re.sub(r'0x[0-9a-f]+', 'ADDR', dis.code_info(handlers)))
print(list(dis.findlinestarts(loops.__code__))[:4], len(list(loops.__code__.co_positions())))
