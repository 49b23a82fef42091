# The types module: the internal types' names, SimpleNamespace, new_class and friends.
import types
import sys

def f():
    pass

class K:
    def m(self):
        pass

def gen():
    yield 1

print(types.FunctionType is type(f), isinstance(lambda: 0, types.LambdaType))
print(isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(gen(), types.GeneratorType), isinstance(sys, types.ModuleType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)), int | str, type(int | str) is types.UnionType)
print(types.CodeType is type(f.__code__), isinstance([].append, types.BuiltinMethodType))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType))
m = types.ModuleType('made')
m.x = 3
print(m.__name__, m.x, m, sorted(m.__dict__), types.ModuleType('d', 'the doc').__doc__)
try:
    types.ModuleType(3)
except TypeError as e:
    print('TypeError:', e)

ns = types.SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, ns == types.SimpleNamespace(b='two', c=[3]), ns != types.SimpleNamespace())
ns.self = ns
print(ns)
class Point(types.SimpleNamespace):
    pass
print(Point(x=1, y=2), type(ns).__name__, types.SimpleNamespace)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', type(e).__name__)

def body(ns):
    ns['greet'] = lambda self: f'hi from {type(self).__name__}'
    ns['n'] = 5
Made = types.new_class('Made', (K,), exec_body=body)
print(Made.__name__, Made.__bases__, Made().greet(), Made.n)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'prepared': kw}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
meta, ns2, kw = types.prepare_class('X', (), {'metaclass': Meta, 'flag': 1})
print(meta is Meta, ns2, kw)
W = types.new_class('W', (), {'metaclass': Meta, 'flag': 2})
print(type(W) is Meta, W.prepared)
class Entry:
    def __mro_entries__(self, bases):
        return (K,)
print(types.resolve_bases((Entry(), int)), types.resolve_bases((int,)))
E = types.new_class('E', (Entry(),))
print(E.__bases__, E.__orig_bases__[0].__class__.__name__)

class Color:
    def __init__(self, v):
        self._v = v
    @types.DynamicClassAttribute
    def value(self):
        return self._v
print(Color(3).value)
try:
    Color.value
except AttributeError:
    print('AttributeError on the class')

import abc, builtins
print(sys, builtins, abc, types.ModuleType("it's"))
import __main__
print(str(__main__).startswith("<module '__main__' from "), __main__.__name__)

def outer():
    a = 1
    def f():
        return a
    return f
print(types.CellType, isinstance(outer().__closure__[0], types.CellType))
