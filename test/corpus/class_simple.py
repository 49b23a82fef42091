class A:
    pass
class B(A):
    pass
class C(A, B):
    x = 1
    def m(self):
        return self.x
class D(): pass
