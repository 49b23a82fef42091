// CPython 3.11's AST optimiser (Python/ast_opt.c), run before the symbol table:
// constant folding of unary and binary operators (with CPython's size limits, so that
// e.g. 2**1000 or "x" * 10**6 stay unfolded), constant tuples, constant subscripts,
// `not (a is b)` -> `a is not b`, list/set displays after `in` / `not in` and as `for`
// iterables turned into constant tuples/frozensets, `"%s" % (x,)` turned into an
// f-string, `__debug__` -> True, and the docstring guard of astfold_body.
//
// The tree is rewritten in place (CPython rewrites its arena-allocated nodes the same
// way); a folded node keeps its own source location.

import type * as A from './ast';
import { numericBinaryOp, numericUnaryOp, NumBinOp } from '../runtime/numeric';
import { NotImplemented, PyBytes, PyComplex, PyFloat, PyFrozenSet, PyNoneType, PyEllipsisType, PyObject, PyTuple } from '../runtime/object';
import { getDocString, makeConstFrozenSet } from './compiler';
import { CompileRecursionError } from './syntaxerror';

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Replaces `node` in place by a Constant with the same location (make_const). */
function makeConst(node: A.ExprNode, value: PyObject | null): void {
  if (value === null) return;
  const n = node as unknown as Record<string, unknown>;
  const loc = { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
  for (const k of Object.keys(n)) delete n[k];
  Object.assign(n, { _type: 'Constant', value, kind: null }, loc);
}

/** COPY_NODE: `node` takes on all of `from` (fields and location). */
function copyNode(node: A.ExprNode, from: A.ExprNode): void {
  const n = node as unknown as Record<string, unknown>;
  const f = { ...(from as unknown as Record<string, unknown>) };
  for (const k of Object.keys(n)) delete n[k];
  Object.assign(n, f);
}

function isInt(v: PyObject): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function toBig(v: number | bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : BigInt(v);
}

/** _PyLong_NumBits */
function numBits(v: number | bigint | boolean): number {
  let x = toBig(v);
  if (x < 0n) x = -x;
  return x === 0n ? 0 : x.toString(2).length;
}

function pyLen(v: PyObject): number {
  if (typeof v === 'string') return [...v].length;
  if (v instanceof PyBytes) return v.bytes.length;
  if (v instanceof PyTuple) return v.items.length;
  if (v instanceof PyFrozenSet) return v.items.length;
  return 0;
}

/** check_complexity: nested constant collections stay small. */
function checkComplexity(v: PyObject, limit: number): number {
  if (v instanceof PyTuple || v instanceof PyFrozenSet) {
    limit -= v.items.length;
    for (const x of v.items) {
      if (limit < 0) break;
      limit = checkComplexity(x, limit);
    }
  }
  return limit;
}

function isSeq(v: PyObject): boolean {
  return typeof v === 'string' || v instanceof PyBytes || v instanceof PyTuple;
}

/** Python's `v + w` / `v * w` etc. for constants; null when it raises or is not folded. */
function numberOp(op: NumBinOp, v: PyObject, w: PyObject): PyObject | null {
  try {
    if (typeof v === 'boolean' && typeof w === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? v && w : op === '|' ? v || w : v !== w;
    }
    const r = numericBinaryOp(op, v, w);
    if (r === NotImplemented) return null;
    return r;
  } catch {
    return null;
  }
}

function concat(v: PyObject, w: PyObject): PyObject | null {
  if (typeof v === 'string' && typeof w === 'string') return v + w;
  if (v instanceof PyBytes && w instanceof PyBytes) {
    const out = new Uint8Array(v.bytes.length + w.bytes.length);
    out.set(v.bytes, 0);
    out.set(w.bytes, v.bytes.length);
    return new PyBytes(out);
  }
  if (v instanceof PyTuple && w instanceof PyTuple) return new PyTuple([...v.items, ...w.items]);
  return numberOp('+', v, w);
}

function repeat(seq: PyObject, n: number): PyObject | null {
  if (n < 0) n = 0;
  if (typeof seq === 'string') return seq.repeat(n);
  if (seq instanceof PyBytes) {
    const out = new Uint8Array(seq.bytes.length * n);
    for (let i = 0; i < n; i++) out.set(seq.bytes, i * seq.bytes.length);
    return new PyBytes(out);
  }
  if (seq instanceof PyTuple) {
    const items: PyObject[] = [];
    for (let i = 0; i < n; i++) items.push(...seq.items);
    return new PyTuple(items);
  }
  return null;
}

function smallInt(v: number | bigint | boolean): number | null {
  const b = toBig(v);
  if (b > 0x7fffffffn || b < -0x80000000n) return null;
  return Number(b);
}

/** safe_multiply */
function safeMultiply(v: PyObject, w: PyObject): PyObject | null {
  if (isInt(v) && isInt(w) && toBig(v) !== 0n && toBig(w) !== 0n) {
    if (numBits(v) + numBits(w) > MAX_INT_SIZE) return null;
  } else if (isInt(v) && (w instanceof PyTuple || w instanceof PyFrozenSet)) {
    const size = pyLen(w);
    if (size) {
      const n = smallInt(v);
      if (n === null || n < 0 || n > Math.floor(MAX_COLLECTION_SIZE / size)) return null;
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return null;
    }
  } else if (isInt(v) && (typeof w === 'string' || w instanceof PyBytes)) {
    const size = pyLen(w);
    if (size) {
      const n = smallInt(v);
      if (n === null || n < 0 || n > Math.floor(MAX_STR_SIZE / size)) return null;
    }
  } else if (isInt(w) && (w !== null) && (v instanceof PyTuple || v instanceof PyFrozenSet || typeof v === 'string' || v instanceof PyBytes)) {
    return safeMultiply(w, v);
  }
  if (isInt(v) && isSeq(w)) {
    const n = smallInt(v);
    return n === null ? null : repeat(w, n);
  }
  if (isInt(w) && isSeq(v)) {
    const n = smallInt(w);
    return n === null ? null : repeat(v, n);
  }
  return numberOp('*', v, w);
}

/** safe_power */
function safePower(v: PyObject, w: PyObject): PyObject | null {
  if (isInt(v) && isInt(w) && toBig(v) !== 0n && toBig(w) > 0n) {
    const vbits = numBits(v);
    const wbits = toBig(w);
    if (BigInt(vbits) > BigInt(MAX_INT_SIZE) / wbits) return null;
  }
  return numberOp('**', v, w);
}

/** safe_lshift */
function safeLshift(v: PyObject, w: PyObject): PyObject | null {
  if (isInt(v) && isInt(w) && toBig(v) !== 0n && toBig(w) !== 0n) {
    const wb = toBig(w);
    if (wb < 0n) return null;
    const vbits = numBits(v);
    if (wb > BigInt(MAX_INT_SIZE) || BigInt(vbits) > BigInt(MAX_INT_SIZE) - wb) return null;
  }
  return numberOp('<<', v, w);
}

/** safe_mod: never fold str % x or bytes % x. */
function safeMod(v: PyObject, w: PyObject): PyObject | null {
  if (typeof v === 'string' || v instanceof PyBytes) return null;
  return numberOp('%', v, w);
}

function hasStarred(elts: A.ExprNode[]): boolean {
  return elts.some((e) => e._type === 'Starred');
}

function strConst(s: string): A.Constant {
  return { _type: 'Constant', value: s, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

/** parse_literal: the text up to the next lone '%', with '%%' -> '%'. */
function parseLiteral(fmt: string[], pos: { i: number }): A.Constant | null {
  const start = pos.i;
  let i = start;
  let hasPercents = false;
  while (i < fmt.length) {
    if (fmt[i] !== '%') i++;
    else if (i + 1 < fmt.length && fmt[i + 1] === '%') {
      hasPercents = true;
      i += 2;
    } else break;
  }
  pos.i = i;
  if (i === start) return null;
  let s = fmt.slice(start, i).join('');
  if (hasPercents) s = s.split('%%').join('%');
  return strConst(s);
}

/** simple_format_arg_parse + parse_format: %s/%r/%a with width/precision -> FormattedValue. */
function parseFormat(fmt: string[], pos: { i: number }, arg: A.ExprNode): A.FormattedValue | null {
  let i = pos.i;
  let ch = '';
  const next = (): boolean => {
    if (i >= fmt.length) return false;
    ch = fmt[i++];
    return true;
  };
  let ljust = false;
  let width = -1;
  let prec = -1;
  for (;;) {
    if (!next()) return null;
    if (ch === '-') { ljust = true; continue; }
    if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
    break;
  }
  // At most two digits of width or precision (MAXDIGITS).
  if (ch >= '0' && ch <= '9') {
    width = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= 3) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      prec = prec * 10 + (ch.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= 3) return null;
    }
  }
  pos.i = i;
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  let spec = '';
  if (!ljust && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += '.' + String(prec);
  return {
    _type: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0), format_spec: spec ? strConst(spec) : null,
    lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
  };
}

/** optimize_format: "..." % (a, b) -> f"..." when every unit is %s/%r/%a. */
function optimizeFormat(node: A.BinOp, fmtStr: string, elts: A.ExprNode[]): void {
  const fmt = [...fmtStr];
  const pos = { i: 0 };
  let cnt = 0;
  const seq: A.ExprNode[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit) seq.push(lit);
    if (pos.i >= fmt.length) break;
    if (cnt >= elts.length) return;
    pos.i++;
    const expr = parseFormat(fmt, pos, elts[cnt]);
    cnt++;
    if (!expr) return;
    seq.push(expr);
  }
  if (cnt < elts.length) return;
  const res: A.JoinedStr = {
    _type: 'JoinedStr', values: seq,
    lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset,
  };
  copyNode(node, res);
}

