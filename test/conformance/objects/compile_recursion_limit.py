# CPython's compile-time recursion limit (ast_opt.c): 3 x sys.getrecursionlimit() statement and
# expression nodes deep, less 3 for each Python frame active when compile() runs; past it
# "maximum recursion depth exceeded during compilation", from compile(), exec() and eval().
import sys
def ok(src):
    try:
        compile(src, 's', 'exec')
        return True
    except RecursionError as e:
        return str(e)
def search(mk):
    lo, hi = 1, 6000
    while lo < hi:
        m = (lo + hi + 1) // 2
        if ok(mk(m)) is True:
            lo = m
        else:
            hi = m - 1
    return lo, ok(mk(lo + 1))
print('sum', search(lambda n: 'x = ' + '+'.join(['1'] * n)))
print('attr', search(lambda n: 'x = a' + '.b' * n))
print('call', search(lambda n: 'x = f' + '()' * n))
print('not', search(lambda n: 'x = ' + 'not ' * n + 'a'))
print('neg', search(lambda n: 'x = ' + '-' * n + 'a'))
def g(k):
    return search(lambda n: 'x = ' + '+'.join(['a'] * n)) if k == 0 else g(k - 1)
print('sum at depth 100', g(100))
sys.setrecursionlimit(1500)
print('sum under limit 1500', search(lambda n: 'x = ' + '+'.join(['a'] * n)))
try:
    exec('y = ' + '+'.join(['1'] * 5000))
except RecursionError as e:
    print('exec', e)
try:
    eval('+'.join(['1'] * 5000))
except RecursionError as e:
    print('eval', e)
print(eval('+'.join(['1'] * 2000)))
