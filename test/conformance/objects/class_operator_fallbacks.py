# Operators between unrelated user classes: NotImplemented both ways gives TypeError.
class A:
    def __add__(self, o):
        return NotImplemented
    def __eq__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return NotImplemented
try:
    A() + B()
except TypeError as e:
    print(e)
a = A()
print(a == a, A() == A(), A() != A())
try:
    A() < B()
except TypeError as e:
    print(e)
try:
    B() - 1
except TypeError as e:
    print(e)
