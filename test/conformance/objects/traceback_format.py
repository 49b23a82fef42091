# traceback: format_exc / format_exception / print_exception (chains, groups, limit, notes,
# suggestions), extract_tb's FrameSummary objects, format_list, TracebackException.
import traceback, sys


def clean(s):
    # file names without their directory (the program runs from anywhere)
    if isinstance(s, list):
        return [clean(x) for x in s]
    out = []
    for line in s.split('\n'):
        i = line.find('File "')
        if i >= 0:
            j = line.find('"', i + 6)
            line = line[:i + 6] + line[i + 6:j].rsplit('/', 1)[-1] + line[j:]
        out.append(line)
    return '\n'.join(out)


class Out:
    def write(self, s):
        sys.stdout.write(clean(s))


out = Out()

def f(x):
    return 1 / x

def g():
    d = {}
    return d['k'] + f(0)

def h(n):
    if n == 0:
        f(0)
    h(n - 1)

try:
    f(0)
except Exception as e:
    print(clean(traceback.format_exc()), end='')
    print(clean(traceback.format_exception(e)))
    print(clean(traceback.format_exception_only(e)))
    print(clean(traceback.format_exception_only(type(e), e)))
    s = traceback.extract_tb(e.__traceback__)
    print(type(s).__name__, len(s))
    for fs in s:
        print(repr(fs).replace(fs.filename, "F"), fs.filename.rsplit('/', 1)[-1], fs.lineno, fs.name, fs.line, fs.end_lineno, fs.colno, fs.end_colno)
        fn, ln, nm, line = fs
        print(ln, nm, line, fs[2], len(fs))
    print(clean(traceback.format_list(s)))
    print(clean(traceback.format_tb(e.__traceback__)))
    print(clean(traceback.format_tb(e.__traceback__, limit=1)))
    print(clean(traceback.format_tb(e.__traceback__, limit=-1)))
    traceback.print_exc(file=out)
    traceback.print_tb(e.__traceback__, file=out)
    traceback.print_exception(e, file=out)
    traceback.print_exception(type(e), e, e.__traceback__, file=out, limit=1)

try:
    g()
except KeyError:
    print(clean(traceback.format_exc()))

try:
    h(30)
except ZeroDivisionError:
    print(clean(traceback.format_exc()))

try:
    try:
        f(0)
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    print(clean(''.join(lines)))
    print(clean(''.join(traceback.format_exception(e, chain=False))))

try:
    try:
        f(0)
    except ZeroDivisionError as e:
        [][1]
except IndexError as e:
    print(clean(traceback.format_exception(e)))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type, len(te.stack), te.__context__ is not None, te.__cause__)
    print(clean(list(te.format_exception_only())))
    print(clean(''.join(te.format())))
    print(clean(te.stack.format()))
    print(clean(''.join(traceback.TracebackException(type(e), e, None).format())))

print(clean(traceback.format_exc()))
print(clean(traceback.format_exception_only(None)))
print(clean(traceback.format_exception(None)))
e = ValueError('x')
e.add_note('note one\nnote two')
e.add_note('n3')
print(clean(traceback.format_exception_only(e)))
try:
    undefined_namee = 1
    print(undefined_name)
except NameError as e:
    print(clean(traceback.format_exception_only(e)))
class P:
    spam = 1
try:
    P().spma
except AttributeError as e:
    print(clean(traceback.format_exception_only(e)))
print(clean(traceback.format_list([('a.py', 3, 'fn', 'x = 1'), ('b.py', 4, 'gn', None)])))
fs = traceback.FrameSummary('a.py', 3, 'fn', line='  y = 2  ')
print(fs.line, fs == ('a.py', 3, 'fn', 'y = 2'), repr(fs))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print(clean(''.join(traceback.format_exception(e))))
def raiser():
    raise OSError(2, 'No such file', 'x.txt')
try:
    raiser()
except OSError as e:
    traceback.print_exc(limit=0, file=out)
    print(clean(traceback.format_exception(e, limit=-1)))
try:
    traceback.print_exception(ValueError, ValueError(), None, 3)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    traceback.format_exception(ValueError, ValueError())
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    traceback.format_exception(5)
except Exception as ex:
    print(type(ex).__name__, ex)
class E(Exception):
    def __str__(self):
        raise RuntimeError
print(clean(traceback.format_exception_only(E())))
print(list(traceback.walk_tb(None)))
traceback.print_exc()
