# re: re.error's messages, positions, lineno/colno for invalid patterns and replacement templates; OverflowError, ValueError and TypeError cases of compile/sub/search; bad group indices of Match.
import re
bad = ['(ab', 'ab)', 'a**', '*a', '+', 'a{2}{3}', 'a*??', '[a-', '[', '[a', '[]', '[^]', r'[\d-z]', '[z-a]', r'\q', r'[\q]', '\\', r'\x4', r'\u12', r'\U0011ffff',
       r'\400', r'\8', r'(a)\2', r'\1(a)', r'(a\1)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=nope)', '(?P<a>x', '(?P<a', '(?P', '(?Px)', '(?<x)', '(?',
       '(?z)', '(?i', '(?i-', '(?-i)', '(?i-i:a)', '(?a-u:x)', '(?au)', '(?L)x', '(?-x:y)', 'a(?i)b', '(?t:x)', '(?i)(?m)x', '(?#abc', '(?<=a|bc)x', '(?<=a*)x',
       '(?(x)a)', 'a{3,2}', 'x{4294967295}', '(?<=(a)\\1)', 'a\n(b', 'ab\ncd\n(?P<x', '(?P<a>a)(?P=a', r'(?i)\bfoo', '(?x)a\n)', '(?<a>x)', '(?P>x)', '^*', r'\b+', '(?=a)+b']
for p in bad:
    try:
        c = re.compile(p)
        print(repr(p), 'ok', c)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, repr(e.pattern), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
tbad = [r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\g<x>', r'\3', r'\g<3>', r'\q', '\\', r'\400', r'\0\07\101', r'\g<0>\n\t', r'\\1', r'\g<2>\g<1>', r'\12']
for t in tbad:
    try:
        print(repr(t), repr(re.sub('(a)(b)?', t, 'xaby')))
    except re.error as e:
        print(repr(t), 'error:', e, e.pos)
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for fn, args in [(re.search, (1, 'a')), (re.search, ('a', 1)), (re.search, ('a', b'a')), (re.search, (b'a', 'a')), (re.compile, (re.compile('a'), re.I)), (re.sub, ('a', 1, 'a')),
                 (re.compile, ('a', re.L)), (re.compile, ('a', re.A | re.U)), (re.compile, (b'a', re.U)), (re.findall, ('a', None))]:
    try:
        print(fn(*args))
    except Exception as e:
        print(type(e).__name__, e)
m = re.match('(a)(b)(c)', 'abcdef')
for g in [4, -1, 'x', 1.5, None]:
    try:
        m.group(g)
    except Exception as e:
        print(type(e).__name__, e)
try:
    m.start(7)
except IndexError as e:
    print('IndexError', e)
try:
    re.Pattern()
except TypeError as e:
    print(e)
try:
    re.compile('(')
except Exception as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, Exception), e.args)
for f in [lambda: re.sub('a', lambda m: 1, 'bab'), lambda: re.sub('a', lambda m: b'x', 'bab'), lambda: re.compile('a').match(), lambda: re.compile('a').sub('x'),
          lambda: re.compile('a', 'x'), lambda: re.match('a'), lambda: re.compile('a').search('a', 'x'), lambda: re.compile('(a)').match('a').group(1, 5),
          lambda: re.compile('a').findall('a', 1.5), lambda: re.sub('a', 'b', 'a', 'x'), lambda: re.split('a', 'a', 'x'), lambda: re.sub('a', 'b', 'aaa', True),
          lambda: re.split('a', 'bab', False), lambda: re.compile('a').sub(), lambda: re.compile('a').split(), lambda: re.compile('a').finditer()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
