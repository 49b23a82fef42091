// Code generation for expressions (compile.c: compiler_visit_expr and what it calls):
// names, constants, operators, boolean operators and comparisons, conditional jumps
// (compiler_jump_if), calls (including the LOAD_METHOD form and * / ** unpacking),
// displays (list/tuple/set/dict with star-unpacking), subscripts and slices, f-strings,
// yield/await.

import type * as A from './ast';
import { BasicBlock, Compiler, Loc, makeConstFrozenSet } from './compiler';
import { Op, NB } from './opcode';
import { PyFrozenSet, PyObject, PyTuple, None, Ellipsis, PyFloat, PyComplex, PyBytes } from '../runtime/object';
import { compileComprehension, compileLambda } from './compiler_func';
import { DEF_IMPORT } from './symtable';

/** STACK_USE_GUIDELINE: beyond this many items, build collections incrementally. */
export const STACK_USE_GUIDELINE = 30;

type ExprCtx = 'Load' | 'Store' | 'Del';

function ctxOf(c: A.ExprContext): ExprCtx {
  return c._type;
}

/** compiler_visit_expr: visits with the expression's location, then restores the old one. */
export function visitExpr(c: Compiler, e: A.ExprNode): void {
  const old: Loc = c.unit.loc;
  c.setLoc(e);
  visitExpr1(c, e);
  c.unit.loc = old;
}

export function visitExprs(c: Compiler, es: A.ExprNode[]): void {
  for (const e of es) visitExpr(c, e);
}

const BINOP: Record<A.Operator['_type'], number> = {
  Add: NB.NB_ADD, Sub: NB.NB_SUBTRACT, Mult: NB.NB_MULTIPLY, MatMult: NB.NB_MATRIX_MULTIPLY,
  Div: NB.NB_TRUE_DIVIDE, Mod: NB.NB_REMAINDER, Pow: NB.NB_POWER, LShift: NB.NB_LSHIFT,
  RShift: NB.NB_RSHIFT, BitOr: NB.NB_OR, BitXor: NB.NB_XOR, BitAnd: NB.NB_AND,
  FloorDiv: NB.NB_FLOOR_DIVIDE,
};

export function binopArg(op: A.Operator, inplace: boolean): number {
  return BINOP[op._type] + (inplace ? 13 : 0);
}

/** ADDOP_COMPARE */
export function addopCompare(c: Compiler, op: A.CmpOp): void {
  switch (op._type) {
    case 'Eq': c.addopI(Op.COMPARE_OP, 2); break;
    case 'NotEq': c.addopI(Op.COMPARE_OP, 3); break;
    case 'Lt': c.addopI(Op.COMPARE_OP, 0); break;
    case 'LtE': c.addopI(Op.COMPARE_OP, 1); break;
    case 'Gt': c.addopI(Op.COMPARE_OP, 4); break;
    case 'GtE': c.addopI(Op.COMPARE_OP, 5); break;
    case 'Is': c.addopI(Op.IS_OP, 0); break;
    case 'IsNot': c.addopI(Op.IS_OP, 1); break;
    case 'In': c.addopI(Op.CONTAINS_OP, 0); break;
    case 'NotIn': c.addopI(Op.CONTAINS_OP, 1); break;
    default: assertNever(op);
  }
}

