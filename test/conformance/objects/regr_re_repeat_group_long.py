# a repeated group with groups over a long subject keeps sre's group values (the backtracker
# matched it by recursion per iteration and gave up after about a thousand, falling back to
# JS's RegExp, which resets the groups of each iteration)
import re
for n in (10, 1000, 20000):
    m = re.match(r'(?:(a)|b)*', 'ab' * n)
    print(n, m.span(), m.span(1), m.group(1))
    m = re.match(r'^((x|y)*)*$', 'xy' * n)
    print(n, m.span(), m.span(1), m.span(2))
    m = re.fullmatch(r'(?:(a)|(b)|c)*d', 'abc' * n + 'd')
    print(n, m.span(), m.groups(), m.lastindex)
    m = re.search(r'((a)|b)+?c', 'x' + 'ab' * n + 'c')
    print(n, m.span(), m.span(2), m.group(1))
    print(n, len(re.findall(r'(?:(a)|b)*', 'ab' * n + 'z' + 'ba' * n)))
    print(n, re.sub(r'((a)|b)+', lambda m: m.group(2) or '-', 'ab' * n + 'c' + 'b' * n)[:10])
