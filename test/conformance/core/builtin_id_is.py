# id is stable for one object and differs between live objects; is vs ==.
a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), a == b, a is b, a is not b)
c = a
print(id(c) == id(a), type(id(a)).__name__)
print(None is None, (a is c) and (a == b))