/** compiler_visit_expr1 */
function visitExpr1(c: Compiler, e: A.ExprNode): void {
  switch (e._type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case 'BoolOp':
      compilerBoolop(c, e);
      return;
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addopI(Op.BINARY_OP, binopArg(e.op, false));
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      switch (e.op._type) {
        case 'Invert': c.addop(Op.UNARY_INVERT); break;
        case 'Not': c.addop(Op.UNARY_NOT); break;
        case 'UAdd': c.addop(Op.UNARY_POSITIVE); break;
        case 'USub': c.addop(Op.UNARY_NEGATIVE); break;
        default: assertNever(e.op);
      }
      return;
    case 'Lambda':
      compileLambda(c, e);
      return;
    case 'IfExp':
      compilerIfexp(c, e);
      return;
    case 'Dict':
      compilerDict(c, e);
      return;
    case 'Set':
      starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      return;
    case 'GeneratorExp':
      compileComprehension(c, e, 'generator', '<genexpr>', e.generators, e.elt, null);
      return;
    case 'ListComp':
      compileComprehension(c, e, 'list', '<listcomp>', e.generators, e.elt, null);
      return;
    case 'SetComp':
      compileComprehension(c, e, 'set', '<setcomp>', e.generators, e.elt, null);
      return;
    case 'DictComp':
      compileComprehension(c, e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
      return;
    case 'Yield':
      if (c.unit.ste.type !== 'function') c.error("'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(None);
      addopYield(c);
      return;
    case 'YieldFrom':
      if (c.unit.ste.type !== 'function') c.error("'yield' outside function");
      if (c.unit.scopeType === 'async_function') c.error("'yield from' inside async function");
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER);
      c.loadConst(None);
      addYieldFrom(c, false);
      return;
    case 'Await':
      if (!c.isTopLevelAwait()) {
        if (c.unit.ste.type !== 'function') c.error("'await' outside function");
        if (c.unit.scopeType !== 'async_function' && c.unit.scopeType !== 'comprehension') {
          c.error("'await' outside async function");
        }
      }
      visitExpr(c, e.value);
      c.addopI(Op.GET_AWAITABLE, 0);
      c.loadConst(None);
      addYieldFrom(c, true);
      return;
    case 'Compare':
      compilerCompare(c, e);
      return;
    case 'Call':
      compilerCall(c, e);
      return;
    case 'Constant':
      c.loadConst(e.value);
      return;
    case 'JoinedStr':
      compilerJoinedStr(c, e);
      return;
    case 'FormattedValue':
      compilerFormattedValue(c, e);
      return;
    case 'Attribute':
      visitExpr(c, e.value);
      updateStartLocationToMatchAttr(c, e);
      switch (ctxOf(e.ctx)) {
        case 'Load': c.addopName(Op.LOAD_ATTR, e.attr); break;
        case 'Store':
          if (e.attr === '__debug__') c.error('cannot assign to __debug__');
          c.addopName(Op.STORE_ATTR, e.attr);
          break;
        case 'Del': c.addopName(Op.DELETE_ATTR, e.attr); break;
      }
      return;
    case 'Subscript': {
      const ctx = ctxOf(e.ctx);
      if (ctx === 'Load') {
        checkSubscripter(c, e.value);
        checkIndex(c, e.value, e.slice);
      }
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addop(ctx === 'Load' ? Op.BINARY_SUBSCR : ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      return;
    }
    case 'Starred':
      if (ctxOf(e.ctx) === 'Store') c.error('starred assignment target must be in a list or tuple');
      c.error("can't use starred expression here");
      return;
    case 'Slice':
      compilerSlice(c, e);
      return;
    case 'Name':
      c.nameop(e.id, ctxOf(e.ctx));
      return;
    case 'List':
      compilerListOrTuple(c, e.elts, ctxOf(e.ctx), false);
      return;
    case 'Tuple':
      compilerListOrTuple(c, e.elts, ctxOf(e.ctx), true);
      return;
    default:
      assertNever(e);
  }
}

/** update_start_location_to_match_attr */
export function updateStartLocationToMatchAttr(c: Compiler, attr: A.Attribute): void {
  const u = c.unit;
  const endLine = attr.end_lineno ?? attr.lineno;
  if (u.loc.lineno !== endLine) {
    const loc = { ...u.loc };
    loc.lineno = endLine;
    const len = [...attr.attr].length;
    const endCol = attr.end_col_offset ?? -1;
    if (len <= endCol) {
      loc.col_offset = endCol - len;
    } else {
      loc.col_offset = -1;
      loc.end_col_offset = -1;
    }
    loc.end_lineno = Math.max(loc.lineno, loc.end_lineno);
    if (loc.lineno === loc.end_lineno) loc.end_col_offset = Math.max(loc.col_offset, loc.end_col_offset);
    u.loc = loc;
  }
}

/** addop_yield */
export function addopYield(c: Compiler): void {
  if (c.unit.ste.generator && c.unit.ste.coroutine) c.addop(Op.ASYNC_GEN_WRAP);
  c.addop(Op.YIELD_VALUE);
  c.addopI(Op.RESUME, 1);
}

/** compiler_add_yield_from */
export function addYieldFrom(c: Compiler, isAwait: boolean): void {
  const start = c.newBlock();
  const resume = c.newBlock();
  const exit = c.newBlock();
  c.useNextBlock(start);
  c.addopJump(Op.SEND, exit);
  c.useNextBlock(resume);
  c.addop(Op.YIELD_VALUE);
  c.addopI(Op.RESUME, isAwait ? 3 : 2);
  c.addopJump(Op.JUMP_NO_INTERRUPT, start);
  c.useNextBlock(exit);
}

/** compiler_boolop */
function compilerBoolop(c: Compiler, e: A.BoolOp): void {
  const op = e.op._type === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const s = e.values;
  const n = s.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, s[i]);
    c.addopJump(op, end);
    c.nextBlock();
  }
  visitExpr(c, s[n]);
  c.useNextBlock(end);
}

