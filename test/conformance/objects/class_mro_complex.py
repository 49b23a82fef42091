# A larger multiple-inheritance graph (the classic C3 example).
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
class Mixin:
    def hello(self):
        return 'mixin hello from ' + type(self).__name__
class Thing(Mixin, dict):
    pass
t = Thing(a=1)
print(t.hello(), t, [k.__name__ for k in Thing.__mro__])
