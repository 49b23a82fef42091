# typing aliases as base classes (class M(typing.Mapping[str, int]) was TypeError '_GenericAlias() takes
# no arguments'), their __origin__/__args__/__parameters__, and a generic TypedDict (CPython's test_typing
# imports one: class FooGeneric(TypedDict, Generic[T])).
import typing
T = typing.TypeVar('T')
class M(typing.Mapping[str, int]):
    def __getitem__(self, k): return 1
    def __iter__(self): return iter(['a'])
    def __len__(self): return 1
print(M.__mro__[1], dict(M()), M.__orig_bases__)
class A(typing.Awaitable[T]):
    def __await__(self): yield
print(A.__parameters__, A[int])
class L(typing.List[int]): pass
print(L.__mro__, L([1,2]))
class I(typing.Iterable): 
    def __iter__(self): return iter([1])
print(list(I()), I.__bases__)
print(typing.List[int].__origin__, typing.Mapping[str, int].__args__, typing.Dict[T, int].__parameters__)
class G(typing.Dict[str, T], typing.Generic[T]): pass
print(G.__mro__, G.__parameters__, G[int])
try:
    class U(typing.Union[int, str]): pass
except TypeError as e:
    print(e)
class K(typing.Iterator[int]):
    def __next__(self): raise StopIteration
print(list(K()), K.__mro__)
class FooGeneric(typing.TypedDict, typing.Generic[T]):
    a: T
class Sub(FooGeneric[int]):
    b: str
print(FooGeneric.__parameters__, FooGeneric.__bases__, FooGeneric.__orig_bases__[1])
print(FooGeneric[int], FooGeneric(a=1), type(FooGeneric(a=1)))
print(sorted(FooGeneric.__required_keys__), sorted(Sub.__required_keys__), Sub.__annotations__)
try:
    class Bad(typing.TypedDict, int):
        x: int
except TypeError as e:
    print(e)
