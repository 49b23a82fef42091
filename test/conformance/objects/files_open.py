# open(): text and binary files, modes, newlines, encodings, errors, reprs; a file left open is flushed at exit, after atexit functions.
import io, os
d = '/tmp/pyvm_files_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
p = d + '/t.txt'
with open(p, 'w') as f:
    print(f.write('line one\nline two\n'), f.write('x' * 3), file=None)
    print(f.name == p, f.mode, f.encoding, f.errors, f.closed, f.line_buffering, f.newlines, f.writable(), f.readable(), f.seekable())
    print(repr(f).replace(d, 'D'), repr(f.buffer).replace(d, 'D'), repr(f.buffer.raw).replace(d, 'D'))
print(f.closed, repr(f).replace(d, 'D'))
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print([l for l in f])
with open(p) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline(4)), repr(f.read(2)), repr(f.readlines()))
with open(p, 'a') as f:
    f.write('\nappended\n')
print(open(p).read().splitlines())
with open(p, 'rb') as f:
    print(f.read(4), f.tell(), f.readline(), f.peek(3)[:3], f.read(), f.read(), repr(f).replace(d, 'D'), f.mode)
with open(p, 'r+') as f:
    f.seek(5)
    f.write('ONE')
    f.seek(0)
    print(repr(f.read()))
with open(p, 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(p, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(p, 'rb').read())
with open(p, 'w', encoding='latin-1') as f:
    f.write('caf\xe9!')
print(open(p, 'rb').read(), open(p, encoding='latin-1').read())
try:
    open(p).read()
except UnicodeDecodeError as e:
    print(e)
print(open(p, errors='replace').read(), open(p, errors='ignore').read())
for bad in [lambda: open(d + '/nope'), lambda: open(d), lambda: open(p, 'rw'), lambda: open(p, 'rbt'), lambda: open(p, 'rb', encoding='utf8'),
            lambda: open(p, 'r', buffering=0), lambda: open(p, 'z'), lambda: open(p, 'rr'), lambda: open(1.5), lambda: open(p, encoding=1),
            lambda: open(p, newline='x'), lambda: open(p, encoding='nope'), lambda: open(p, 'x'), lambda: open(p, 'rb', newline=''),
            lambda: open(p, 'rb', errors='x'), lambda: open(p, mode=3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
g = open(p, 'w')
for bad in [lambda: g.write(5), lambda: g.read(), lambda: g.buffer.write('s'), lambda: g.readline()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
g.close()
for op in ['read', 'write', 'readline', 'tell', 'seek', 'flush', '__iter__', '__next__', '__enter__']:
    try:
        getattr(g, op)(*{'write': ('x',), 'seek': (0,)}.get(op, ()))
        print(op, 'ok')
    except Exception as e:
        print(op, type(e).__name__, e)
g.close()
print(io.open is open, type(open).__name__, type(g).__name__, type(g).__module__, isinstance(g, io.TextIOBase), isinstance(g, io.IOBase), isinstance(g.buffer, io.BufferedIOBase))
with open(p, 'wb', buffering=0) as f:
    print(type(f).__name__, f.write(b'raw'), repr(f).replace(d, 'D'))
print(open(p, 'rb').read())
with open(p, 'w') as f:
    f.writelines(['a\n', 'b\n'])
    print(f.tell())
with open(p) as f:
    f.read()
    print(f.tell(), f.seek(0), f.read(1), f.seek(0, 2), repr(f.read()))
with open(p, 'w+') as f:
    f.write('hello')
    f.seek(0)
    print(f.read(), f.truncate(2))
print(open(p).read())
os.remove(p)
left = open(p, 'w')
left.write('unflushed at exit\n')
import atexit
def show():
    print('atexit sees', os.path.getsize(p))
atexit.register(show)
