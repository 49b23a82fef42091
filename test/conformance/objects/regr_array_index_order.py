# array.array item access: the index is checked (type, then range) before the value is packed,
# as CPython's array_ass_item; negative and __index__ indices; the three messages.
from array import array


class Two:
    def __index__(self):
        return 2


a = array('i', [1, 2, 3])
for i, v in [(10, 'x'), (-4, 'x'), ('k', 'x'), (1.5, 7), (1, 'x'), (Two(), 9), (-1, 8)]:
    try:
        a[i] = v
        print('set', a)
    except Exception as e:
        print(type(e).__name__, e)
for i in [3, -4, 'k', Two(), -1, 0]:
    try:
        print('get', a[i])
    except Exception as e:
        print(type(e).__name__, e)
for i in [5, 'k', Two(), -1]:
    try:
        del a[i]
        print('del', a)
    except Exception as e:
        print(type(e).__name__, e)