/** compiler_ifexp */
function compilerIfexp(c: Compiler, e: A.IfExp): void {
  const end = c.newBlock();
  const next = c.newBlock();
  compilerJumpIf(c, e.test, next, false);
  visitExpr(c, e.body);
  c.addopJumpNoLine(Op.JUMP, end);
  c.useNextBlock(next);
  visitExpr(c, e.orelse);
  c.useNextBlock(end);
}

/** compiler_jump_if: jump to `next` when the truth of `e` equals `cond`. */
export function compilerJumpIf(c: Compiler, e: A.ExprNode, next: BasicBlock, cond: boolean): void {
  jumpIf1(c, e, next, cond);
}

function jumpIf1(c: Compiler, e: A.ExprNode, next: BasicBlock, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op._type === 'Not') {
        compilerJumpIf(c, e.operand, next, !cond);
        return;
      }
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op._type === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) compilerJumpIf(c, s[i], next2, cond2);
      compilerJumpIf(c, s[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock();
      const next2 = c.newBlock();
      compilerJumpIf(c, e.test, next2, false);
      compilerJumpIf(c, e.body, next, cond);
      c.addopJumpNoLine(Op.JUMP, end);
      c.useNextBlock(next2);
      compilerJumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare': {
      // CPython sets (and keeps) the comparison's location here, for chains or not.
      c.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e); // (a single comparison is checked by compilerCompare, below)
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addopI(Op.SWAP, 2);
          c.addopI(Op.COPY, 2);
          addopCompare(c, e.ops[i]);
          c.addopJump(Op.POP_JUMP_IF_FALSE, cleanup);
          c.nextBlock();
        }
        visitExpr(c, e.comparators[n]);
        addopCompare(c, e.ops[n]);
        c.addopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
        c.nextBlock();
        const end = c.newBlock();
        c.addopJumpNoLine(Op.JUMP, end);
        c.useNextBlock(cleanup);
        c.addop(Op.POP_TOP);
        if (!cond) c.addopJumpNoLine(Op.JUMP, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  visitExpr(c, e);
  c.addopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
  c.nextBlock();
}

/** compiler_compare */
// ---- compile-time SyntaxWarnings (check_compare, check_caller, check_subscripter, check_index)

/** The type name of a constant (infer_type's Py_TYPE(value)->tp_name). */
function constTypeName(v: PyObject): string {
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'number':
    case 'bigint': return 'int';
    case 'string': return 'str';
    default:
      if (v === None) return 'NoneType';
      if (v === Ellipsis) return 'ellipsis';
      if (v instanceof PyFloat) return 'float';
      if (v instanceof PyComplex) return 'complex';
      if (v instanceof PyBytes) return 'bytes';
      if (v instanceof PyTuple) return 'tuple';
      if (v instanceof PyFrozenSet) return 'frozenset';
      return 'object';
  }
}

/** infer_type: the type name an expression is known to have, or null. */
function inferTypeName(e: A.ExprNode): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List':
    case 'ListComp': return 'list';
    case 'Dict':
    case 'DictComp': return 'dict';
    case 'Set':
    case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr':
    case 'FormattedValue': return 'str';
    case 'Constant': return constTypeName(e.value);
    default: return null;
  }
}

/** check_is_arg: an operand `is` may meet without a warning (not a literal, or a singleton). */
function isArgOk(e: A.ExprNode): boolean {
  if (e._type !== 'Constant') return true;
  const v = e.value;
  return v === None || v === false || v === true || v === Ellipsis;
}

