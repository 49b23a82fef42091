// compile() of a tree of `_ast` objects, as CPython does it: the objects become the parser's
// nodes field by field with the checks of Python/Python-ast.c's obj2ast_* functions (each
// field's ASDL type: a list, an identifier, an int, a node of a sum type, ...), then the tree is
// checked by Python/ast.c's validator (_PyAST_Validate: expression contexts, empty bodies,
// positions, patterns) before the compiler sees it. Messages are CPython 3.11's.
//
// The ASDL below is Parser/Python.asdl's (3.11), written as the field lists of each constructor.

import { PyObject, None, PyTuple, PyFrozenSet, Ellipsis } from './object';
import { PyType } from './type';
import { typeOf, intType, boolType, floatType, complexType, strType, bytesType, tupleType, frozensetType, isInstance } from './types';
import { PyList } from './containers';
import { getAttr, getAttrOpt } from './attr';
import { raiseTypeError, raiseValueError, raiseRuntimeError } from './exceptions';
import { asCInt } from './lib_args';
import { toArray, repr } from './ops';

const POS = 'int lineno, int col_offset, int? end_lineno, int? end_col_offset';

/** The sum types: constructors with their fields, and the attributes they share. */
const SUMS: Record<string, [string, string]> = {
  mod: ['Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) | FunctionType(expr* argtypes, expr returns)', ''],
  stmt: [
    'FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)' +
      ' | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)' +
      ' | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)' +
      ' | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment)' +
      ' | AugAssign(expr target, operator op, expr value) | AnnAssign(expr target, expr annotation, expr? value, int simple)' +
      ' | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)' +
      ' | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)' +
      ' | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)' +
      ' | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, string? type_comment)' +
      ' | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause)' +
      ' | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)' +
      ' | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)' +
      ' | Assert(expr test, expr? msg) | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level)' +
      ' | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue',
    POS,
  ],
  expr: [
    'BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, operator op, expr right)' +
      ' | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse)' +
      ' | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators)' +
      ' | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators)' +
      ' | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value)' +
      ' | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords)' +
      ' | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values)' +
      ' | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx)' +
      ' | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx)' +
      ' | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx)' +
      ' | Slice(expr? lower, expr? upper, expr? step)',
    POS,
  ],
  expr_context: ['Load | Store | Del', ''],
  boolop: ['And | Or', ''],
  operator: ['Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv', ''],
  unaryop: ['Invert | Not | UAdd | USub', ''],
  cmpop: ['Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn', ''],
  excepthandler: ['ExceptHandler(expr? type, identifier? name, stmt* body)', POS],
  pattern: [
    'MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns)' +
      ' | MatchMapping(expr* keys, pattern* patterns, identifier? rest)' +
      ' | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)' +
      ' | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns)',
    'int lineno, int col_offset, int end_lineno, int end_col_offset',
  ],
  type_ignore: ['TypeIgnore(int lineno, string tag)', ''],
};

/** The product types: their fields and attributes. */
const PRODUCTS: Record<string, [string, string]> = {
  comprehension: ['expr target, expr iter, expr* ifs, int is_async', ''],
  arguments: ['arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults', ''],
  arg: ['identifier arg, expr? annotation, string? type_comment', POS],
  keyword: ['identifier? arg, expr value', POS],
  alias: ['identifier name, identifier? asname', POS],
  withitem: ['expr context_expr, expr? optional_vars', ''],
  match_case: ['pattern pattern, expr? guard, stmt* body', ''],
};

type Field = { name: string; type: string; seq: boolean; opt: boolean };

function parseFields(s: string): Field[] {
  if (s.trim() === '') return [];
  return s.split(',').map((f) => {
    const [t, name] = f.trim().split(/\s+/);
    const seq = t.endsWith('*');
    const opt = t.endsWith('?');
    return { name, type: seq || opt ? t.slice(0, -1) : t, seq, opt };
  });
}

type Ctor = { name: string; fields: Field[] };
type Sum = { name: string; ctors: Ctor[]; attrs: Field[]; simple: boolean };

let sums: Map<string, Sum> | undefined;
let products: Map<string, { fields: Field[]; attrs: Field[] }> | undefined;

