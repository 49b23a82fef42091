# warnings: warn (categories, stacklevel, once per location), the default filters,
# simplefilter/filterwarnings/resetwarnings and the actions, catch_warnings(record=True,
# action=...), showwarning/formatwarning and replacing them, warn_explicit, WarningMessage.
import warnings
import sys


def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def user():
    warnings.warn("careful")


class Out:
    """stderr for the warnings: file names without their directory."""

    def write(self, s):
        lines = []
        for line in s.split('\n'):
            if line.startswith('/') and '.py:' in line:
                i = line.index('.py:')
                line = line[:i].rsplit('/', 1)[-1] + line[i:]
            lines.append(line)
        sys.stdout.write('\n'.join(lines))

    def flush(self):
        pass


out = Out()
sys.stderr = out
print(len(warnings.filters), [(a, c.__name__, m) for a, _, c, m, _ in warnings.filters])
for i in range(3):
    user()
    warnings.warn("loop %d" % (i % 2))
deprecated_api()
deprecated_api()
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("dep in main", DeprecationWarning)
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("b", BytesWarning)
try:
    warnings.warn("x", int)
except TypeError as e:
    print('TypeError', e)
try:
    warnings.warn("x", "notaclass")
except TypeError as e:
    print('TypeError', e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    user()
    user()
    warnings.warn("pending", PendingDeprecationWarning)
    print(len(w))
    for m in w:
        print(m.category.__name__, m.message, type(m.message).__name__, m.lineno, m.filename.endswith('warnings_filters.py'), m.line, m.file, m.source)
    print(str(w[0]).replace(w[0].filename, 'PROG'))
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        user()
    except UserWarning as e:
        print('raised', repr(e))
    warnings.simplefilter("ignore", UserWarning)
    user()
    print('ignored')

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("same")
        warnings.warn("same")
    warnings.warn("other")
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("mod")
    warnings.warn("mod")
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.filterwarnings("ignore", message="spam")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.filterwarnings("always", module="__main__", append=True)
    print(len(warnings.filters), [(f[0], f[2].__name__, f[4]) for f in warnings.filters])
    warnings.warn("Spam and eggs")
    warnings.warn("eggs")
    warnings.warn("eggs")
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print('error', e)
    print([str(m.message) for m in w])

with warnings.catch_warnings(action="ignore"):
    user()
    print('action ignore')
with warnings.catch_warnings(record=True, action="always", category=UserWarning) as w:
    user(); user()
    print(len(w))

print(warnings.formatwarning("msg", UserWarning, "file.py", 12), end='')
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  the line  "), end='')
warnings.showwarning("shown", RuntimeWarning, "f.py", 3, file=sys.stdout)
warnings.showwarning("shown", RuntimeWarning, "f.py", 3, file=sys.stdout, line='x = 1')

def myshow(message, category, filename, lineno, file=None, line=None):
    print('myshow:', message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = myshow
warnings.warn("custom show")
warnings.showwarning = old
def myformat(message, category, filename, lineno, line=None):
    return 'FMT %s %s\n' % (category.__name__, message)
warnings.formatwarning = myformat
warnings.warn("custom format")
warnings.formatwarning = warnings._formatwarning_orig if hasattr(warnings, '_formatwarning_orig') else None
warnings.warn_explicit("explicit", UserWarning, "mod.py", 5)
warnings.warn_explicit("explicit2", UserWarning, "mod.py", 5, module="mmm", registry={})
m = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(str(m))
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
c = warnings.catch_warnings()
try:
    c.__exit__()
except RuntimeError as e:
    print(e)
with c:
    try:
        c.__enter__()
    except RuntimeError as e:
        print(e)
print(sorted(warnings.__all__))
def deep():
    warnings.warn("deep", stacklevel=3)
def mid():
    deep()
mid()
warnings.warn("far", stacklevel=20)
print('__warningregistry__' in globals())
