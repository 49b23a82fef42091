# The builtins dict in CPython's order (observable through "Did you mean"), and the OSError subclasses errno picks.
import builtins
names = [n for n in builtins.__dict__ if n not in ('open', 'copyright', 'credits', 'license', 'help', '__package__', '__loader__', '__spec__', 'breakpoint')]
print(names)
for n in (11, 10, 32, 103, 111, 104, 4, 3, 2, 99):
    e = OSError(n, 'why')
    print(n, type(e).__name__, e, isinstance(e, ConnectionError))
print(ConnectionResetError.__mro__)
try:
    raise BrokenPipeError(32, 'Broken pipe')
except OSError as e:
    print(repr(e), e.errno, e.strerror)
print([x for x in ['rint', 'lenn', 'Conectionerror', 'BrokenPipe', 'TimeOutError'] if True])
print(len(names))
rint('last line: the suggestion follows the builtins dict order')
