# re: groups inside a repeated group keep their value from an earlier iteration, and an empty
# iteration of a repeated group is taken once (CPython's sre semantics; JS's RegExp resets the
# inner groups at every iteration and refuses an empty iteration). From test_re's
# test_bug_725106, test_bug_2537, the *_mark_bug tests and test_possessive_quantifiers.
import re


def show(p, s, f=re.match):
    m = f(p, s)
    if m is None:
        print(repr(p), repr(s), None)
    else:
        print(repr(p), repr(s), m.span(), m.groups(), [m.span(i) for i in range(1, len(m.groups()) + 1)], m.lastindex)


for p, s in [
    ('^((a)|b)*', 'abc'), ('^(([ab])|c)*', 'abc'), ('^((d)|[ab])*', 'abc'), ('^((a)c|[ab])*', 'abc'),
    ('^((a)|b)*?c', 'abc'), ('^(([ab])|c)*?d', 'abcd'), ('^((d)|[ab])*?c', 'abc'),
    ('((a)|b)+', 'ab'), ('(?:(a)|(b))+', 'abab'),
    (r'(?:(?:a|bc)*?(xx)??z)*', 'axxzbcz'), (r'((x|yz)+?(t)??c)*', 'xtcxyzxc'),
    (r'(?:[^b]*a(?=(b)|(a))ab)*', 'aabaab'), (r'(?:[^b]*(?=(b)|(a))ab)*', 'abab'),
    (r'(?:.*?(?=(a)|(b))b)*', 'abab'), (r'(?:a*?(xx)??z)*', 'axxzaz'),
    (r'((?!(ab)c)(.))*', 'abab'), (r'(?!(..)c)', 'ab'),
    ('(e?){2,4}+a', 'eeea'), ('()*+a', 'a'), ('(ae)*+a', 'aea'), ('(?:a|ab){2}+', 'abab'),
    ('(a*)*', 'b'), ('(a*)+', 'b'), ('(a*)+', 'aab'), (r'(\d*?){,2}', '12'), ('(a|)*x', 'aax'),
    (r'(?:(a)|(b))+\1', 'abb'), (r'(?:(a)|(b))+(?(1)x|y)', 'abx'), (r'(?i)(?:(a)|b)+\1', 'aBA'),
    (r'(?:(?<=(a))b|c)+', 'abcab'),
]:
    show(p, s)

for outer in ('{0,}', '*', '+', '{1,187}'):
    for inner in ('{0,}', '*', '?'):
        show('^((x|y)%s)%s' % (inner, outer), 'xyyzy')

show('((a)|b)+', 'xxab', re.search)
show('((a)|b)+', 'xab', re.fullmatch)
show('((a)|b)+', 'ab', re.fullmatch)
show('((a)|b)+', '\U0001f600ab\U0001f600', re.search)
print(re.findall('((a)|b)+', 'abxab'))
print(re.sub('((a)|b)+', r'[\2]', 'abxba'))
print(re.split('((a)|b)+', 'xabyba'))
print([m.groups() for m in re.finditer(r'(?:(a)|b)*', 'abxbb')])
print(re.match(rb'((a)|b)*', b'abb').groups())
print(re.match('((a)|b)*', 'ab' * 500).span(2))

# a look-behind 2**21 wide at the pattern's start: positions before it are not tried
s = 'x' * 2_500_000
print(re.search(r'(?<=((.{128}){128}){128})', s).span())
print(re.search(r'(?<!((.{128}){128}){128})', s).span())
try:
    re.compile(r'(?<=((.{%d}){%d}){%d})' % (2**22, 2**22, 2**22))
except re.error as e:
    print('error:', e)
