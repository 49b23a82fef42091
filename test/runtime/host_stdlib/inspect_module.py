# CPython's inspect (on PYTHONPATH) on pyvm: it imports importlib.machinery (pyvm's importlib),
# ast (pyvm's _ast), dis, linecache and tokenize; signatures, binding, predicates, source lines.
import inspect, ast
def area(w, h=2, *rest, scale: float = 1.0, **kw) -> float:
    """Area of a rectangle."""
    return w * h * scale
sig = inspect.signature(area)
print(sig, list(sig.parameters), sig.parameters['scale'].kind, sig.return_annotation)
print(sig.bind(1, 2, 3, scale=2).arguments)
print(inspect.isfunction(area), inspect.isclass(ast.AST), inspect.getdoc(area), inspect.isgeneratorfunction(area))
print(inspect.getsource(area).splitlines()[0])
print(ast.get_docstring(ast.parse(inspect.getsource(area)).body[0]))
class K:
    def m(self, a, *, b=1): pass
    @property
    def p(self): return 1
print(inspect.signature(K.m), inspect.signature(K().m), [n for n, _ in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getmodule(area).__name__, inspect.getfile(area).endswith('inspect_module.py'), inspect.getsourcelines(K.m)[1])
