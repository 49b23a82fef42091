# Mutable class attributes are shared between instances.
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items, a.items is b.items)
class SafeBag:
    def __init__(self):
        self.items = []
c, d = SafeBag(), SafeBag()
c.items.append(1)
print(c.items, d.items)