/** check_compare: `x is 1`, `'a' is not y` warn (identity with a literal). */
export function checkCompare(c: Compiler, e: A.Compare): void {
  let left = isArgOk(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]._type;
    const right = isArgOk(e.comparators[i]);
    if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
      c.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

/** check_caller: a call of a literal or display (`[1, 2] (3, 4)`: a missed comma). */
function checkCaller(c: Compiler, f: A.ExprNode): void {
  switch (f._type) {
    case 'Constant':
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'Dict':
    case 'DictComp':
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'JoinedStr':
    case 'FormattedValue':
      c.warn(`'${inferTypeName(f)}' object is not callable; perhaps you missed a comma?`);
  }
}

/** check_subscripter: subscripting what cannot be subscripted (`{1, 2}[0]`, `5[0]`). */
function checkSubscripter(c: Compiler, v: A.ExprNode): void {
  let warn: boolean;
  if (v._type === 'Constant') {
    const k = v.value;
    warn = k === None || k === Ellipsis || typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean' ||
      k instanceof PyFloat || k instanceof PyComplex || k instanceof PyFrozenSet;
  } else {
    warn = v._type === 'Set' || v._type === 'SetComp' || v._type === 'GeneratorExp' || v._type === 'Lambda';
  }
  if (warn) c.warn(`'${inferTypeName(v)}' object is not subscriptable; perhaps you missed a comma?`);
}

/** check_index: a sequence literal indexed by something that is not an int or a slice. */
function checkIndex(c: Compiler, v: A.ExprNode, index: A.ExprNode): void {
  const indexType = inferTypeName(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  let warn: boolean;
  if (v._type === 'Constant') {
    const k = v.value;
    warn = typeof k === 'string' || k instanceof PyBytes || k instanceof PyTuple;
  } else {
    warn = v._type === 'Tuple' || v._type === 'List' || v._type === 'ListComp' || v._type === 'JoinedStr' || v._type === 'FormattedValue';
  }
  if (warn) c.warn(`${inferTypeName(v)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

function compilerCompare(c: Compiler, e: A.Compare): void {
  checkCompare(c, e);
  const n = e.ops.length - 1;
  visitExpr(c, e.left);
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addopCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addopI(Op.SWAP, 2);
    c.addopI(Op.COPY, 2);
    addopCompare(c, e.ops[i]);
    c.addopJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    c.nextBlock();
  }
  visitExpr(c, e.comparators[n]);
  addopCompare(c, e.ops[n]);
  const end = c.newBlock();
  c.addopJumpNoLine(Op.JUMP, end);
  c.useNextBlock(cleanup);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_TOP);
  c.useNextBlock(end);
}

function isConstantNode(e: A.ExprNode | null): e is A.Constant {
  return e !== null && e._type === 'Constant';
}

/** starunpack_helper: a list/tuple/set display, with *-unpacking and constant folding. */
export function starunpackHelper(c: Compiler, elts: A.ExprNode[], pushed: number, build: number,
  add: number, extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && elts.every(isConstantNode)) {
    const values: PyObject[] = (elts as A.Constant[]).map((x) => x.value);
    if (tuple && !pushed) {
      c.loadConst(new PyTuple(values));
    } else {
      const folded = add === Op.SET_ADD ? makeConstFrozenSet(values) : new PyTuple(values);
      c.addopI(build, pushed);
      c.loadConst(folded);
      c.addopI(extend, 1);
      if (tuple) c.addop(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x._type === 'Starred');
  if (!seenStar && !big) {
    for (const x of elts) visitExpr(c, x);
    c.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let sequenceBuilt = false;
  if (big) {
    c.addopI(build, pushed);
    sequenceBuilt = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred') {
      if (!sequenceBuilt) {
        c.addopI(build, i + pushed);
        sequenceBuilt = true;
      }
      visitExpr(c, elt.value);
      c.addopI(extend, 1);
    } else {
      visitExpr(c, elt);
      if (sequenceBuilt) c.addopI(add, 1);
    }
  }
  if (tuple) c.addop(Op.LIST_TO_TUPLE);
}

/** unpack_helper */
function unpackHelper(c: Compiler, elts: A.ExprNode[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred' && !seenStar) {
      if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8)) {
        c.error('too many expressions in star-unpacking assignment');
      }
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === 'Starred') {
      c.error('multiple starred expressions in assignment');
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

/** assignment_helper */
function assignmentHelper(c: Compiler, elts: A.ExprNode[]): void {
  unpackHelper(c, elts);
  for (const elt of elts) visitExpr(c, elt._type === 'Starred' ? elt.value : elt);
}

/** compiler_list / compiler_tuple */
function compilerListOrTuple(c: Compiler, elts: A.ExprNode[], ctx: ExprCtx, tuple: boolean): void {
  if (ctx === 'Store') {
    assignmentHelper(c, elts);
  } else if (ctx === 'Load') {
    starunpackHelper(c, elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, tuple);
  } else {
    visitExprs(c, elts);
  }
}

/** compiler_subdict */
function compilerSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const keys = e.keys as (A.ExprNode | null)[];
  if (n > 1 && !big && keys.slice(begin, end).every(isConstantNode)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    c.loadConst(new PyTuple(keys.slice(begin, end).map((k) => (k as A.Constant).value)));
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) c.addopI(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

/** compiler_dict */
function compilerDict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  const keys = e.keys as (A.ExprNode | null)[];
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = keys[i] === null;
    if (isUnpacking) {
      if (elements) {
        compilerSubdict(c, e, i - elements, i);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.addopI(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compilerSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compilerSubdict(c, e, n - elements, n);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0);
}

/** compiler_slice */
function compilerSlice(c: Compiler, s: A.Slice): void {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst(None);
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst(None);
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  c.addopI(Op.BUILD_SLICE, n);
}

/** compiler_joined_str */
function compilerJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst('');
    c.addopName(Op.LOAD_METHOD, 'join');
    c.addopI(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addopI(Op.LIST_APPEND, 1);
    }
    c.addopI(Op.PRECALL, 1);
    c.addopI(Op.CALL, 1);
  } else {
    visitExprs(c, e.values);
    if (n !== 1) c.addopI(Op.BUILD_STRING, n);
  }
}

/** compiler_formatted_value */
function compilerFormattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: oparg = 1; break; // 's'
    case 114: oparg = 2; break; // 'r'
    case 97: oparg = 3; break; // 'a'
    case -1: oparg = 0; break;
    default: c.error(`Unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.addopI(Op.FORMAT_VALUE, oparg);
}

// ---- calls ----

/** is_import_originated: the name is bound by an import at module level. */
function isImportOriginated(c: Compiler, e: A.ExprNode): boolean {
  if (e._type !== 'Name') return false;
  return (c.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
}

/** compiler_call_simple_kw_helper: KW_NAMES for keyword arguments. */
function callSimpleKwHelper(c: Compiler, keywords: A.Keyword[]): void {
  const names = new PyTuple(keywords.map((k) => k.arg as string));
  c.addopI(Op.KW_NAMES, c.addConst(names));
}

/** validate_keywords */
function validateKeywords(c: Compiler, keywords: A.Keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i];
    if (key.arg === null) continue;
    if (key.arg === '__debug__') c.error('cannot assign to __debug__');
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j];
      if (other.arg !== null && other.arg === key.arg) {
        c.setLoc(other);
        c.error(`keyword argument repeated: ${key.arg}`);
      }
    }
  }
}

