# __dict__ of instances and classes, attribute lookup order.
class A:
    x = 1
    def m(self):
        return 'm'
a = A()
print(a.__dict__, 'x' in A.__dict__, 'm' in A.__dict__)
a.x = 2
a.y = 3
print(a.__dict__, a.x, A.x)
del a.x
print(a.x, a.__dict__)
a.__dict__['z'] = 9
print(a.z, sorted(vars(a)))