/** fold_binop */
function foldBinop(node: A.BinOp): void {
  const lhs = node.left;
  const rhs = node.right;
  if (lhs._type !== 'Constant') return;
  const lv = lhs.value;
  if (node.op._type === 'Mod' && rhs._type === 'Tuple' && typeof lv === 'string' && !hasStarred(rhs.elts)) {
    optimizeFormat(node, lv, rhs.elts);
    return;
  }
  if (rhs._type !== 'Constant') return;
  const rv = rhs.value;
  let v: PyObject | null;
  switch (node.op._type) {
    case 'Add': v = concat(lv, rv); break;
    case 'Sub': v = numberOp('-', lv, rv); break;
    case 'Mult': v = safeMultiply(lv, rv); break;
    case 'Div': v = numberOp('/', lv, rv); break;
    case 'FloorDiv': v = numberOp('//', lv, rv); break;
    case 'Mod': v = safeMod(lv, rv); break;
    case 'Pow': v = safePower(lv, rv); break;
    case 'LShift': v = safeLshift(lv, rv); break;
    case 'RShift': v = numberOp('>>', lv, rv); break;
    case 'BitOr': v = numberOp('|', lv, rv); break;
    case 'BitXor': v = numberOp('^', lv, rv); break;
    case 'BitAnd': v = numberOp('&', lv, rv); break;
    case 'MatMult': return;
    default: return;
  }
  makeConst(node, v);
}

