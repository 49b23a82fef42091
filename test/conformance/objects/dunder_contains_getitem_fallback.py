# `in` falls back to __iter__, then to __getitem__ with 0, 1, 2, ...
class ByIndex:
    def __getitem__(self, i):
        print('getitem', i)
        if i > 3:
            raise IndexError
        return i * 10
print(20 in ByIndex())
print(99 in ByIndex())
class ByIter:
    def __iter__(self):
        print('iter called')
        return iter([1, 2])
print(2 in ByIter(), 3 in ByIter())
