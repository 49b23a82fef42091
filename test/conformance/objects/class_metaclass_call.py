# A metaclass __call__ controls instance creation; class keyword arguments reach the metaclass.
class Counting(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, 'instances', 0) + 1
        return super().__call__(*args, **kwargs)
class Thing(metaclass=Counting, flavour='plain'):
    def __init__(self, v):
        self.v = v
a, b = Thing(1), Thing(2)
print(Thing.instances, Thing.options, a.v + b.v, type(Thing).__name__)
