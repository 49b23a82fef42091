# re: backreferences to groups that did not participate fail (JS matches the empty string there: pyvm tests the group's participation), and conditional groups (?(1)yes|no) / (?(name)...), including the docs' <email> example, nested and inside repeated groups.
import re
print(re.match(r'(a)?b\1', 'b'), re.match(r'(a)?b\1', 'aba'), re.match(r'(a)?b\1?', 'b'), re.search(r'(?:(a)|b)\1', 'bb'), re.search(r'(?:(a)|b)\1', 'xaa'))
print(re.match(r'(?P<q>["\'])?(\w+)(?P=q)', 'abc'), re.match(r'(?P<q>["\'])?(\w+)(?P=q)', '"abc"'))
p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
print(p.match('<user@host.com>'), p.match('user@host.com'), p.match('<user@host.com'), p.match('user@host.com>'))
print(re.findall(r'(a)?(?(1)b|c)', 'abcac'), re.sub(r'(?P<x>\()?\d+(?(x)\))', '#', '(1) 2 (3 4)'), re.match(r'(a)(?(1)b)', 'ab'))
print(re.match(r'(?(1)a|b)(x)?', 'b'), re.fullmatch(r'(a(?(1)b|c))', 'ac'), re.match(r'((a)|b)(?(2)c|d)', 'bd'), re.match(r'(\w)(\w)?(?(2)\2|\1)', 'aa'))
print(re.match(r'(a)|b', 'b').lastindex, re.match(r'(a)?(?(1)a|)', ''), re.search(r'(x)?(?(1)y|z)', 'q z'))
print(re.compile(r'(a)?(?(1)b|c)').groups, re.match(r'(?i)(A)?(?(1)b|C)', 'c'), re.match(r'(\d)\1', '11'), re.match(r'(a)?\1', ''))
print(re.match(r'(a*)?\1', ''), re.match(r'(a)*\1', 'b'), re.search(r'(a)*b\1', 'aaba'), re.match(r'(a|b)?c\1', 'c'), re.match(r'(\w)?(?(1)\1|z)', 'z'), re.match(r'(\w)?(?(1)\1|z)', 'qq'), re.fullmatch(r'(a)?(?(1)|b)', ''))
