# A list subclass with __getitem__ override and operators returning plain lists.
class OneBased(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            return super().__getitem__(i - 1)
        return super().__getitem__(i)
o = OneBased('abc')
print(o[1], o[3], o[0:2], len(o), list(o), o * 2, type(o * 2).__name__)
for x in o:
    print(x, end=' ')
print()
print(sorted(OneBased([3, 1, 2])), OneBased([1]) == [1], [1] == OneBased([1]))
