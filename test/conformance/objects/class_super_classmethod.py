# super() inside classmethods and staticmethod access through super.
class A:
    @classmethod
    def create(cls):
        return f'A.create for {cls.__name__}'
    @staticmethod
    def util():
        return 'A.util'
class B(A):
    @classmethod
    def create(cls):
        return 'B>' + super().create()
    def use(self):
        return super().util()
print(B.create(), B().create(), B().use(), A.create())
