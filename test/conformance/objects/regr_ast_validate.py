# compile() of hand-made trees is checked as CPython does: obj2ast's field types (lists,
# identifiers, ints, the node kinds of each field) and the validator's rules (contexts, empty
# bodies, positions, patterns), each with CPython's exception and message (CPython's test_ast
# ASTValidatorTests; pyvm compiled such trees unchecked or crashed in its compiler).
import _ast as A

P = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)

def at(node):
    # Positions on every node that has them (ast.fix_missing_locations without ast.py).
    if isinstance(node, list):
        for x in node:
            at(x)
        return node
    if not isinstance(node, A.AST):
        return node
    for a in node._attributes:
        if not hasattr(node, a) or getattr(node, a) is None:
            setattr(node, a, P[a])
    for f in node._fields:
        at(getattr(node, f, None))
    return node

def L(n='x'):
    return A.Name(n, A.Load())

def S(n='x'):
    return A.Name(n, A.Store())

def check(label, node, mode='exec'):
    if isinstance(node, A.expr):
        node = A.Module([A.Expr(node)], [])
    elif isinstance(node, A.stmt):
        node = A.Module([node], [])
    at(node)
    try:
        code = compile(node, '<t>', mode)
        print(label, 'compiled')
    except (TypeError, ValueError, OverflowError, RuntimeError) as e:
        print(label, type(e).__name__, str(e).split(' at 0x')[0])

no_args = lambda: A.arguments([], [], None, [], [], None, [])
p = A.Pass

check('module ctx', A.Interactive([A.Expr(S())]), 'single')
check('eval ctx', A.Expression(S()), 'eval')
check('mode', A.Module([], []), 'eval')
check('funcdef body', A.FunctionDef('f', no_args(), [], [], None))
check('funcdef deco', A.FunctionDef('f', no_args(), [p()], [S()], None))
check('defaults', A.FunctionDef('f', A.arguments([], [], None, [], [], None, [A.Constant(3)]), [p()], [], None))
check('kw_defaults', A.Lambda(A.arguments([], [], None, [], [A.Constant(4)], None, []), L()))
check('kw_defaults None', A.Lambda(A.arguments([], [], None, [A.arg('a')], [None], None, []), L()))
check('annotation', A.Lambda(A.arguments([], [A.arg('a', S())], None, [], [], None, []), L()))
check('classdef body', A.ClassDef('C', [], [], [], []))
check('classdef None', A.ClassDef('C', [], [], [None], []))
check('classdef kw', A.ClassDef('C', [], [A.keyword('k', S())], [p()], []))
check('delete empty', A.Delete([]))
check('delete ctx', A.Delete([L()]))
check('assign empty', A.Assign([], A.Constant(3)))
check('assign ctx', A.Assign([L()], A.Constant(3)))
check('assign value', A.Assign([S()], S('y')))
check('annassign simple', A.AnnAssign(A.Attribute(L(), 'a', A.Store()), L('int'), None, 1))
check('for body', A.For(S(), L('y'), [], []))
check('while orelse', A.While(A.Constant(3), [p()], [A.Expr(S())]))
check('if body', A.If(A.Constant(3), [], []))
check('with items', A.With([], [p()]))
check('with vars', A.With([A.withitem(A.Constant(3), L())], [p()]))
check('raise cause', A.Raise(None, A.Constant(3)))
check('try none', A.Try([p()], [], [], []))
check('try orelse', A.Try([p()], [], [p()], [p()]))
check('handler body', A.Try([p()], [A.ExceptHandler(None, 'x', [])], [], []))
check('trystar none', A.TryStar([p()], [], [], []))
check('import empty', A.Import([]))
check('importfrom level', A.ImportFrom(None, [A.alias('x', None)], -42))
check('global empty', A.Global([]))
check('boolop', A.BoolOp(A.And(), [A.Constant(3)]))
check('boolop None', A.BoolOp(A.And(), [A.Constant(4), None]))
check('ifexp', A.IfExp(L(), S(), L()))
check('dict', A.Dict([], [L()]))
check('dict unpack', A.Dict([None], [A.Dict([], [])]))
check('set None', A.Set([None]))
check('listcomp gens', A.ListComp(L(), []))
check('listcomp target', A.ListComp(L(), [A.comprehension(L(), L(), [], 0)]))
check('dictcomp', A.DictComp(S(), L(), [A.comprehension(S(), L(), [], 0)]))
check('yield', A.Yield(S()))
check('compare none', A.Compare(L(), [A.In()], []))
check('compare count', A.Compare(L(), [A.In()], [A.Constant(4), A.Constant(5)]))
check('call None', A.Call(L(), [None], []))
check('constant list', A.Constant([1]))
check('constant nested', A.Constant((1, frozenset({2}), (3, [4]))))
class subint(int):
    pass
