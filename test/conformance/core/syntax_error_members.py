# SyntaxError's members (filename, lineno, offset, text, end_lineno, end_offset, msg) from its arguments and from compile()/exec()/eval(); str() with the file's base name; printing with the location block.
import sys, traceback
e = SyntaxError('m', ('f.py', 3, 5, 'x = $\n', 3, 6)); print(e, e.args, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.msg, e.print_file_and_line)
e = SyntaxError('only'); print(e, e.args, e.filename, e.lineno, e.msg)
e = SyntaxError(); print(repr(str(e)), e.msg)
e = SyntaxError('m', ('f.py', 3, 5, 'x')); print(e, e.end_lineno)
e.filename = 'g.py'; e.lineno = 9; print(e, e.args)
e = SyntaxError('m', ('f.py', None, None, None)); print(e)
e = SyntaxError('m', (None, 4, None, None)); print(e)
try: SyntaxError('m', ('f.py', 3))
except Exception as x: print(repr(x))
e = IndentationError('bad', ('h.py', 2, 1, 'x', 2, 2)); print(e, e.filename)
try:
    compile('x = (', 'z.py', 'exec')
except SyntaxError as e:
    print(e, e.filename, e.lineno, e.offset, repr(e.text))
    e.__traceback__ = None
    traceback.print_exception(e, file=sys.stdout)
traceback.print_exception(SyntaxError('m', ('f.py', 3, 5, 'x = $\n', 3, 6)), file=sys.stdout)
class MySE(SyntaxError): pass
traceback.print_exception(MySE('m2', ('f.py', 3, 2, 'abc', 3, 3)), file=sys.stdout)
traceback.print_exception(SyntaxError('m3', ('f.py', None, None, None)), file=sys.stdout)
traceback.print_exception(SyntaxError('m4'), file=sys.stdout)
traceback.print_exception(SyntaxError('m5', ('/a/b/f.py', 7, None, None)), file=sys.stdout)
print(str(SyntaxError('m5', ('/a/b/f.py', 7, None, None))))
try:
    eval('1 +* 2')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
exec('def f(:\n  pass')
