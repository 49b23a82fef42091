# An inconsistent hierarchy raises TypeError at class creation.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
print([k.__name__ for k in A.__mro__], [k.__name__ for k in B.__mro__])
try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)
class D(X, X):
    pass
