// The compiler's core: compilation units, basic blocks, instruction emission, names and
// constants, scopes, and the frame-block stack — the machinery of CPython 3.11's
// Python/compile.c that every code-generation file (compiler_*.ts) builds on.
//
// As in CPython, code generation appends instructions (with the current source location)
// to the current basic block; a block ends at a jump or a scope exit, and control flow
// between blocks is explicit (a jump target or the fall-through `next` block). The
// flow-graph passes (flowgraph.ts) and the assembler (assemble.ts) turn a unit's blocks
// into a CodeObject.
//
// Code generation is split by concept, each file's functions named after compile.c's:
//   compiler_expr.ts   expressions, calls, comparisons, conditional jumps
//   compiler_stmt.ts   statements, loops, imports, assignments, unwinding
//   compiler_func.ts   functions, lambdas, classes, comprehensions
//   compiler_exc.ts    try/except/finally, with
//   compiler_match.ts  match statements (patterns)

import type * as A from './ast';
import { CodeObject } from './code';
import { Op } from './opcode';
import { PySyntaxError } from './syntaxerror';
import { compileWarning } from './compile_warnings';
import { Scope, SymtableEntry, SymtableResult, mangle } from './symtable';
import { None, PyBytes, PyComplex, PyEllipsisType, PyFloat, PyFrozenSet, PyNoneType, PyObject, PyTuple } from '../runtime/object';
import { assemble } from './assemble';

/** A source location, as CPython's (lineno, end_lineno, col_offset, end_col_offset). -1 = none. */
export interface Loc {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export const NO_LOCATION: Loc = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

/** One instruction of the control-flow graph (struct instr). `op` may be a pseudo-op (>= 256). */
export interface Instr {
  op: number;
  arg: number;
  target: BasicBlock | null;
  loc: Loc;
  /** The exception handler covering this instruction (set by label_exception_targets). */
  except: BasicBlock | null;
}

let blockIds = 0;

/** struct basicblock_ */
export class BasicBlock {
  readonly id = blockIds++;
  instrs: Instr[] = [];
  /** Layout successor (b_next): the block control falls into. */
  next: BasicBlock | null = null;
  /** Creation list link (b_list): newest first, as CPython. */
  list: BasicBlock | null = null;
  predecessors = 0;
  exceptPredecessors = 0;
  startdepth = -1;
  visited = false;
  preserveLasti = false;
  exceptStack: BasicBlock[] | null = null;
  offset = 0;
}

export type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

export type FBlockType = 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' |
  'WITH' | 'ASYNC_WITH' | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' |
  'EXCEPTION_GROUP_HANDLER' | 'ASYNC_COMPREHENSION_GENERATOR';

/** struct fblockinfo */
export interface FBlock {
  type: FBlockType;
  block: BasicBlock | null;
  exit: BasicBlock | null;
  /** FINALLY_TRY: the finally body; WITH: the with statement; HANDLER_CLEANUP: the name. */
  datum: A.StmtNode[] | A.StmtNode | string | null;
}

/** A constant's identity for de-duplication (_PyCode_ConstantKey): type and value. */
export function constKey(v: PyObject): string {
  switch (typeof v) {
    case 'number':
      return 'i' + v;
    case 'bigint':
      return 'i' + v.toString();
    case 'string':
      return 's' + v;
    case 'boolean':
      return v ? 'T' : 'F';
    default:
      break;
  }
  if (v instanceof PyNoneType) return 'N';
  if (v instanceof PyEllipsisType) return 'E';
  if (v instanceof PyFloat) return 'f' + floatKey(v.value);
  if (v instanceof PyComplex) return 'c' + floatKey(v.real) + ',' + floatKey(v.imag);
  if (v instanceof PyBytes) return 'b' + Array.from(v.bytes).join(',');
  if (v instanceof PyTuple) return 't(' + v.items.map(constKey).join('|') + ')';
  if (v instanceof PyFrozenSet) return 'z(' + v.items.map(constKey).sort().join('|') + ')';
  if (v instanceof CodeObject) return codeKey(v);
  return 'o' + objectId(v);
}

const codeKeys = new WeakMap<CodeObject, string>();

/** A cheap first key for a code object constant (equal code objects share it). */
function codeBucket(co: CodeObject): string {
  return 'B' + co.co_qualname + '@' + co.co_firstlineno + '#' + co.co_code.length;
}

/**
 * Code objects compare equal field by field (code_richcompare), so a body compiled twice
 * (a `while` test, a `finally` block) yields one constant, as in CPython.
 */
function codeKey(co: CodeObject): string {
  let k = codeKeys.get(co);
  if (k === undefined) {
    const bytes = (b: Uint8Array): string => Buffer.from(b).toString('hex');
    k = 'C' + JSON.stringify([co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount,
      co.co_flags, co.co_firstlineno, bytes(co.co_code), co.co_consts.map(constKey), co.co_names,
      co.co_localsplusnames, bytes(co.co_localspluskinds), bytes(co.co_linetable), bytes(co.co_exceptiontable)]);
    codeKeys.set(co, k);
  }
  return k;
}

function floatKey(x: number): string {
  if (Object.is(x, -0)) return '-0';
  if (Number.isNaN(x)) return 'nan' + (nanCounter++);
  return String(x);
}
let nanCounter = 0;

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(o, id);
  }
  return id;
}

