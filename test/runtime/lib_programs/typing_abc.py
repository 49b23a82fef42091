from typing import List, Dict, Optional, Tuple, Callable, TypeVar, Generic, Any, Union
from abc import ABC, abstractmethod
T = TypeVar('T')
print(List[int], Dict[str, int], Optional[int], Tuple[int, ...], Union[int, str], Any, T)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack(); s.push(1); print(s.items)
def f(a: int, b: Optional[str] = None) -> Dict[str, int]:
    return {}
print(f(1))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return 'sq'
print(Sq(3).area())
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
