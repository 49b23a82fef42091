# list.sort detects a list changed while it sorts (CPython's test_sort): an append, or a
# clear()/del L[:] that a key or comparison makes, is "list modified during sort", and the list
# holds the sorted items or the mutation's result as CPython's.
from functools import cmp_to_key

def run(label, mutate):
    L = [3, 1, 2]
    def cmp(x, y):
        mutate(L)
        return (x > y) - (x < y)
    try:
        L.sort(key=cmp_to_key(cmp))
        print(label, 'sorted', L)
    except ValueError as e:
        print(label, 'ValueError', e)

run('append', lambda L: L.append(9))
run('clear', lambda L: L.clear())
run('del slice', lambda L: L.__delitem__(slice(None)))
run('append+clear', lambda L: (L.append(3), L.clear()))
run('nothing', lambda L: None)

M = [5, 4, 3]
def key(x):
    M.clear()
    return x
try:
    M.sort(key=key)
except ValueError as e:
    print('key clear', e, M)
N = [2, 1]
def key2(x):
    N.extend([7, 8])
    return x
try:
    N.sort(key=key2)
except ValueError as e:
    print('key extend', e, N)
