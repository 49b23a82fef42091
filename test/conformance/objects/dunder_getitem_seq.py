# __getitem__ with ints and slices; iteration and `in` through __getitem__ alone.
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f'Seq({self.data})'
s = Seq([10, 20, 30, 40])
print(s[0], s[-1], s[1:3], s[::-1], len(s))
print(list(s), 30 in s, 99 in s, list(reversed(s)))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), [x for x in Squares()], 16 in Squares())
