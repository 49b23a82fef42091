# traceback.extract_stack / format_stack / print_stack: the caller's stack from nested
# functions, methods, generators, recursion, with limit.
import traceback
import sys


def names(stack):
    return [(fs.name, fs.lineno, fs.line) for fs in stack]


def leaf():
    return traceback.extract_stack()


def mid(n):
    if n == 0:
        return leaf()
    return mid(n - 1)


print(names(leaf()))
print(names(mid(2)))
s = mid(1)
print(type(s).__name__, len(s), s[-1].name, s[0].name, repr(s[-1]).split(',')[1:])


class C:
    def method(self):
        return traceback.extract_stack(limit=2)

    def last(self):
        return names(traceback.extract_stack(limit=-1))

    def __init__(self):
        self.at_init = names(traceback.extract_stack())


print(names(C().method()))
print(C().last())
print(C().at_init)


def gen():
    yield names(traceback.extract_stack())
    for x in [1]:
        yield names(traceback.extract_stack(limit=1))


for item in gen():
    print(item)
print(next(iter([names(traceback.extract_stack())])))
print([names(traceback.extract_stack()) for _ in range(1)])


def fmt():
    return traceback.format_stack()


for line in fmt():
    print(line.split(',', 1)[1], end='')


def printer():
    traceback.print_stack(file=sys.stdout, limit=-2)


def outer():
    printer()


real_stdout = sys.stdout


class Clean:
    def flush(self):
        pass

    def write(self, s):
        i = s.find('File "')
        if i >= 0:
            j = s.find('"', i + 6)
            s = s[:i + 6] + s[i + 6:j].rsplit('/', 1)[-1] + s[j:]
        real_stdout.write(s)


sys.stdout = Clean()
outer()
traceback.print_stack(limit=1, file=sys.stdout)
sys.stdout = real_stdout
lam = lambda: names(traceback.extract_stack())
print(lam())


def deep(n):
    if n == 0:
        return len(traceback.extract_stack()), traceback.format_stack()[-3:]
    return deep(n - 1)


n, tail = deep(50)
print(n, [t.strip().splitlines()[-1] for t in tail])
sys.tracebacklimit = 2
print(len(traceback.extract_stack()), len(mid(5)))
