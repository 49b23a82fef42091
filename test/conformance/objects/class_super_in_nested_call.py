# super() works in methods that call other methods, in __init__ of deep chains, and through classmethods.
class A:
    def __init__(self):
        self.trail = ['A']
    def step(self):
        return 'A.step'
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append('B')
    def step(self):
        return 'B>' + super().step()
class C(B):
    def __init__(self):
        super().__init__()
        self.trail.append('C')
    def step(self):
        parts = [super().step() for _ in range(2)]
        return ' | '.join(parts)
c = C()
print(c.trail, c.step())
