# Session 19 (L): range lengths past 2**53 (range.__len__ exact, as len() already was),
# and the paths changed for speed this session, at their edges.
import operator

# ---- range.__len__ / len() / length hints of ranges around 2**53 and past it.
for n in (2**53 - 1, 2**53, 2**53 + 1, 2**60, 2**62 + 3, 2**63 - 1):
    for r in (range(n), range(-n, 0), range(0, 2 * n, 2), range(n, 0, -1), range(1, n, 3)):
        print(len(r), r.__len__(), range.__len__(r), r.__len__() == len(r), type(r.__len__()).__name__)
        it = iter(r)
        print(it.__length_hint__(), operator.length_hint(it), reversed(r).__length_hint__())
for r in (range(2**63), range(2**64), range(-2**64, 2**64)):
    for f in (len, lambda r: r.__len__(), lambda r: range.__len__(r)):
        try:
            print(f(r))
        except OverflowError as e:
            print('OverflowError', e)
    print(iter(r).__length_hint__())
for r in (range(0), range(10), range(-5, 5, 3), range(10, 0, -3), range(2**53, 2**53 + 7)):
    print(len(r), r.__len__(), operator.length_hint(r), bool(r))
print(range.__len__, type(range.__len__).__name__, type(range(3).__len__).__name__)
print(repr(range(3).__len__)[:32])
for bad in ((), (1,), ):
    try:
        range(3).__len__(*bad)
        print('ok', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    range.__len__([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    range(3).__len__(x=1)
except TypeError as e:
    print('TypeError', e)

# ---- operator.length_hint of a range past 2**53 (containers.ts exactLength).
print(operator.length_hint(range(2**60)), operator.length_hint(range(2**53 + 1)), operator.length_hint(range(2**53, -1, -1)))
try:
    operator.length_hint(range(2**64))
except OverflowError as e:
    print('OverflowError', e)

# ---- Ellipsis and NotImplemented reduce to their names (copy and pickle them as globals).
import copy
print(Ellipsis.__reduce__(), NotImplemented.__reduce__(), Ellipsis.__reduce_ex__(2), NotImplemented.__reduce_ex__(4))
print(copy.copy(...) is ..., copy.deepcopy([..., NotImplemented, (..., 1)]), copy.copy(NotImplemented) is NotImplemented)
for o in (Ellipsis, NotImplemented):
    try:
        o.__reduce__(1)
    except TypeError as e:
        print('TypeError', e)
print(type(Ellipsis).__reduce__, type(NotImplemented).__reduce__)
print(type(...).__reduce__(...), type(NotImplemented).__reduce__(NotImplemented))
try:
    type(...).__reduce__(NotImplemented)
except TypeError as e:
    print('TypeError', e)
