# collections.abc's Generator mixins: __next__ through send(), throw() raising what it is given, close() through throw(GeneratorExit).
from collections.abc import Generator, Coroutine
class G(Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
g = G()
print(list(g))
g2 = G()
print(next(g2))
g2.close()
try:
    G().throw(ValueError, ValueError('x'))
except ValueError as e:
    print('ValueError', e)
try:
    G().throw(KeyError)
except KeyError as e:
    print('KeyError', repr(e))
class Stubborn(Generator):
    def send(self, v): return 1
    def throw(self, *a): return 2
try:
    Stubborn().close()
except RuntimeError as e:
    print('RuntimeError:', e)
