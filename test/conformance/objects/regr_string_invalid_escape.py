# Invalid escape sequences in str/bytes literals: CPython 3.11's DeprecationWarning from the compiler
# (the first one of each literal, at the literal's line; octal escapes above 0o377 too), a SyntaxError
# at the literal when the filters make it an error (CPython's test_string_literals).
import warnings
src = '''x = "a\\d\\q"
y = b"\\z\\777"
z = "\\777\\d"
w = """

\\d"""
v = f"\\d{1}"
ok = r"\\d" + "\\n"
'''
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    compile(src, 'fname.py', 'exec')
for w in ws:
    print(w.category.__name__, w.filename, w.lineno, w.message)
with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    for s in ('x = 1\ny = "\\d"', 'b"\\777"', '"\\400"'):
        try:
            compile(s, 'fn.py', 'exec')
        except SyntaxError as e:
            print('SyntaxError:', e.msg, e.lineno, e.offset, e.end_offset)
print(len(eval('"\\d"')), eval('b"\\777"'))
