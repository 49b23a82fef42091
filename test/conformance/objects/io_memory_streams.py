# io.StringIO and io.BytesIO: reading, writing, seeking, truncating, lines, closing; print() into a StringIO through file=, sys.stdout and contextlib.redirect_stdout.
import io, sys, contextlib
s = io.StringIO()
print('hello', 42, file=s)
s.write('more\n')
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s2 = io.StringIO('a\nb\nc')
print(list(s2), s2.closed)
s2.seek(2); print(repr(s2.read(1)))
s2.close(); print(s2.closed)
try:
    s2.write('x')
except ValueError as e: print('ValueError:', e)
with io.StringIO() as buf, contextlib.redirect_stdout(buf):
    print('captured')
    v = buf.getvalue()
print(repr(v))
old = sys.stdout
sys.stdout = io.StringIO()
print('into buffer')
got = sys.stdout.getvalue()
sys.stdout = old
print('got', repr(got))
s3 = io.StringIO('xyz'); s3.seek(1); s3.write('Q'); print(s3.getvalue())
s3.truncate(2); print(repr(s3.getvalue()))
print(s3.readable(), s3.writable(), s3.seekable())
b = io.BytesIO(b'abc'); b.seek(0, 2); b.write(b'de'); print(b.getvalue(), b.tell())
b.seek(0); print(b.read(2), b.read())
s4 = io.StringIO(); s4.writelines(['a', 'b\n']); print(repr(s4.getvalue()))
s5 = io.StringIO('l1\nl2\n'); print(s5.readlines())
try:
    io.StringIO(3)
except TypeError as e: print('TypeError:', e)
try:
    io.StringIO().write(3)
except TypeError as e: print('TypeError:', e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
s6 = io.StringIO('ab'); s6.seek(4); s6.write('Z'); print(repr(s6.getvalue()))
b2 = io.BytesIO(bytearray(b'xy')); b2.seek(3); b2.write(b'!'); print(b2.getvalue())
try:
    b2.write('s')
except TypeError as e: print('TypeError:', e)
try:
    io.StringIO().seek(1, 1)
except OSError as e: print('OSError:', e)
s7 = io.StringIO('q\nr\n')
for line in s7:
    print('line', repr(line))
print(s7.read(), repr(s7.readline()), s7.seek(0), s7.readline(1), s7.readline())
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
