# Cooperative __init__ with **kwargs through a diamond.
class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        print('Named', name)
        super().__init__(**kw)
class Sized(Base):
    def __init__(self, size, **kw):
        self.size = size
        print('Sized', size)
        super().__init__(**kw)
class Item(Named, Sized):
    def __init__(self, **kw):
        print('Item')
        super().__init__(**kw)
i = Item(name='box', size=3, extra=1)
print(i.name, i.size, [c.__name__ for c in Item.__mro__])
