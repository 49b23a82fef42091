# In-place operators: __iadd__ mutates, otherwise falls back to __add__.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
class Imm:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Imm(self.v + o)
a = Acc()
ref = a
a += 1
a += 2
a -= 1
print(a.items, a is ref)
i = Imm(1)
r = i
i += 5
print(i.v, r.v, i is r)
class Broken:
    def __iadd__(self, o):
        return None
b = Broken()
b += 1
print(b)
