# list and tuple comparisons as CPython's list_richcompare / tuplerichcompare (test_list):
# the first differing items decide by their own comparison's result, not made a bool, and a
# list comparison reads the lists' lengths again after each item comparison (an __eq__ may
# clear either list).
class F:
    def __lt__(self, other):
        return 'abc'
    def __gt__(self, other):
        return ['g']
    def __le__(self, other):
        return 0
    def __eq__(self, other):
        return False
    __hash__ = None

print([F()] < [F()], (F(),) < (F(),), (1, F()) > (1, F()), [1, F()] <= [1, F()])
print([F()] == [F()], [F()] != [F()], (F(),) == (F(),))
print([1, 2] < [1, 3], (1, 2) >= (1, 2), [1] < [1, 0], () < (0,), [] == [], [3] > [2, 9])
f = F()
print([f] == [f], (f,) == (f,), [f] < [f], [f] <= [f])

class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != [1], list3)

class Grow:
    def __eq__(self, other):
        la.append(5)
        return False
    def __lt__(self, other):
        return 'lt %d' % len(la)
la = [Grow(), 1]
lb = [0, 1]
print(la < lb, la == lb, len(la))
class Shrink:
    def __eq__(self, other):
        lc.pop()
        return True
    def __lt__(self, other):
        return 'never'
lc = [Shrink(), 1, 2]
print(lc < [0, 1, 2], len(lc))
print([F()] >= [F()])
try:
    [object()] >= [object()]
except TypeError as e:
    print('TypeError', e)
