# array.array: typecodes, the item checks' OverflowError cascade, methods, slicing, bytes round trips, comparisons and messages.
from array import array
import array as m
a = array('i', [1, 2, 3]); print(a, repr(a), a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], list(a), a.tolist(), a.tobytes())
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a.pop(), a.pop(0), a.index(3), a.count(2), a)
a.remove(2); a.reverse(); print(a, a * 2, a + array('i', [9]), 3 in a, a == array('i', [5, 4, 3, 1]), a < array('i', [6]))
b = array('d', [1.5]); b.frombytes(array('d', [2.5]).tobytes()); print(b, array('u', 'hi'), array('u', 'hi').tounicode(), array('b'), array('B', b'ab'))
for bad in [lambda: array('z'), lambda: array('b', [200]), lambda: array('B', [-1]), lambda: array('i', ['x']), lambda: array('i', [1]) + array('d', [1.0]), lambda: array('h', [1]).index(5), lambda: array('i').pop(), lambda: array('I', [-1]), lambda: array('b', [1.5]), lambda: array('i', [1])[5],
            lambda: array('u', [1]), lambda: array('i').tounicode(), lambda: array('i', 'abc'), lambda: array('i', [1]) + [2], lambda: array('i', [1]).frombytes(b'abc'), lambda: array('ii'), lambda: array('i', [1]).remove(9)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
a[0] = 10; a[1:3] = array('i', [7, 7, 7]); print(a); del a[0]; print(a, a.buffer_info()[1], array.__module__, array('q', [2**40]), array('f', [0.1]))
print(array('i', range(3)), array('l', (x*x for x in range(4))), sum(array('i', [1,2,3])), sorted(array('i', [3,1,2])), array('i', [1,2]) * 0)
for tc in 'bBhHiIlLqQ':
    for v in [2**70, -2**70, 2**33, -2**33, 2**17, -2**17, 300, -300, -1]:
        try: array(tc, [v])
        except OverflowError as e: print(tc, v, e)
print(array('u', 'ab') == array('u', 'ab'), array('i', [1]) == array('d', [1.0]), [array(t).itemsize for t in m.typecodes], m.typecodes)
x = array('h', [1, 256]); x.byteswap(); print(x, array('i', [True, False]), isinstance(array('i'), m.ArrayType))