/** maybe_optimize_method_call: obj.meth(args) as LOAD_METHOD ... PRECALL/CALL. */
function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  const args = e.args;
  const kwds = e.keywords;
  if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = args.length;
  const kwdsl = kwds.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (args.some((a) => a._type === 'Starred')) return false;
  if (kwds.some((k) => k.arg === null)) return false;
  validateKeywords(c, kwds);
  visitExpr(c, meth.value);
  const old = c.unit.loc;
  c.setLoc(meth);
  updateStartLocationToMatchAttr(c, meth);
  c.addopName(Op.LOAD_METHOD, meth.attr);
  visitExprs(c, args);
  if (kwdsl) {
    for (const k of kwds) visitExpr(c, k.value);
    callSimpleKwHelper(c, kwds);
  }
  c.setLoc(e);
  updateStartLocationToMatchAttr(c, meth);
  c.addopI(Op.PRECALL, argsl + kwdsl);
  c.addopI(Op.CALL, argsl + kwdsl);
  c.unit.loc = old;
  return true;
}

/** compiler_call */
function compilerCall(c: Compiler, e: A.Call): void {
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  c.setLoc(e.func);
  c.addop(Op.PUSH_NULL);
  c.setLoc(e);
  visitExpr(c, e.func);
  compilerCallHelper(c, 0, e.args, e.keywords);
}

/** compiler_subkwargs */
function compilerSubkwargs(c: Compiler, keywords: A.Keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.loadConst(new PyTuple(keywords.slice(begin, end).map((k) => k.arg as string)));
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopINoLine(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg as string);
    visitExpr(c, keywords[i].value);
    if (big) c.addopINoLine(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

/** compiler_call_helper: `n` values are already pushed (e.g. the class body function). */
export function compilerCallHelper(c: Compiler, n: number, args: A.ExprNode[], keywords: A.Keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  let simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE;
  if (args.some((a) => a._type === 'Starred')) simple = false;
  if (keywords.some((k) => k.arg === null)) simple = false;
  if (simple) {
    visitExprs(c, args);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, keywords);
    }
    c.addopI(Op.PRECALL, n + nelts + nkwelts);
    c.addopI(Op.CALL, n + nelts + nkwelts);
    return;
  }
  // ex_call: build a tuple of positional arguments and a dict of keyword arguments.
  if (n === 0 && nelts === 1 && args[0]._type === 'Starred') {
    visitExpr(c, (args[0] as A.Starred).value);
  } else {
    starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          compilerSubkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.addopI(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI(Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      compilerSubkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1);
      haveDict = true;
    }
  }
  c.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

export function assertNever(x: never): never {
  throw new Error('unexpected node: ' + JSON.stringify(x));
}
