# functools.total_ordering's derived methods call type(self)'s root method, so they work on a
# metaclass (bpo-44605), and on classes whose instances shadow the method name.
import functools

@functools.total_ordering
class SortableMeta(type):
    def __new__(cls, name, bases, ns):
        return super().__new__(cls, name, bases, ns)
    def __lt__(self, other):
        return self.__name__ < other.__name__
    def __eq__(self, other):
        return self.__name__ == other.__name__
    __hash__ = type.__hash__

class B(metaclass=SortableMeta):
    pass

class A(metaclass=SortableMeta):
    pass

print(A < B, A > B, A <= B, A >= B, B >= A, A <= A)

@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
        self.__lt__ = None
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v

print(V(1) > V(2), V(3) >= V(2), V(2) <= V(2))
