# A simple metaclass that records classes and adds an attribute.
class Meta(type):
    created = []
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        Meta.created.append(name)
        return cls
class Base(metaclass=Meta):
    pass
class Child(Base):
    pass
print(Meta.created, Base.tag, Child.tag, type(Child).__name__, isinstance(Child, Meta))