/** PyObject_IsTrue for constants. */
export function constTruth(v: PyObject): boolean {
  switch (typeof v) {
    case 'number': return v !== 0;
    case 'bigint': return v !== 0n;
    case 'string': return v.length > 0;
    case 'boolean': return v;
    default: break;
  }
  if (v instanceof PyNoneType) return false;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes || v instanceof PyTuple || v instanceof PyFrozenSet) return pyLen(v) > 0;
  if (v instanceof PyEllipsisType) return true;
  return true;
}

/** fold_unaryop */
function foldUnaryop(node: A.UnaryOp): void {
  const arg = node.operand;
  if (arg._type !== 'Constant') {
    if (node.op._type === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
      const inv: Partial<Record<A.CmpOp['_type'], A.CmpOp['_type']>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
      const op = inv[arg.ops[0]._type];
      if (op) {
        arg.ops[0] = { _type: op } as A.CmpOp;
        copyNode(node, arg);
      }
    }
    return;
  }
  const v = arg.value;
  let r: PyObject | null = null;
  try {
    switch (node.op._type) {
      case 'Not': r = !constTruth(v); break;
      case 'Invert':
        if (typeof v === 'boolean') r = v ? -2 : -1;
        else { const x = numericUnaryOp('~', v); r = x === NotImplemented ? null : x; }
        break;
      case 'UAdd': {
        const x = numericUnaryOp('+', v);
        r = x === NotImplemented ? null : x;
        break;
      }
      case 'USub': {
        const x = numericUnaryOp('-', v);
        r = x === NotImplemented ? null : x;
        break;
      }
      default: break;
    }
  } catch {
    r = null;
  }
  makeConst(node, r);
}

