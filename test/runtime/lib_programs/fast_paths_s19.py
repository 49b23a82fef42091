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
