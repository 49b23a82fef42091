# compile() of hand-made trees that break the parser's guarantees: an abstract node class
# (obj2ast's TypeError) and a BoolOp without its values (CPython's validator: ValueError; pyvm's
# compiler failed with a JS error, a crash of pyvm, in CPython's test_ast).
import _ast

pos = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
m = _ast.Module([_ast.Expr(_ast.expr(**pos), **pos)], [])
try:
    compile(m, '<test>', 'exec')
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])

for values in ([], [_ast.Constant(3, **pos), None]):
    m = _ast.Module([_ast.Expr(_ast.BoolOp(_ast.And(), values, **pos), **pos)], [])
    try:
        compile(m, '<test>', 'exec')
        print('compiled')
    except ValueError:
        print('ValueError')
m = _ast.Module([_ast.Expr(_ast.BoolOp(_ast.Or(), [_ast.Constant(0, **pos), _ast.Constant(5, **pos)], **pos), **pos)], [])
ns = {}
exec(compile(_ast.Expression(_ast.BoolOp(_ast.Or(), [_ast.Constant(0, **pos), _ast.Constant(5, **pos)], **pos)), '<e>', 'eval'), ns)
print(eval(compile(_ast.Expression(_ast.BoolOp(_ast.Or(), [_ast.Constant(0, **pos), _ast.Constant(5, **pos)], **pos)), '<e>', 'eval')))
