# callable() on functions, classes, instances, builtins.
class C:
    pass
class D:
    def __call__(self):
        return 'called'
print(callable(len), callable(print), callable(C), callable(C()), callable(D()), callable(D()()))
print(callable(lambda: 0), callable(1), callable('x'), callable(str.upper), callable([].append))