/** make_const_tuple */
function makeConstTuple(elts: A.ExprNode[]): PyTuple | null {
  const items: PyObject[] = [];
  for (const e of elts) {
    if (e._type !== 'Constant') return null;
    items.push(e.value);
  }
  return new PyTuple(items);
}

/** fold_tuple */
function foldTuple(node: A.Tuple): void {
  if (node.ctx._type !== 'Load') return;
  makeConst(node, makeConstTuple(node.elts));
}

/** fold_subscr: constant[constant] for str/bytes/tuple with an int index. */
function foldSubscr(node: A.Subscript): void {
  const arg = node.value;
  const idx = node.slice;
  if (node.ctx._type !== 'Load' || arg._type !== 'Constant' || idx._type !== 'Constant') return;
  const v = arg.value;
  const i = idx.value;
  if (!isInt(i)) return;
  let n = Number(toBig(i));
  let r: PyObject | null = null;
  if (typeof v === 'string') {
    const cps = [...v];
    if (n < 0) n += cps.length;
    if (n >= 0 && n < cps.length) r = cps[n];
  } else if (v instanceof PyBytes) {
    if (n < 0) n += v.bytes.length;
    if (n >= 0 && n < v.bytes.length) r = v.bytes[n];
  } else if (v instanceof PyTuple) {
    if (n < 0) n += v.items.length;
    if (n >= 0 && n < v.items.length) r = v.items[n];
  }
  makeConst(node, r);
}

/** fold_iter: a list or set display used only for iteration -> tuple / frozenset. */
function foldIter(arg: A.ExprNode): void {
  if (arg._type === 'List') {
    if (hasStarred(arg.elts)) return;
    const m = arg as unknown as Mutable<A.Tuple> & { _type: string };
    m._type = 'Tuple';
    makeConst(arg, makeConstTuple(arg.elts));
  } else if (arg._type === 'Set') {
    const t = makeConstTuple(arg.elts);
    makeConst(arg, t ? makeConstFrozenSet(t.items) : null);
  }
}

/** fold_compare */
function foldCompare(node: A.Compare): void {
  const i = node.ops.length - 1;
  const op = node.ops[i]._type;
  if (op === 'In' || op === 'NotIn') foldIter(node.comparators[i]);
}

/**
 * CPython's compile-time recursion check (ast_opt.c, the first pass over the tree): every
 * statement and expression node on the path from the module down counts one, from a start of
 * COMPILER_STACK_FRAME_SCALE times the Python frames active when compile() runs, against
 * that scale times the recursion limit. Past it, "maximum recursion depth exceeded during
 * compilation". The limit is CPython's (3000 for a script), not the JavaScript stack's:
 * pyvm's frontend recurses as CPython's does, and bin/pyvm's stack holds deeper trees.
 */
const COMPILER_STACK_FRAME_SCALE = 3;
let compileRecursion = { pythonDepth: 0, recursionLimit: 1000 };

/**
 * Runs `f` (a compile) as called from `pythonDepth` active Python frames under
 * sys.getrecursionlimit() `recursionLimit` (runtime/exec.ts: compile(), exec(), eval()); a
 * script's own compile runs at depth 0 under the default limit.
 */