function tables(): [Map<string, Sum>, Map<string, { fields: Field[]; attrs: Field[] }>] {
  if (sums === undefined || products === undefined) {
    sums = new Map();
    for (const [name, [ctors, attrs]] of Object.entries(SUMS)) {
      const cs = ctors.split('|').map((c) => {
        const m = /^\s*(\w+)(?:\((.*)\))?\s*$/.exec(c)!;
        return { name: m[1], fields: parseFields(m[2] ?? '') };
      });
      sums.set(name, { name, ctors: cs, attrs: parseFields(attrs), simple: cs.every((c) => c.fields.length === 0) && attrs === '' });
    }
    products = new Map();
    for (const [name, [fields, attrs]] of Object.entries(PRODUCTS)) products.set(name, { fields: parseFields(fields), attrs: parseFields(attrs) });
  }
  return [sums, products];
}

type Node = { _type: string; [field: string]: unknown };

/** obj2ast: the parser's node for an `_ast` object of the ASDL type `type`. */
class Obj2Ast {
  private classes = new Map<string, PyType>();
  constructor(private mod: PyObject) {}

  private cls(name: string): PyType {
    let c = this.classes.get(name);
    if (c === undefined) {
      c = getAttr(this.mod, name) as PyType;
      this.classes.set(name, c);
    }
    return c;
  }

  /** One value of an ASDL type (not a list); null for a None where CPython stores NULL. */
  value(v: PyObject, type: string): unknown {
    switch (type) {
      case 'identifier':
        if (v === None) return null;
        if (typeOf(v) !== strType) raiseTypeError('AST identifier must be of type str');
        return v;
      case 'string':
        if (v === None) return null;
        if (typeOf(v) !== strType && typeOf(v) !== bytesType) raiseTypeError('AST string must be of type str');
        return v;
      case 'int':
        if (!isInstance(v, intType)) raiseValueError(`invalid integer value: ${repr(v)}`);
        return asCInt(v);
      case 'constant':
        return v;
    }
    const [ss, ps] = tables();
    const sum = ss.get(type);
    if (sum !== undefined) return this.sumValue(v, sum);
    const prod = ps.get(type)!;
    const node: Node = { _type: type };
    this.fields(v, node, prod.fields, type);
    this.fields(v, node, prod.attrs, type);
    this.required(node, prod.fields, type);
    return node;
  }

  private sumValue(v: PyObject, sum: Sum): unknown {
    if (v === None && !sum.simple) return null;
    const t = typeOf(v);
    const ctor = sum.ctors.find((c) => {
      const k = this.cls(c.name);
      return t === k || t.isSubtypeOf(k);
    });
    if (ctor === undefined) raiseTypeError(`expected some sort of ${sum.name}, but got ${repr(v)}`);
    const node: Node = { _type: ctor.name };
    if (sum.simple) return node;
    // The shared attributes first, then the constructor's fields (obj2ast_stmt's order).
    this.fields(v, node, sum.attrs, sum.name);
    this.fields(v, node, ctor.fields, ctor.name);
    this.required(node, ctor.fields, ctor.name);
    return node;
  }

  private fields(v: PyObject, node: Node, fields: Field[], owner: string): void {
    for (const f of fields) {
      const x = getAttrOpt(v, f.name);
      if (f.seq) {
        if (x === undefined) raiseTypeError(`required field "${f.name}" missing from ${owner}`);
        if (!(x instanceof PyList)) raiseTypeError(`${owner} field "${f.name}" must be a list, not a ${typeOf(x).name}`);
        const n = x.items.length;
        const out: unknown[] = [];
        for (let i = 0; i < n; i++) {
          out.push(this.value(x.items[i], f.type));
          if (x.items.length !== n) raiseRuntimeError(`${owner} field "${f.name}" changed size during iteration`);
        }
        node[f.name] = out;
      } else if (x === undefined || (f.opt && x === None)) {
        if (!f.opt) raiseTypeError(`required field "${f.name}" missing from ${owner}`);
        // An absent end position is the start's (obj2ast's default).
        node[f.name] = f.name === 'end_lineno' ? node.lineno : f.name === 'end_col_offset' ? node.col_offset : null;
      } else {
        node[f.name] = this.value(x, f.type);
      }
    }
  }

