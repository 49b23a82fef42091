# iter(str) is a str_ascii_iterator for an ASCII str and a str_iterator for any other (CPython 3.11),
# the two unrelated types with the same members; iteration, copying and pickling state of both.
import copy
for s in ["abc", "aé€😀b", "", "😀"]:
    it = iter(s)
    print(type(it).__name__, type(it).__qualname__, it.__length_hint__(), list(it), it.__length_hint__())
    it = iter(s); next(it, None)
    r = it.__reduce__()
    print(r[1:], list(copy.copy(it)))
    it2 = iter(s); it2.__setstate__(1); print(list(it2))
print(type(iter("a")) is type(iter("é")), type(iter("a")) is type(iter("b")))
try:
    type(iter("a")).__length_hint__(iter("é"))
except TypeError as e: print(e)
for c in "héllo": print(c, end=' ')
print()
print([c for c in "naïve"], sorted("déjà"), "".join(reversed("abé")))
x, *y = "é😀z"; print(x, y)
print(list(map(ord, "é😀")), tuple("ab"), set("é"), dict.fromkeys("aé"))
