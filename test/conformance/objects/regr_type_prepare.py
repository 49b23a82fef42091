# type.__prepare__ exists (a classmethod returning a new dict): a metaclass's __prepare__ calls super().__prepare__()
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = super().__prepare__(name, bases, **kw)
        d['injected'] = (name, type(d).__name__, len(d))
        return d
class C(metaclass=M):
    pass
print(C.injected, type.__prepare__('X', (), a=1), type.__prepare__(), type(type.__dict__['__prepare__']).__name__)
class D(C):
    pass
print(D.injected)
import types
print(types.prepare_class('E', (), {'metaclass': M})[1])
print(types.new_class('F', (C,)).injected)
