# re: Pattern.scanner() (match/search going on where the last match ended), the re.TEMPLATE
# DeprecationWarnings, Pattern pickling through re._compile (CPython's test_re test_scanner,
# test_keyword_parameters, test_pickling, test_template_function_and_flag_is_deprecated).
import re, warnings
p = re.compile(r'a*|b')
sc = p.scanner('aab')
print(sc.pattern is p, type(sc).__name__, type(sc).__module__, repr(type(sc))[:40])
print([sc.search() for _ in range(5)])
sc = p.scanner('aab')
print([sc.match() for _ in range(5)])
sc = re.compile(r'\w+').scanner('ab cd ef', 1, 7)
print(sc.match(), sc.search(), sc.search(), sc.search(), sc.match())
sc = re.compile(r'(a)|(b)').scanner(string='xab', pos=1)
m = sc.match(); print(m, m.pos, m.endpos, m.groups(), m.lastindex)
m = sc.match(); print(m, m.pos, m.endpos, m.groups(), m.lastindex)
print(sc.match(), sc.search())
sc = re.compile(br'\d').scanner(b'1x2')
print(sc.match(), sc.match(), sc.search(), sc.search())
sc = re.compile('').scanner('ab')
print([sc.search() for _ in range(4)])
sc = re.compile('').scanner('ab')
print([sc.match() for _ in range(3)])
sc = re.compile('x*').scanner('\U0001f600x')
print([sc.search() for _ in range(4)])
try:
    type(sc)()
except TypeError as e:
    print(e)
try:
    re.compile('a').scanner(1)
except TypeError as e:
    print(e)
sc = re.compile('a').scanner('aa', 5)
print(sc.search(), sc.match())
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    t1 = re.template(r'a')
    t2 = re.compile(r'a', flags=re.TEMPLATE | re.UNICODE)
    t3 = re.compile(r'a', flags=re.TEMPLATE | re.UNICODE)
for w in ws:
    print(w.category.__name__, w.message)
print(t1 == t2, bool(t1.match('ahoy')), t1.match('nope'))
import copy, copyreg
def reduce(obj):
    # what pickle does: copyreg's dispatch table first, then __reduce_ex__
    r = copyreg.dispatch_table.get(type(obj))
    return r(obj) if r is not None else obj.__reduce_ex__(2)
oldpat = re.compile('a(?:b|(c|e){1,2}?|d)+?(.)', re.UNICODE)
for p in (oldpat, re.compile(b'x+', re.I)):
    f, args = reduce(p)
    newpat = f(*args)
    print(f is re._compile, args, newpat == p, newpat)
for obj in (oldpat.match('abx'), oldpat.scanner('abx')):
    try:
        reduce(obj)
    except TypeError as e:
        print(e)
m = oldpat.match('abx')
print(copy.copy(oldpat) is oldpat, copy.deepcopy(oldpat) is oldpat, copy.copy(m) is m, copy.deepcopy(m) is m)
