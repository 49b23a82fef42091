# An exhausted str iterator (next() met the end) reduces to (iter, ("",)) and ignores
# __setstate__, as CPython 3.11 (unicodeiter_reduce / unicodeiter_setstate with it_seq NULL).
import copy
for s in ['ab', 'é\U0001f600', '']:
    it = iter(s)
    print(it.__reduce__(), it.__length_hint__())
    for _ in s: next(it)
    print(it.__reduce__(), it.__length_hint__())
    print(next(it, 'end'), it.__reduce__(), it.__length_hint__())
    it.__setstate__(0)
    print(next(it, 'end'), it.__reduce__(), list(copy.copy(it)))
it = iter('xyz')
for c in it: pass
print(it.__reduce__(), list(it))
it2 = iter('xyz'); print(list(it2), it2.__reduce__())
it3 = iter('xyz'); print([c for c in it3], it3.__reduce__())
it4 = iter('xyz'); print(tuple(it4), it4.__reduce__(), ''.join(iter('q')))
it5 = iter('xyz'); print(''.join(it5), it5.__reduce__())
it6 = iter('xyz'); print(sorted(it6), it6.__reduce__(), copy.deepcopy(it6).__reduce__())
it7 = iter('xyz'); it7.__setstate__(5); print(it7.__reduce__(), next(it7, 'e'), it7.__reduce__())
