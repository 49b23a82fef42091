# A property in a subclass extending the parent's property through super().
class Base:
    @property
    def name(self):
        return 'base'
    def describe(self):
        return f'I am {self.name}'
class Child(Base):
    @property
    def name(self):
        return 'child of ' + super().name
class Grand(Child):
    @property
    def name(self):
        return super().name.upper()
for o in (Base(), Child(), Grand()):
    print(o.name, '|', o.describe())
