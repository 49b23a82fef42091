# The _ast node classes as CPython defines them: a sum type's constructors are its subclasses
# in the ASDL's order (CPython's test_ast_asdl_signature builds expr's docstring from them), and
# AST's __new__ takes the constructor's arguments (a subclass passing them on to __new__, as
# ast.Num's does, is no error; CPython's test_subclasses).
import _ast

print([c.__name__ for c in _ast.expr.__subclasses__()][:6])
print([c.__name__ for c in _ast.stmt.__subclasses__()][:6])
print([c.__name__ for c in _ast.cmpop.__subclasses__()])
print([c.__name__ for c in _ast.mod.__subclasses__()])
doc = [f"     | {c.__doc__}" for c in _ast.expr.__subclasses__()]
doc[0] = f"expr = {_ast.expr.__subclasses__()[0].__doc__}"
print(sorted(_ast.expr.__doc__.split("\n")) == sorted(doc))

class Num(_ast.Constant):
    _fields = ('n',)
    def __new__(cls, *args, **kwargs):
        return _ast.Constant.__new__(cls, *args, **kwargs)

class N(Num):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.z = 'spam'

n = N(42)
print(n.n, n.z, type(n).__name__)
n = N(n=43)
print(n.n, type(n).__name__)
x = _ast.AST.__new__(_ast.Name, 1, 2, k=3)
print(type(x).__name__, vars(x))
