# re with str/bytes subclass patterns, replacements and templates (CPython's test_re
# test_basic_re_sub, test_bug_764548): the matcher must see the text the subclass holds.
import re


class S(str):
    pass


class B(bytes):
    pass


def show(x):
    print(repr(x), type(x).__name__)


show(re.sub('y', S('a'), S('xyz')))
show(re.sub('q', S('a'), 'xyz'))
show(re.sub('y', S(r'<\g<0>>'), 'xyz'))
r = re.subn(S('(y)'), S(r'\1\1'), S('xyzy'))
show(r)
p = re.compile(S('abc'))
show(p.pattern)
print(p.match('xyz'), p.match('abcd'), p.search('zabc'))
p = re.compile(B(b'a(b)c'))
show(p.pattern)
print(p.match(b'xyz'), p.match(b'abcd').groups())
print(re.sub(b'b', B(b'Q'), b'abc'), re.sub(B(b'(b)'), B(br'[\1]'), B(b'abc')))
show(re.escape(S('a.b')))
print(re.findall(S('a|b'), S('xaybz')), re.split(S(','), S('a,b')))
print(re.fullmatch(S('a+'), 'aaa'), re.search(S(r'\d'), 'x1'), re.fullmatch(S('a+'), 'aab'))
print(re.compile(S('x')) == re.compile('x'), hash(re.compile(S('x'))) == hash(re.compile('x')))
m = re.match('(a)(b)?', 'a')
show(m.expand(S(r'[\1]')))
print(re.sub('a', lambda m: S('Z'), 'aba'))
print([m.span() for m in re.finditer(S(r'\w+'), 'ab cd')])