check('constant subint', A.Constant(subint()))
check('constant ok', A.Constant((1, 2.5, 3j, 'a', b'b', None, ..., True)))
check('subscript slice', A.Subscript(L(), A.Slice(S(), None, None), A.Load()))
check('starred ctx', A.Assign([A.List([A.Starred(L(), A.Store())], A.Store())], A.Constant(4)))
check('name True', A.Name('True', A.Load()))
check('name type', A.Name(3, A.Load()))
check('named expr', A.NamedExpr(A.Attribute(L(), 'y', A.Load()), A.Constant(1)))
check('binop op', A.BinOp(A.Constant(1), A.Constant(2), A.Constant(3)))
check('unaryop op', A.UnaryOp(A.Add(), A.Constant(3)))
check('ctx None', A.Name('x', None))
check('expr None', A.Expr(None))
check('body not list', A.Module(3, []))
check('stmt in expr', A.Module([A.Expr(A.Pass())], []))
check('expr in body', A.Module([A.Constant(1)], []))
check('identifier', A.FunctionDef(b'f', no_args(), [p()], [], None))
check('kind', A.Constant(1, kind=3))
check('level type', A.ImportFrom('m', [A.alias('y')], 1.0))
check('level big', A.ImportFrom('m', [A.alias('y')], 2 ** 40))
check('arguments missing', A.Lambda(A.arguments(), A.Constant(1)))
check('lineno missing', A.Module([A.Pass(col_offset=0)], []))
check('line range', A.Expr(A.Constant(1), lineno=3, end_lineno=2, col_offset=0, end_col_offset=0))
check('column range', A.Expr(A.Constant(1), lineno=3, end_lineno=3, col_offset=4, end_col_offset=2))
check('negative line', A.Expr(A.Constant(1), lineno=-3, end_lineno=3, col_offset=4, end_col_offset=2))

def case(pat):
    return A.Match(L(), [A.match_case(pat, None, [p()])])
check('match empty', A.Match(L(), []))
check('match value', case(A.MatchValue(L())))
check('match const', case(A.MatchValue(A.Constant(None))))
check('match singleton', case(A.MatchSingleton(4)))
check('match star', case(A.MatchStar('a')))
check('match star ok', case(A.MatchSequence([A.MatchStar('a')])))
check('match capture _', case(A.MatchAs(None, '_')))
check('match as', case(A.MatchAs(A.MatchAs(None, 'a'), None)))
check('match or', case(A.MatchOr([A.MatchAs(None, 'a')])))
check('match mapping', case(A.MatchMapping([A.Constant(1)], [], None)))
check('match mapping keys', case(A.MatchMapping([A.Constant(True)], [A.MatchAs(None, 'a')], 'r')))
check('match class', case(A.MatchClass(A.Constant(1), [], [], [])))
check('match class kw', case(A.MatchClass(L('C'), [], ['a'], [])))
check('match_case None', A.Match(L(), [A.match_case(None, None, [p()])]))

# Subclasses of the node classes compile as their base node.
class MyName(A.Name):
    pass
class MyAdd(A.Add):
    pass
print(eval(compile(at(A.Expression(A.BinOp(MyName('v', A.Load()), MyAdd(), A.Constant(2)))), '<e>', 'eval'), {'v': 40}))