export function withCompileRecursion<T>(pythonDepth: number, recursionLimit: number, f: () => T): T {
  const saved = compileRecursion;
  compileRecursion = { pythonDepth, recursionLimit };
  try {
    return f();
  } finally {
    compileRecursion = saved;
  }
}

class AstOptimizer {
  private depth = compileRecursion.pythonDepth * COMPILER_STACK_FRAME_SCALE;
  private readonly limit = compileRecursion.recursionLimit * COMPILER_STACK_FRAME_SCALE;

  /** Counts a node entered (astfold_stmt / astfold_expr's check); leave() when done with it. */
  private enter(): void {
    if (++this.depth > this.limit) throw new CompileRecursionError();
  }

  body(stmts: A.StmtNode[]): void {
    const docstring = getDocString(stmts) !== null;
    for (const s of stmts) this.stmt(s);
    if (!docstring && getDocString(stmts) !== null) {
      const st = stmts[0] as A.Expr;
      st.value = {
        _type: 'JoinedStr', values: [st.value],
        lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
      };
    }
  }

  stmts(ss: A.StmtNode[]): void {
    for (const s of ss) this.stmt(s);
  }

  exprs(es: (A.ExprNode | null)[]): void {
    for (const e of es) if (e) this.expr(e);
  }

  arguments(a: A.Arguments): void {
    for (const x of [...a.posonlyargs, ...a.args]) if (x.annotation) this.expr(x.annotation);
    if (a.vararg && a.vararg.annotation) this.expr(a.vararg.annotation);
    for (const x of a.kwonlyargs) if (x.annotation) this.expr(x.annotation);
    this.exprs(a.kw_defaults as (A.ExprNode | null)[]);
    if (a.kwarg && a.kwarg.annotation) this.expr(a.kwarg.annotation);
    this.exprs(a.defaults);
  }

  stmt(s: A.StmtNode): void {
    this.enter();
    this.stmtNode(s);
    this.depth--;
  }

  private stmtNode(s: A.StmtNode): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.arguments(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        if (s.returns) this.expr(s.returns);
        break;
      case 'ClassDef':
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        this.expr(s.target);
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        if (s._type === 'For') foldIter(s.iter);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Import':
      case 'ImportFrom':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      default:
        break;
    }
  }

  pattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
      default:
        break;
    }
  }

  comprehensions(gens: A.Comprehension[]): void {
    for (const g of gens) {
      this.expr(g.target);
      this.expr(g.iter);
      this.exprs(g.ifs);
      foldIter(g.iter);
    }
  }

  expr(e: A.ExprNode): void {
    this.enter();
    this.exprNode(e);
    this.depth--;
  }

  private exprNode(e: A.ExprNode): void {
    switch (e._type) {
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        foldBinop(e);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        foldUnaryop(e);
        break;
      case 'Lambda':
        this.arguments(e.args);
        this.expr(e.body);
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys as (A.ExprNode | null)[]);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.expr(e.elt);
        this.comprehensions(e.generators);
        break;
      case 'DictComp':
        this.expr(e.key);
        this.expr(e.value);
        this.comprehensions(e.generators);
        break;
      case 'Await':
      case 'YieldFrom':
        this.expr(e.value);
        break;
      case 'Yield':
        if (e.value) this.expr(e.value);
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        foldCompare(e);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        foldSubscr(e);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case 'List':
        this.exprs(e.elts);
        break;
      case 'Tuple':
        this.exprs(e.elts);
        foldTuple(e);
        break;
      case 'Name':
        if (e.ctx._type === 'Load' && e.id === '__debug__') makeConst(e, true);
        break;
      case 'NamedExpr':
        this.expr(e.value);
        break;
      case 'Constant':
        break;
      default:
        break;
    }
  }
}

/** _PyAST_Optimize: folds the module's tree in place and returns it. */
export function optimizeAst(m: A.Module): A.Module {
  new AstOptimizer().body(m.body);
  return m;
}
