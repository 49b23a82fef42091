# A metaclass's __prepare__ namespace that is a dict subclass: the class body's stores and loads go through its __setitem__/__getitem__ (STORE_NAME/LOAD_NAME use the dict directly only for an exact dict).
class D(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return D()
    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=M):
    x = 1
    y = x + 1
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class RM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class Fields(metaclass=RM):
    b = 1
    a = 2
    def m(self): pass
    c = a + b
print(Fields.order, Fields.c)
class Missing(dict):
    def __missing__(self, k):
        return 'missing:' + k
class MM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Missing()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class UsesMissing(metaclass=MM):
    value = undefined_name
print(UsesMissing.value)
