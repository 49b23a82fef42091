# Defining __eq__ in a subclass removes the inherited __hash__.
class A:
    pass
class B(A):
    def __eq__(self, o):
        return True
class C(B):
    __hash__ = A.__hash__
print(A.__hash__ is not None, B.__hash__, C.__hash__ is not None)
print(hash(C()) == hash(C()) or True, B() == 5)
try:
    hash(B())
except TypeError as e:
    print(e)
{C(): 1}
{B(): 1}
