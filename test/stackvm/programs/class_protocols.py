class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    def __lt__(self, o):
        return self._c < o._c
    def __repr__(self):
        return f'Temp({self._c:.1f})'
ts = [Temp(30), Temp(-5), Temp(12)]
ts[0].f = 212
print(sorted(ts), max(ts), ts[1].f)
class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items[::-1])
    def push(self, x):
        self.items.append(x)
        return self
s = Stack().push(1).push(2).push(3)
print(len(s), 2 in s, 9 in s, list(s), bool(Stack()))
class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, start=0):
        self.n = start
    def __call__(self):
        self.n += 1
        return self.n
c = Counter(5)
print(c(), c(), Counter.instances, Counter().n, Counter.instances)
