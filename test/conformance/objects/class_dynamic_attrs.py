# Attributes added to classes after creation are seen by existing instances.
class C:
    pass
c = C()
C.greet = lambda self: 'hello from ' + type(self).__name__
print(c.greet())
def method(self, n):
    return n * 2
C.double = method
print(c.double(21))
setattr(C, 'const', 7)
print(c.const, getattr(c, 'const'))
del C.const
print(hasattr(c, 'const'))
