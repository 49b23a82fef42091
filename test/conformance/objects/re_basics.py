# re: the module functions (search, match, fullmatch, findall, finditer, sub with templates and callables, subn, split, escape), Match and Pattern reprs, groups, named groups, bytes patterns.
import re
print(re.compile('a+', re.IGNORECASE))
m = re.search(r'(\w+)@(\w+)\.com', 'mail: joe@example.com!')
print(m, m.groups(), m.span(2), m.group(0, 1), m[2], m.lastindex)
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)?', 'a1b c3'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub('x*', '-', 'abxd'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\b', 'a b'))
print(re.findall(r'|a', 'a'))
print(re.subn('a', 'b', 'aaa', 2))
print(re.escape('a.b*c'))
try:
    re.compile('(ab')
except re.error as e:
    print('error:', e, e.pos, e.msg)
for p in ['a**', '*a', '[a-', 'a)', r'\q', '(?P<1>a)', '(?P=x)', '[z-a]', 'a{3,2}', '(?<=a+)b', '(?i', '(?z)']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '->', e)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.groupdict(), m.lastgroup, m.expand(r'\g<last>, \g<first>'))
print(re.fullmatch('a|ab', 'ab'))
print(re.match('^abc$', 'abc\n'), re.search('c$', 'abc\n'))
print(re.findall('^\w', 'ab\ncd', re.M))
print(re.findall(r'\w+', 'héllo wörld ñ 123'))
print(re.findall(r'.', 'a😀b'), re.search('b', 'a😀b').span())
print(re.compile('(?P<a>x)').groupindex, re.I | re.M, re.compile('a', re.S | re.X).flags)
print(list(re.finditer(r'\d', 'a1b2')))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2'))
print(re.match(b'a+', b'aaab'), re.findall(rb'\w', b'ab c'))