  /** A required field given as None (the constructor's "field 'x' is required for X"). */
  private required(node: Node, fields: Field[], owner: string): void {
    for (const f of fields) {
      if (!f.opt && !f.seq && node[f.name] === null) raiseValueError(`field '${f.name}' is required for ${owner}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The validator (Python/ast.c).

type Ctx = 'Load' | 'Store' | 'Del';

function nonEmpty(seq: unknown[], what: string, owner: string): void {
  if (seq.length === 0) raiseValueError(`empty ${what} on ${owner}`);
}

function positions(n: Node): void {
  const l = n.lineno as number;
  const el = n.end_lineno as number;
  const c = n.col_offset as number;
  const ec = n.end_col_offset as number;
  if (l > el) raiseValueError(`AST node line range (${l}, ${el}) is not valid`);
  if ((l < 0 && el !== l) || (c < 0 && c !== ec)) raiseValueError(`AST node column range (${c}, ${ec}) for line range (${l}, ${el}) is not valid`);
  if (l === el && c > ec) raiseValueError(`line ${l}, column ${c}-${ec} is not a valid range`);
}

function validateName(name: unknown): void {
  for (const f of ['None', 'True', 'False']) {
    if (name === f) raiseValueError(`identifier field can't represent '${f}' constant`);
  }
}

function validateCapture(name: unknown): void {
  if (name === '_') raiseValueError("can't capture name '_' in patterns");
  validateName(name);
}

function stmts(seq: unknown[]): void {
  for (const s of seq) {
    if (s === null) raiseValueError('None disallowed in statement list');
    stmt(s as Node);
  }
}

function body(seq: unknown[], owner: string): void {
  nonEmpty(seq, 'body', owner);
  stmts(seq);
}

function exprs(seq: unknown[], ctx: Ctx, nullOk = false): void {
  for (const e of seq) {
    if (e === null) {
      if (!nullOk) raiseValueError('None disallowed in expression list');
      continue;
    }
    expr(e as Node, ctx);
  }
}

function optExpr(e: unknown): void {
  if (e !== null) expr(e as Node, 'Load');
}

function product(n: unknown, what: string): Node {
  // A None in a list of product nodes (CPython stores NULL there and crashes reading it).
  if (n === null) raiseValueError(`None disallowed in ${what} list`);
  return n as Node;
}

function keywords(seq: unknown[]): void {
  for (const k of seq) expr(product(k, 'keyword').value as Node, 'Load');
}

function args(seq: unknown[]): void {
  for (const a of seq) optExpr(product(a, 'arg').annotation);
}

function argumentsNode(a: Node): void {
  args(a.posonlyargs as unknown[]);
  args(a.args as unknown[]);
  if (a.vararg !== null) optExpr((a.vararg as Node).annotation);
  args(a.kwonlyargs as unknown[]);
  if (a.kwarg !== null) optExpr((a.kwarg as Node).annotation);
  const defaults = a.defaults as unknown[];
  if (defaults.length > (a.posonlyargs as unknown[]).length + (a.args as unknown[]).length) {
    raiseValueError('more positional defaults than args on arguments');
  }
  const kwDefaults = a.kw_defaults as unknown[];
  if (kwDefaults.length !== (a.kwonlyargs as unknown[]).length) raiseValueError('length of kwonlyargs is not the same as kw_defaults on arguments');
  exprs(defaults, 'Load');
  exprs(kwDefaults, 'Load', true);
}

function comprehension(gens: unknown[]): void {
  if (gens.length === 0) raiseValueError('comprehension with no generators');
  for (const g of gens) {
    const c = product(g, 'comprehension');
    expr(c.target as Node, 'Store');
    expr(c.iter as Node, 'Load');
    exprs(c.ifs as unknown[], 'Load');
  }
}

/** The first value in a Constant's value that no constant can be (a list in a tuple), if any. */
function invalidConstant(v: PyObject): PyObject | undefined {
  if (v === None || v === Ellipsis) return undefined;
  const t = typeOf(v);
  if (t === intType || t === floatType || t === complexType || t === boolType || t === strType || t === bytesType) return undefined;
  if (t === tupleType || t === frozensetType) {
    for (const x of t === tupleType ? (v as PyTuple).items : toArray(v as PyFrozenSet)) {
      const bad = invalidConstant(x);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  return v;
}

const CTX_NODES = new Set(['Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple']);

function expr(e: Node, ctx: Ctx): void {
  positions(e);
  const k = e._type;
  if (CTX_NODES.has(k)) {
    if (k === 'Name') validateName(e.id);
    const actual = (e.ctx as Node)._type;
    if (actual !== ctx) raiseValueError(`expression must have ${ctx} context but has ${actual} instead`);
  } else if (ctx !== 'Load') {
    raiseValueError(`expression which can't be assigned to in ${ctx} context`);
  }
  switch (k) {
    case 'BoolOp':
      if ((e.values as unknown[]).length < 2) raiseValueError('BoolOp with less than 2 values');
      exprs(e.values as unknown[], 'Load');
      return;
    case 'BinOp':
      expr(e.left as Node, 'Load');
      expr(e.right as Node, 'Load');
      return;
    case 'UnaryOp':
      expr(e.operand as Node, 'Load');
      return;
    case 'Lambda':
      argumentsNode(e.args as Node);
      expr(e.body as Node, 'Load');
      return;
    case 'IfExp':
      expr(e.test as Node, 'Load');
      expr(e.body as Node, 'Load');
      expr(e.orelse as Node, 'Load');
      return;
    case 'Dict':
      if ((e.keys as unknown[]).length !== (e.values as unknown[]).length) raiseValueError("Dict doesn't have the same number of keys as values");
      // A None key is a `**mapping` entry.
      exprs(e.keys as unknown[], 'Load', true);
      exprs(e.values as unknown[], 'Load');
      return;
    case 'Set':
      exprs(e.elts as unknown[], 'Load');
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      comprehension(e.generators as unknown[]);
      expr(e.elt as Node, 'Load');
      return;
    case 'DictComp':
      comprehension(e.generators as unknown[]);
      expr(e.key as Node, 'Load');
      expr(e.value as Node, 'Load');
      return;
    case 'Yield':
      optExpr(e.value);
      return;
    case 'YieldFrom':
    case 'Await':
    case 'Attribute':
      expr(e.value as Node, 'Load');
      return;
    case 'Compare':
      if ((e.comparators as unknown[]).length === 0) raiseValueError('Compare with no comparators');
      if ((e.comparators as unknown[]).length !== (e.ops as unknown[]).length) raiseValueError('Compare has a different number of comparators and operands');
      exprs(e.comparators as unknown[], 'Load');
      expr(e.left as Node, 'Load');
      return;
    case 'Call':
      expr(e.func as Node, 'Load');
      exprs(e.args as unknown[], 'Load');
      keywords(e.keywords as unknown[]);
      return;
    case 'Constant': {
      const bad = invalidConstant(e.value as PyObject);
      if (bad !== undefined) raiseTypeError(`got an invalid type in Constant: ${typeOf(bad).name}`);
      return;
    }
    case 'JoinedStr':
      exprs(e.values as unknown[], 'Load');
      return;
    case 'FormattedValue':
      expr(e.value as Node, 'Load');
      optExpr(e.format_spec);
      return;
    case 'Subscript':
      expr(e.slice as Node, 'Load');
      expr(e.value as Node, 'Load');
      return;
    case 'Starred':
      expr(e.value as Node, ctx);
      return;
    case 'Slice':
      optExpr(e.lower);
      optExpr(e.upper);
      optExpr(e.step);
      return;
    case 'List':
    case 'Tuple':
      exprs(e.elts as unknown[], ctx);
      return;
    case 'NamedExpr':
      if ((e.target as Node)._type !== 'Name') raiseTypeError('NamedExpr target must be a Name');
      expr(e.value as Node, 'Load');
      return;
  }
}

function assignList(targets: unknown[], ctx: Ctx): void {
  nonEmpty(targets, 'targets', ctx === 'Del' ? 'Delete' : 'Assign');
  exprs(targets, ctx);
}

function tryStmt(s: Node, owner: string): void {
  body(s.body as unknown[], owner);
  const handlers = s.handlers as unknown[];
  const orelse = s.orelse as unknown[];
  const finalbody = s.finalbody as unknown[];
  if (handlers.length === 0 && finalbody.length === 0) raiseValueError(`${owner} has neither except handlers nor finalbody`);
  if (handlers.length === 0 && orelse.length !== 0) raiseValueError(`${owner} has orelse but no except handlers`);
  for (const h of handlers) {
    const handler = product(h, 'excepthandler');
    positions(handler);
    optExpr(handler.type);
    body(handler.body as unknown[], 'ExceptHandler');
  }
  stmts(finalbody);
  stmts(orelse);
}

function stmt(s: Node): void {
  positions(s);
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      body(s.body as unknown[], s._type);
      argumentsNode(s.args as Node);
      exprs(s.decorator_list as unknown[], 'Load');
      optExpr(s.returns);
      return;
    case 'ClassDef':
      body(s.body as unknown[], 'ClassDef');
      exprs(s.bases as unknown[], 'Load');
      keywords(s.keywords as unknown[]);
      exprs(s.decorator_list as unknown[], 'Load');
      return;
    case 'Return':
      optExpr(s.value);
      return;
    case 'Delete':
      assignList(s.targets as unknown[], 'Del');
      return;
    case 'Assign':
      assignList(s.targets as unknown[], 'Store');
      expr(s.value as Node, 'Load');
      return;
    case 'AugAssign':
      expr(s.target as Node, 'Store');
      expr(s.value as Node, 'Load');
      return;
    case 'AnnAssign':
      if (s.simple && (s.target as Node)._type !== 'Name') raiseTypeError('AnnAssign with simple non-Name target');
      expr(s.target as Node, 'Store');
      optExpr(s.value);
      expr(s.annotation as Node, 'Load');
      return;
    case 'For':
    case 'AsyncFor':
      expr(s.target as Node, 'Store');
      expr(s.iter as Node, 'Load');
      body(s.body as unknown[], s._type);
      stmts(s.orelse as unknown[]);
      return;
    case 'While':
    case 'If':
      expr(s.test as Node, 'Load');
      body(s.body as unknown[], s._type);
      stmts(s.orelse as unknown[]);
      return;
    case 'With':
    case 'AsyncWith':
      nonEmpty(s.items as unknown[], 'items', s._type);
      for (const i of s.items as unknown[]) {
        const item = product(i, 'withitem');
        expr(item.context_expr as Node, 'Load');
        if (item.optional_vars !== null) expr(item.optional_vars as Node, 'Store');
      }
      body(s.body as unknown[], s._type);
      return;
    case 'Match':
      expr(s.subject as Node, 'Load');
      nonEmpty(s.cases as unknown[], 'cases', 'Match');
      for (const c of s.cases as unknown[]) {
        const m = product(c, 'match_case');
        pattern(m.pattern as Node, false);
        optExpr(m.guard);
        body(m.body as unknown[], 'match_case');
      }
      return;
    case 'Raise':
      if (s.exc !== null) {
        expr(s.exc as Node, 'Load');
        optExpr(s.cause);
      } else if (s.cause !== null) {
        raiseValueError('Raise with cause but no exception');
      }
      return;
    case 'Try':
    case 'TryStar':
      tryStmt(s, s._type);
      return;
    case 'Assert':
      expr(s.test as Node, 'Load');
      optExpr(s.msg);
      return;
    case 'Import':
      nonEmpty(s.names as unknown[], 'names', 'Import');
      return;
    case 'ImportFrom':
      if ((s.level as number | null) !== null && (s.level as number) < 0) raiseValueError('Negative ImportFrom level');
      nonEmpty(s.names as unknown[], 'names', 'ImportFrom');
      return;
    case 'Global':
    case 'Nonlocal':
      nonEmpty(s.names as unknown[], 'names', s._type);
      return;
    case 'Expr':
      expr(s.value as Node, 'Load');
      return;
  }
}

function matchValue(e: Node): void {
  expr(e, 'Load');
  switch (e._type) {
    case 'Constant': {
      const t = typeOf(e.value as PyObject);
      if (t === intType || t === floatType || t === bytesType || t === complexType || t === strType) return;
      raiseValueError('unexpected constant inside of a literal pattern');
    }
    // eslint-disable-next-line no-fallthrough
    case 'Attribute':
    case 'JoinedStr':
      return;
    case 'UnaryOp':
      if ((e.op as Node)._type === 'USub') return;
      break;
    case 'BinOp':
      if ((e.op as Node)._type === 'Add' || (e.op as Node)._type === 'Sub') return;
      break;
  }
  raiseValueError('patterns may only match literals and attribute lookups');
}

function patterns(seq: unknown[], starOk: boolean): void {
  for (const p of seq) pattern(product(p, 'pattern'), starOk);
}

function pattern(p: Node, starOk: boolean): void {
  positions(p);
  switch (p._type) {
    case 'MatchValue':
      matchValue(p.value as Node);
      return;
    case 'MatchSingleton': {
      const v = p.value as PyObject;
      if (v !== None && typeOf(v) !== boolType) raiseValueError('MatchSingleton can only contain True, False and None');
      return;
    }
    case 'MatchSequence':
      patterns(p.patterns as unknown[], true);
      return;
    case 'MatchMapping': {
      const keys = p.keys as unknown[];
      if (keys.length !== (p.patterns as unknown[]).length) raiseValueError("MatchMapping doesn't have the same number of keys as patterns");
      if (p.rest !== null) validateCapture(p.rest);
      for (const k of keys) {
        const key = k as Node;
        // True, False and None are valid keys (the literal pattern check would refuse them).
        if (key !== null && key._type === 'Constant' && (key.value === None || typeOf(key.value as PyObject) === boolType)) continue;
        if (key === null) raiseValueError('None disallowed in expression list');
        matchValue(key);
      }
      patterns(p.patterns as unknown[], false);
      return;
    }
    case 'MatchClass': {
      if ((p.kwd_attrs as unknown[]).length !== (p.kwd_patterns as unknown[]).length) {
        raiseValueError("MatchClass doesn't have the same number of keyword attributes as patterns");
      }
      expr(p.cls as Node, 'Load');
      let cls = p.cls as Node;
      while (cls._type !== 'Name') {
        if (cls._type !== 'Attribute') raiseValueError('MatchClass cls field can only contain Name or Attribute nodes.');
        cls = cls.value as Node;
      }
      for (const a of p.kwd_attrs as unknown[]) validateName(a);
      patterns(p.patterns as unknown[], false);
      patterns(p.kwd_patterns as unknown[], false);
      return;
    }
    case 'MatchStar':
      if (!starOk) raiseValueError("can't use MatchStar here");
      if (p.name !== null) validateCapture(p.name);
      return;
    case 'MatchAs':
      if (p.name !== null) validateCapture(p.name);
      if (p.pattern === null) return;
      if (p.name === null) raiseValueError('MatchAs must specify a target name if a pattern is given');
      pattern(p.pattern as Node, false);
      return;
    case 'MatchOr':
      if ((p.patterns as unknown[]).length < 2) raiseValueError('MatchOr requires at least 2 patterns');
      patterns(p.patterns as unknown[], false);
      return;
  }
}

/**
 * compile()'s conversion of a tree of `_ast` objects (PyAST_obj2mod, then _PyAST_Validate): the
 * parser's Module / Expression / Interactive for the mode, or the TypeError / ValueError CPython
 * raises for the tree.
 */
export function astObjectToModule(astMod: PyObject, v: PyObject, mode: 'exec' | 'eval' | 'single'): Node {
  const want = mode === 'exec' ? 'Module' : mode === 'eval' ? 'Expression' : 'Interactive';
  const wantCls = getAttr(astMod, want) as PyType;
  const t = typeOf(v);
  if (t !== wantCls && !t.isSubtypeOf(wantCls)) raiseTypeError(`expected ${want} node, got ${t.name}`);
  const mod = new Obj2Ast(astMod).value(v, 'mod') as Node;
  if (mod._type === 'Expression') expr(mod.body as Node, 'Load');
  else stmts(mod.body as unknown[]);
  return mod;
}