/** Python equality of constants (1 == 1.0 == True), for building a frozenset constant. */
function eqKey(v: PyObject): string {
  const num = (x: number): string => (Number.isInteger(x) ? 'n' + BigInt(x).toString() : 'n' + String(x));
  switch (typeof v) {
    case 'number': return 'n' + v;
    case 'bigint': return 'n' + v.toString();
    case 'boolean': return v ? 'n1' : 'n0';
    case 'string': return 's' + v;
    default: break;
  }
  if (v instanceof PyFloat) return Number.isNaN(v.value) ? constKey(v) : num(v.value);
  if (v instanceof PyComplex) return v.imag === 0 ? num(v.real) : 'c' + v.real + ',' + v.imag;
  if (v instanceof PyTuple) return 't(' + v.items.map(eqKey).join('|') + ')';
  return constKey(v);
}

/** A frozenset constant from a display's items: equal items kept once (the first). */
export function makeConstFrozenSet(items: PyObject[]): PyFrozenSet {
  const seen = new Set<string>();
  const out: PyObject[] = [];
  for (const x of items) {
    const k = eqKey(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return new PyFrozenSet(out);
}

/** An insertion-ordered name -> index table (CPython's dicts of names). */
export class IndexTable {
  readonly map = new Map<string, number>();
  readonly items: string[] = [];
  constructor(initial: string[] = [], private readonly base = 0) {
    for (const n of initial) this.add(n);
  }
  add(name: string): number {
    let i = this.map.get(name);
    if (i === undefined) {
      i = this.items.length + this.base;
      this.map.set(name, i);
      this.items.push(name);
    }
    return i;
  }
  get(name: string): number | undefined {
    return this.map.get(name);
  }
  get size(): number {
    return this.items.length;
  }
}

/** struct compiler_unit */
export class CompilerUnit {
  consts: PyObject[] = [];
  constIndex = new Map<string, number>();
  names = new IndexTable();
  varnames: IndexTable;
  cellvars: IndexTable;
  freevars: IndexTable;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** All blocks, newest first (u_blocks / b_list). */
  blocks: BasicBlock | null = null;
  entry!: BasicBlock;
  curblock!: BasicBlock;
  fblocks: FBlock[] = [];
  loc: Loc;
  firstlineno: number;
  qualname = '';
  private: string | null = null;

  constructor(
    public readonly ste: SymtableEntry,
    public readonly name: string,
    public readonly scopeType: ScopeType,
    lineno: number,
  ) {
    this.varnames = new IndexTable(ste.varnames);
    // Cells and frees are sorted by name (dictbytype); frees are numbered after cells.
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [name, flags] of ste.symbols) {
      const scope = ste.getScope(name);
      if (scope === Scope.CELL) cells.push(name);
      if (scope === Scope.FREE || (flags & 64 /* DEF_FREE_CLASS */)) frees.push(name);
    }
    cells.sort(cmpStr);
    frees.sort(cmpStr);
    if (ste.needsClassClosure) cells.unshift('__class__');
    this.cellvars = new IndexTable(cells);
    this.freevars = new IndexTable(frees, cells.length);
    this.firstlineno = lineno;
    this.loc = { lineno, end_lineno: lineno, col_offset: 0, end_col_offset: 0 };
  }
}

function cmpStr(a: string, b: string): number {
  // Python sorts str by code point; JS compares UTF-16 units (same order outside surrogates).
  return a < b ? -1 : a > b ? 1 : 0;
}

// Per-opcode properties as a lookup table (the Op.* names are object properties, so a
// `switch` over them costs a property load per case on a hot path).
const F_JUMP = 1;
const F_UNCOND = 2;
const F_EXIT = 4;
const F_BLOCK_PUSH = 8;
const OP_FLAGS = (() => {
  const t = new Uint8Array(512);
  for (const op of [Op.JUMP, Op.JUMP_NO_INTERRUPT, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE,
    Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SEND, Op.JUMP_FORWARD,
    Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_FORWARD_IF_TRUE,
    Op.POP_JUMP_FORWARD_IF_NONE, Op.POP_JUMP_FORWARD_IF_NOT_NONE, Op.POP_JUMP_BACKWARD_IF_FALSE,
    Op.POP_JUMP_BACKWARD_IF_TRUE, Op.POP_JUMP_BACKWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE]) t[op] |= F_JUMP;
  for (const op of [Op.JUMP, Op.JUMP_NO_INTERRUPT, Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT]) t[op] |= F_UNCOND;
  for (const op of [Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE]) t[op] |= F_EXIT;
  for (const op of [Op.SETUP_FINALLY, Op.SETUP_CLEANUP, Op.SETUP_WITH]) t[op] |= F_BLOCK_PUSH;
  return t;
})();

/** A jump (real or virtual); SETUP_* block pushes are not jumps. */
export function isJumpOp(op: number): boolean {
  return (OP_FLAGS[op] & F_JUMP) !== 0;
}

export function isBlockPush(op: number): boolean {
  return (OP_FLAGS[op] & F_BLOCK_PUSH) !== 0;
}

export function isUnconditionalJump(op: number): boolean {
  return (OP_FLAGS[op] & F_UNCOND) !== 0;
}

export function isScopeExit(op: number): boolean {
  return (OP_FLAGS[op] & F_EXIT) !== 0;
}

/** The last instruction ends the block's fall-through (BB_NO_FALLTHROUGH). */
export function noFallthrough(b: BasicBlock): boolean {
  const n = b.instrs.length;
  if (n === 0) return false;
  const op = b.instrs[n - 1].op;
  return isUnconditionalJump(op) || isScopeExit(op);
}

export function hasFallthrough(b: BasicBlock): boolean {
  return !noFallthrough(b);
}

/** struct compiler: the state of compiling one module. */
export class Compiler {
  unit!: CompilerUnit;
  stack: CompilerUnit[] = [];
  interactive = false;
  nestlevel = 0;
  sourceLines: string[] | null = null;
  futureLineno = 0;
  /** `from __future__ import barry_as_FLUFL` (its only effect on code is a co_flags bit). */
  futureBarry = false;

  constructor(public readonly filename: string, public readonly st: SymtableResult) {}

  // ---- errors ----
  /** compiler_error: a SyntaxError at the current location. */
  error(msg: string): never {
    const loc = this.unit.loc;
    const lineno = loc.lineno > 0 ? loc.lineno : 1;
    const text = this.sourceLines ? (this.sourceLines[lineno - 1] ?? null) : null;
    throw new PySyntaxError('SyntaxError', msg, this.filename, lineno, loc.col_offset + 1, text,
      loc.end_lineno >= 0 ? loc.end_lineno : null, loc.end_col_offset >= 0 ? loc.end_col_offset + 1 : null);
  }

  /**
   * compiler_warn: a SyntaxWarning at the current line, or, when the warnings filters make it
   * an error, a SyntaxError at the current location (frontend/compile_warnings.ts).
   */
  warn(msg: string): void {
    const loc = this.unit.loc;
    if (compileWarning('SyntaxWarning', msg, this.filename, loc.lineno > 0 ? loc.lineno : 1)) this.error(msg);
  }

  // ---- locations ----
  setLoc(n: { lineno: number; end_lineno: number | null; col_offset: number; end_col_offset: number | null }): void {
    this.unit.loc = {
      lineno: n.lineno,
      end_lineno: n.end_lineno ?? n.lineno,
      col_offset: n.col_offset,
      end_col_offset: n.end_col_offset ?? -1,
    };
  }
  unsetLoc(): void {
    this.unit.loc = { ...this.unit.loc, lineno: -1 };
  }

  // ---- blocks ----
  /** compiler_new_block */
  newBlock(): BasicBlock {
    const b = new BasicBlock();
    b.list = this.unit.blocks;
    this.unit.blocks = b;
    return b;
  }
  /** compiler_use_next_block */
  useNextBlock(b: BasicBlock): BasicBlock {
    this.unit.curblock.next = b;
    this.unit.curblock = b;
    return b;
  }
  /** compiler_next_block (NEXT_BLOCK) */
  nextBlock(): BasicBlock {
    return this.useNextBlock(this.newBlock());
  }

  /**
   * Appends an instruction to the current block. A block ends at a jump or a scope exit:
   * anything emitted after one starts a new (implicit) block, so that the flow graph is
   * always well formed.
   */
  private emit(op: number, arg: number, target: BasicBlock | null, loc: Loc): void {
    const cur = this.unit.curblock;
    const n = cur.instrs.length;
    if (n > 0) {
      const last = cur.instrs[n - 1].op;
      if (isJumpOp(last) || isScopeExit(last)) this.nextBlock();
    }
    // Loc objects are never mutated once made (setLoc/unsetLoc make new ones), so they are shared.
    this.unit.curblock.instrs.push({ op, arg, target, loc, except: null });
  }

  /** ADDOP */
  addop(op: number): void {
    this.emit(op, 0, null, this.unit.loc);
  }
  /** ADDOP_NOLINE */
  addopNoLine(op: number): void {
    this.emit(op, 0, null, { ...this.unit.loc, lineno: -1 });
  }
  /** ADDOP_I */
  addopI(op: number, arg: number): void {
    this.emit(op, arg, null, this.unit.loc);
  }
  addopINoLine(op: number, arg: number): void {
    this.emit(op, arg, null, { ...this.unit.loc, lineno: -1 });
  }
  /** ADDOP_JUMP */
  addopJump(op: number, target: BasicBlock): void {
    this.emit(op, 0, target, this.unit.loc);
  }
  /** ADDOP_JUMP_NOLINE */
  addopJumpNoLine(op: number, target: BasicBlock): void {
    this.emit(op, 0, target, { ...this.unit.loc, lineno: -1 });
  }

  // ---- constants and names ----
  /** compiler_add_const */
  addConst(v: PyObject): number {
    const u = this.unit;
    let key: string;
    if (v instanceof CodeObject) {
      // A code object's full key is costly and most units never see two equal ones: file
      // it under a cheap bucket key, and compare fully only when a bucket is shared.
      const bucket = codeBucket(v);
      const first = u.constIndex.get(bucket);
      if (first === undefined) {
        key = bucket;
      } else {
        u.constIndex.set(constKey(u.consts[first]), first);
        key = constKey(v);
      }
    } else {
      key = constKey(v);
    }
    let i = u.constIndex.get(key);
    if (i === undefined) {
      i = u.consts.length;
      u.consts.push(v);
      u.constIndex.set(key, i);
    }
    return i;
  }
  /** ADDOP_LOAD_CONST */
  loadConst(v: PyObject): void {
    this.addopI(Op.LOAD_CONST, this.addConst(v));
  }
  /** ADDOP_NAME: a (mangled) name in co_names. */
  addopName(op: number, name: string): void {
    const arg = this.unit.names.add(mangle(this.unit.private, name));
    this.addopI(op, arg);
  }
  /** ADDOP_N with co_names, no mangling. */
  addopN(op: number, name: string): void {
    this.addopI(op, this.unit.names.add(name));
  }

  /** compiler_nameop */
  nameop(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    const u = this.unit;
    if (ctx !== 'Load' && (name === 'None' || name === 'True' || name === 'False')) {
      this.error(`cannot assign to ${name}`);
    }
    if (ctx !== 'Load' && name === '__debug__') {
      this.error(ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__');
    }
    const mangled = mangle(u.private, name);
    const scope = u.ste.getScope(mangled);
    let optype: 'name' | 'fast' | 'global' | 'deref' = 'name';
    let deref: IndexTable | null = null;
    switch (scope) {
      case Scope.FREE:
        deref = u.freevars;
        optype = 'deref';
        break;
      case Scope.CELL:
        deref = u.cellvars;
        optype = 'deref';
        break;
      case Scope.LOCAL:
        if (u.ste.type === 'function') optype = 'fast';
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (u.ste.type === 'function') optype = 'global';
        break;
      case Scope.GLOBAL_EXPLICIT:
        optype = 'global';
        break;
      default:
        break;
    }
    switch (optype) {
      case 'deref': {
        const arg = deref!.get(mangled)!;
        const op = ctx === 'Load' ? (u.ste.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
          : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        this.addopI(op, arg);
        return;
      }
      case 'fast': {
        const op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopI(op, u.varnames.add(mangled));
        return;
      }
      case 'global': {
        const arg = u.names.add(mangled);
        if (ctx === 'Load') this.addopI(Op.LOAD_GLOBAL, arg << 1);
        else this.addopI(ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, arg);
        return;
      }
      case 'name': {
        const arg = u.names.add(mangled);
        this.addopI(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, arg);
        return;
      }
    }
  }

  // ---- scopes ----
  /** compiler_enter_scope */
  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.blocks.get(key);
    if (!ste) throw new Error(`internal error: no symbol table entry for ${name}`);
    const u = new CompilerUnit(ste, name, scopeType, lineno);
    if (this.stack.length > 0 || this.unit) {
      if (this.unit) {
        u.private = this.unit.private;
        this.stack.push(this.unit);
      }
    }
    this.unit = u;
    this.nestlevel++;
    const entry = this.newBlock();
    u.entry = entry;
    u.curblock = entry;
    if (scopeType === 'module') {
      u.loc = { ...u.loc, lineno: 0 };
    } else {
      this.setQualname();
    }
    this.addopI(Op.RESUME, 0);
    if (scopeType === 'module') u.loc = { ...u.loc, lineno: -1 };
  }

  /** compiler_exit_scope */
  exitScope(): void {
    this.nestlevel--;
    const prev = this.stack.pop();
    if (prev) this.unit = prev;
  }

  /** compiler_set_qualname */
  setQualname(): void {
    const u = this.unit;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async_function' || u.scopeType === 'class') {
        const m = mangle(parent.private, u.name);
        if (parent.ste.getScope(m) === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === 'function' || parent.scopeType === 'async_function' || parent.scopeType === 'lambda') {
          base = parent.qualname + '.<locals>';
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  /** Assembles the current unit into a code object (assemble()). */
  assemble(addNone: boolean): CodeObject {
    return assemble(this, addNone);
  }

  // ---- frame blocks ----
  pushFBlock(type: FBlockType, block: BasicBlock | null, exit: BasicBlock | null,
    datum: FBlock['datum']): void {
    if (this.unit.fblocks.length >= 20) this.error('too many statically nested blocks');
    this.unit.fblocks.push({ type, block, exit, datum });
  }
  popFBlock(): void {
    this.unit.fblocks.pop();
  }

  /** IS_TOP_LEVEL_AWAIT: never, pyvm compiles files, not the REPL with top-level await. */
  isTopLevelAwait(): boolean {
    return false;
  }
}

export function isStr(v: PyObject): v is string {
  return typeof v === 'string';
}

/** _PyAST_GetDocString */
export function getDocString(body: A.StmtNode[]): string | null {
  if (body.length === 0) return null;
  const st = body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  if (e._type === 'Constant' && typeof e.value === 'string') return e.value;
  return null;
}

