# compile(..., PyCF_ONLY_AST) gives trees of the _ast module's classes (CPython's names, fields,
# positions, __module__ 'ast'); compile() of such a tree (exec, eval, single) runs it; the AST base
# class's constructor and __reduce__; obj2ast's errors for a wrong kind or a missing position.
import _ast
t = compile('x = 1 + 2\nprint(x)', '<s>', 'exec', _ast.PyCF_ONLY_AST)
print(type(t).__name__, type(t).__module__, [type(s).__name__ for s in t.body], t.body[0].targets[0].id, type(t.body[0].value.op).__name__)
print(t.body[0].lineno, t.body[0].end_col_offset, t.body[0].value.left.value, t.body[0].__dict__.keys())
exec(compile(t, '<s>', 'exec'))
e = compile('a * 2', '<e>', 'eval', _ast.PyCF_ONLY_AST)
print(type(e).__name__, eval(compile(e, '<e>', 'eval'), {'a': 21}))
n = _ast.Name('x', _ast.Load())
print(n.id, type(n.ctx).__name__, _ast.Name._fields, _ast.Name.__match_args__, _ast.Constant.kind, n.__reduce__()[1], sorted(n.__reduce__()[2]))
print(_ast.Load().__reduce__(), _ast.Add.__mro__, _ast.Module.__doc__, _ast.PyCF_ONLY_AST, _ast.expr._attributes)
print(type(compile('x = 1', '<s>', 'single', _ast.PyCF_ONLY_AST)).__name__, type(compile('-1', '<e>', 'eval', 0x400).body).__name__)
exec(compile(compile('print("single", 1 + 1)', '<i>', 'single', 0x400), '<i>', 'single'))
try:
    compile('x = (', '<bad>', 'exec', _ast.PyCF_ONLY_AST)
except SyntaxError as err:
    print('SyntaxError:', err.msg, err.lineno)
try:
    _ast.Name(1, 2, 3)
except TypeError as err:
    print(err)
try:
    compile(t, '<s>', 'eval')
except TypeError as err:
    print(err)
m = _ast.Module([_ast.Expr(_ast.Constant(5))], [])
try:
    compile(m, '<m>', 'exec')
except TypeError as err:
    print(err)
