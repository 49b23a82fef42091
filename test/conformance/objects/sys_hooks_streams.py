# sys.excepthook and sys.displayhook write to the CURRENT sys.stderr / sys.stdout (a StringIO, any
# object with write()), not to the process's file descriptors: CPython's PyErr_Display and
# sys_displayhook (test_exceptions checks its messages through captured_stderr + __excepthook__).
import sys, io
old = sys.stderr
sys.stderr = io.StringIO()
try:
    undefined_name_xyz
except NameError:
    sys.__excepthook__(*sys.exc_info())
cap = sys.stderr.getvalue()
sys.stderr = old
print(repr(cap.splitlines()[-1]))
sys.stderr = None
try:
    1 / 0
except ZeroDivisionError:
    print(sys.excepthook(*sys.exc_info()))
sys.stderr = old
o = sys.stdout
sys.stdout = io.StringIO()
exec(compile('1 + 2', '<s>', 'single')); exec(compile('"x"', '<s>', 'single')); exec(compile('None', '<s>', 'single'))
sys.displayhook(41)
got = sys.stdout.getvalue()
sys.stdout = o
print(repr(got), _)
sys.stdout = None
try:
    sys.displayhook(5)
except RuntimeError as e:
    sys.stdout = o
    print('RuntimeError', e)
sys.stdout = o
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
sys.stdout = w
sys.displayhook((1, 2))
sys.stdout = o
print(w.parts)
