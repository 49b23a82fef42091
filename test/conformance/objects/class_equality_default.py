# Default equality is identity; default hash works; __eq__ without __hash__ is unhashable.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, len({a, b, a}))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) == 1, Eq.__hash__)
try:
    {Eq(1)}
except TypeError as e:
    print(e)
