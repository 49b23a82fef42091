# super() without and with arguments.
class Base:
    def __init__(self, v):
        self.v = v
        print('Base init', v)
    def show(self):
        return 'Base.show'
class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        print('Mid init')
    def show(self):
        return 'Mid>' + super().show()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(5)
    def show(self):
        return 'Leaf>' + super(Leaf, self).show()
l = Leaf()
print(l.v, l.show())
print(super(Mid, l).show())
