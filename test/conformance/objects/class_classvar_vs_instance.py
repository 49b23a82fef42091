# Class variables shadowed by instance variables; class attribute lookup through MRO.
class A:
    x = 'A.x'
    y = 'A.y'
class B(A):
    y = 'B.y'
b = B()
print(b.x, b.y, B.x, B.y)
b.x = 'b.x'
print(b.x, A.x, B.x)
A.x = 'A.x changed'
print(B.x, b.x)
del b.x
print(b.x)
B.z = 'B.z'
print(b.z, hasattr(A, 'z'))
