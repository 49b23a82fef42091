# re: a matrix of pattern constructs (quantifiers, lazy/possessive/atomic, classes, anchors, \b \B, lookarounds, backreferences, inline and scoped flags, verbose mode) against subjects, through findall/finditer/sub/split/match/fullmatch/search and the Match's groups, lastindex, lastgroup and regs.
import re
pats = [r'a*', r'a*?', r'(?:ab)+', r'\bfoo\b', r'\Bo\B', r'^', r'$', r'\A\w', r'\w\Z', r'(?m)^\w+$', r'(?s).+', r'.+',
        r'(?i)hello', r'(?i:h)ello', r'H(?-i:e)llo', r'(?i)H(?-i:e)llo', r'[^a-c]+', r'[\w.-]+@[\w.-]+', r'[\d\s]+', r'[^\W\d]+', r'[\S]+', r'\s+', r'[^\s]+',
        r'(\d+)-(\d+)?', r'(?P<y>\d{4})-(?P<m>\d\d)', r'(\w)\1', r'(?P<c>\w)(?P=c)', r'(?<=a)b', r'(?<!a)b', r'a(?=b)', r'a(?!b)', r'x{2,3}', r'x{,2}', r'x{2,}', r'x{2}?',
        r'{', r'a{', r'a{1', r'a{,}', r'\x41\u0042\U00000043', r'\101', r'\0', r'[\]]', r'[]a]', r'[^]a]', r'[a-]', r'[-a]', r'(?x) a b # c', r'(?a)\w+', r'\d+',
        r'(?>a+)b', r'(?>a+)a', r'a++b', r'a*+a', r'(a)|(b)', r'(?#comment)x', r'|b', r'a|', r'\b', r'\B', r'(?:)', r'()', r'(?=a)*', r'(a)(b)?(c)?',
        r'((a)(b))', r'(?:(a)|b)c', r'\W+', r'[^\d\W]', r'(?i)[^a]', r'[\s\S]', r'(?s:.)\.', r'(?m:$)x']
strings = ['', 'a', 'aab', 'abab', 'foo bar foobar', 'Hello HELLO hello hEllo', 'x xx xxx', '2024-05 1999-12', 'aa bb cd',
           'line1\nline2\n', 'ba ab b', 'joe@x.com, a-b@c.org', 'ÀÉ héllo ß ٣٤ 12', 'a\tb\x1cc\x85d\u3000e', '{a{1}', 'ABC\x00A', 'a]b-c', '😀a😀bb', 'abc ac bc']
for p in pats:
    c = re.compile(p)
    print(repr(c), c.groups, c.groupindex)
    for s in strings:
        r = (c.findall(s), [m.span() for m in c.finditer(s)], c.sub('<\\g<0>>', s), c.split(s), c.match(s), c.fullmatch(s))
        m = c.search(s)
        if m:
            r += (m.groups(), m.lastindex, m.lastgroup, m.regs)
        print(' ', repr(s), r)
