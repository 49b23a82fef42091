class A(metaclass=M):
    pass
class B(A, metaclass=M, extra=1):
    pass
class C(*bases, **kw):
    pass
