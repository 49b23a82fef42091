# CPython's ast module (on PYTHONPATH) over pyvm's _ast module and compile(PyCF_ONLY_AST): parse,
# dump (with positions), walk, unparse, literal_eval, get_docstring, a NodeTransformer's tree
# compiled and run, trees built by hand and compiled in 'eval' mode, match patterns.
import ast

src = '''
def area(w, h=2, *rest, scale: float = 1.0, **kw) -> float:
    """Area of a rectangle."""
    return w * h * scale

class Shape:
    sides = 4
    def grow(self, by):
        return [by * i for i in range(self.sides) if i % 2 == 0]

total = area(3) + sum(x ** 2 for x in (1, 2, 3))
'''
tree = ast.parse(src)
print(ast.dump(tree.body[0].args))
print([type(n).__name__ for n in ast.walk(tree.body[1])][:8])
print(ast.unparse(tree.body[2]))
print(ast.literal_eval("{'a': [1, 2.5, -3, (True, None)], 'b': b'x', 'c': {1, 2}}"))
try:
    ast.literal_eval('__import__("os")')
except ValueError as e:
    print('ValueError:', str(e).split(' <')[0])
print(ast.get_docstring(tree.body[0]), ast.dump(ast.parse('x', mode='eval')))
print(ast.dump(ast.parse('a if b else c', mode='eval').body, include_attributes=True))


class DoubleConstants(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


new = ast.fix_missing_locations(DoubleConstants().visit(ast.parse('print(1 + 2, "s")')))
exec(compile(new, '<ast>', 'exec'))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))), '<e>', 'eval')))
print(ast.dump(ast.parse('match p:\n case [1, *r] if r: pass').body[0].cases[0].pattern))

