# __eq__ returning NotImplemented falls back to identity; reflection order.
class A:
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
    def __lt__(self, o):
        print('A.__lt__')
        return NotImplemented
class B:
    def __gt__(self, o):
        print('B.__gt__')
        return True
a = A()
print(a == a, a == A(), a != A())
print(a < B())
