# The compiler's and tokenizer's SyntaxWarnings as CPython 3.11's (test_grammar): an assert of
# a non-empty tuple, `is` / `is not` with a literal, a call or subscript of a literal that
# looks like a missed comma, a number run into a keyword ('0xfor'); each reported through
# warnings (category, message, file, line) and a SyntaxError at its location when the filters
# make it an error.
import warnings

srcs = [
    "0xfor x in ()", "x = 1if 1 else 2", "[0x1for x in ()]", "y = 0or 1", "z = 1.5and 2", "w = 1jin x",
    "1 is 1", "x is not 'a'", "assert (1, 'm')", "assert (x, 'm')", "assert ()", "assert x, (1, 2)",
    "(1, 2)(3)", "[1][2](3)", "x = {1}[0]", "5[0]", "[1, 2][1, 2]", "'ab'[0.5]", "(1,)['a']",
    "f'{x}'[x]", "f'{x}'['a']", "[1][None]", "x = 1\nif x is ():\n  pass", "x is -1", "None is x",
    "x is ...", "True is not x", "1 == 1 is x", "a < b is 'c'", "(lambda: 1)[0]", "[1][1:2]", "()()",
    "{}()", "{1: 2}[3]", "[x for x in y](1)", "(x for x in y)[0]", "b'ab'[1.0]", "'s'[1]", "None[0]",
    "x = [\n  (1, 2)\n  (3, 4)]", "def f():\n    return 3 is x\n", "while x is not 3.5:\n    pass",
    "print(f'{1 is 1}')", "x = 1 if y is 2 else 3", "lambda: 'a' is y",
]
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<t>', 'exec')
        except SyntaxError as e:
            print('ERR', e)
        print(repr(src), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, '<t>', 'exec')
            print('  compiled')
        except SyntaxError as e:
            print('  ', type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)

# Only SyntaxWarning made an error becomes a SyntaxError; ignored, nothing is reported.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    compile('x is 1', '<t>', 'exec')
    print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    warnings.simplefilter('always', SyntaxWarning)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always', SyntaxWarning)
        compile('assert (x, 1)', 'file.py', 'exec')
        print([(x.category.__name__, x.filename, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.filterwarnings('error', message='"is" with a literal')
    try:
        exec('print(2 is 2)')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(eval('[1, 2][0]'), len(w))
