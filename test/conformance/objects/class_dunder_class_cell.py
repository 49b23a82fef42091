# __class__ inside methods (the implicit cell that super() uses) and type(self) versus __class__.
class Base:
    def who(self):
        return __class__.__name__, type(self).__name__
class Derived(Base):
    def who(self):
        return ('D', __class__.__name__) + super().who()
print(Base().who(), Derived().who())
print(Derived().__class__.__name__, Derived.__class__.__name__)
