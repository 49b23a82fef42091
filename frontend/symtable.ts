// The symbol table: which scope every name of every block lives in, exactly as CPython
// 3.11's Python/symtable.c resolves it.
//
// Two passes, as CPython: (1) a walk of the AST that records, per block (module, class,
// function, lambda, comprehension), each name's use/definition flags (symtable_visit_*);
// (2) analyze_block, which turns flags into scopes (LOCAL, GLOBAL_EXPLICIT,
// GLOBAL_IMPLICIT, FREE, CELL), marks cells of enclosing functions, and the implicit
// `__class__` cell of classes whose methods use super()/__class__.
//
// The compiler finds a block's entry by the AST node that opened it (`blockFor`).
// Errors CPython's symtable reports (duplicate argument, bad global/nonlocal use, ...)
// are thrown as PySyntaxError with CPython's message.

import type * as A from './ast';
import { PySyntaxError } from './syntaxerror';

// Symbol flags (Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export enum Scope {
  None = 0,
  LOCAL = 1,
  GLOBAL_EXPLICIT = 2,
  GLOBAL_IMPLICIT = 3,
  FREE = 4,
  CELL = 5,
}

export type BlockType = 'function' | 'class' | 'module' | 'annotation';
export type ComprehensionKind = 'none' | 'list' | 'set' | 'dict' | 'generator';

type ScopeNode = A.Module | A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | A.Lambda |
  A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp | A.ExprNode;

/** PySTEntryObject: one block's names and properties. */
export class SymtableEntry {
  /** name -> flags (in insertion order, as CPython's dict). */
  symbols = new Map<string, number>();
  /** name -> resolved scope (after analysis). */
  scopes = new Map<string, Scope>();
  /** Parameters in order (ste_varnames). */
  varnames: string[] = [];
  children: SymtableEntry[] = [];
  /** Names declared global/nonlocal, for the "used prior to ..." checks. */
  directives = new Map<string, Loc>();
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = 'none';
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  childFree = false;
  free = false;
  compIterTarget = false;
  compIterExpr = 0;
  constructor(
    public readonly name: string,
    public readonly type: BlockType,
    public readonly lineno: number,
  ) {}

  /** _PyST_GetScope */
  getScope(name: string): Scope {
    return this.scopes.get(name) ?? Scope.None;
  }
  /** _PyST_GetSymbol */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

export interface SymtableResult {
  top: SymtableEntry;
  blocks: Map<object, SymtableEntry>;
  futureAnnotations: boolean;
}

/** _Py_Mangle: private name mangling inside a class. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped.length === 0) return name;
  return '_' + stripped + name;
}

const GLOBAL_PARAM = "name '%s' is parameter and global";
const NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
const NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
const GLOBAL_ANNOT = "annotated name '%s' can't be global";
const NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
const IMPORT_STAR_WARNING = 'import * only allowed at module level';
const NAMED_EXPR_COMP_IN_CLASS = 'assignment expression within a comprehension cannot be used in a class body';
const NAMED_EXPR_COMP_CONFLICT = "assignment expression cannot rebind comprehension iteration variable '%s'";
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = "comprehension inner loop cannot rebind assignment expression target '%s'";
const NAMED_EXPR_COMP_ITER_EXPR = 'assignment expression cannot be used in a comprehension iterable expression';

function fmt(template: string, name: string): string {
  return template.replace('%s', name);
}

interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** struct symtable: the builder state of pass 1. */
class SymtableBuilder {
  blocks = new Map<object, SymtableEntry>();
  stack: SymtableEntry[] = [];
  cur!: SymtableEntry;
  top!: SymtableEntry;
  private: string | null = null;
  futureAnnotations = false;

  constructor(public readonly filename: string, public readonly sourceLines: string[] | null) {}

  error(msg: string, loc: Loc | null): never {
    const lineno = loc ? loc.lineno : 1;
    const text = this.sourceLines && lineno >= 1 ? (this.sourceLines[lineno - 1] ?? null) : null;
    throw new PySyntaxError('SyntaxError', msg, this.filename, lineno, loc ? loc.col_offset + 1 : 0, text,
      loc ? loc.end_lineno : null, loc && loc.end_col_offset !== null ? loc.end_col_offset + 1 : null);
  }

  /** symtable_enter_block */
  enterBlock(name: string, type: BlockType, key: object, lineno: number): void {
    const prev = this.stack.length ? this.cur : null;
    const ste = new SymtableEntry(name, type, lineno);
    if (prev && (prev.nested || prev.type === 'function')) ste.nested = true;
    if (prev) {
      prev.children.push(ste);
      if (prev.compIterExpr > 0) ste.compIterExpr = prev.compIterExpr;
    }
    this.blocks.set(key, ste);
    this.stack.push(ste);
    this.cur = ste;
    if (type === 'module') this.top = ste;
  }

  /** symtable_exit_block */
  exitBlock(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  /** symtable_add_def_helper */
  addDefHelper(name: string, flag: number, ste: SymtableEntry, loc: Loc | null): void {
    const mangled = mangle(this.private, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
        this.error(`duplicate argument '${name}' in function definition`, loc);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // A comprehension iteration variable may not also be a walrus target.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.error(fmt(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name), loc);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const g = this.top.symbols.get(mangled);
      this.top.symbols.set(mangled, (g ?? 0) | flag);
    }
  }

  addDef(name: string, flag: number, loc: Loc | null): void {
    this.addDefHelper(name, flag, this.cur, loc);
  }

  lookup(name: string): number {
    return this.cur.getSymbol(mangle(this.private, name));
  }

  recordDirective(name: string, loc: Loc): void {
    // Errors point at the first directive naming the variable.
    const m = mangle(this.private, name);
    if (!this.cur.directives.has(m)) {
      this.cur.directives.set(m, { lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset });
    }
  }

  // ---- statements (symtable_visit_stmt) ----
  visitStmts(stmts: A.StmtNode[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  visitStmt(s: A.StmtNode): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitDefaults(s.args);
        this.visitAnnotations(s.args, s.returns);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.enterBlock(s.name, 'function', s, s.lineno);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const b of s.bases) this.visitExpr(b);
        for (const k of s.keywords) this.visitExpr(k.value);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.enterBlock(s.name, 'class', s, s.lineno);
        const tmp = this.private;
        this.private = s.name;
        this.visitStmts(s.body);
        this.private = tmp;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        break;
      case 'Assign':
        for (const t of s.targets) this.visitExpr(t);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign': {
        if (s.target._type === 'Name') {
          const e = s.target;
          const cur = this.lookup(e.id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur !== this.top && s.simple) {
            this.error(fmt(cur & DEF_GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT, e.id), s);
          }
          if (s.simple) {
            this.addDef(e.id, DEF_ANNOT | DEF_LOCAL, e);
          } else if (s.value) {
            this.addDef(e.id, DEF_LOCAL, e);
          }
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a, s);
        break;
      case 'Global':
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = GLOBAL_PARAM;
            else if (cur & USE) msg = GLOBAL_AFTER_USE;
            else if (cur & DEF_ANNOT) msg = GLOBAL_ANNOT;
            else msg = GLOBAL_AFTER_ASSIGN;
            this.error(fmt(msg, name), s);
          }
          this.addDef(name, DEF_GLOBAL, s);
          this.recordDirective(name, s);
        }
        break;
      case 'Nonlocal':
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = NONLOCAL_PARAM;
            else if (cur & USE) msg = NONLOCAL_AFTER_USE;
            else if (cur & DEF_ANNOT) msg = NONLOCAL_ANNOT;
            else msg = NONLOCAL_AFTER_ASSIGN;
            this.error(fmt(msg, name), s);
          }
          this.addDef(name, DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      default:
        assertNever(s);
    }
  }

  /** symtable_extend_namedexpr_scope */
  extendNamedExprScope(e: A.Name): void {
    const target = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== 'none') {
        const flags = ste.getSymbol(target);
        if (flags & DEF_COMP_ITER) this.error(fmt(NAMED_EXPR_COMP_CONFLICT, target), e);
        continue;
      }
      if (ste.type === 'function') {
        const inScope = ste.getSymbol(target);
        if (inScope & DEF_GLOBAL) this.addDef(target, DEF_GLOBAL, e);
        else this.addDef(target, DEF_NONLOCAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(target, DEF_GLOBAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_GLOBAL, ste, e);
        return;
      }
      if (ste.type === 'class') this.error(NAMED_EXPR_COMP_IN_CLASS, e);
    }
  }

  /** symtable_handle_namedexpr */
  handleNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.error(NAMED_EXPR_COMP_ITER_EXPR, e);
    if (this.cur.comprehension !== 'none') {
      this.extendNamedExprScope(e.target as A.Name);
    }
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  // ---- expressions (symtable_visit_expr) ----
  visitExpr(e: A.ExprNode): void {
    switch (e._type) {
      case 'NamedExpr':
        this.handleNamedExpr(e);
        break;
      case 'BoolOp':
        for (const v of e.values) this.visitExpr(v);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitDefaults(e.args);
        this.enterBlock('lambda', 'function', e, e.lineno);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        for (const k of e.keys) if (k) this.visitExpr(k);
        for (const v of e.values) this.visitExpr(v);
        break;
      case 'Set':
        for (const v of e.elts) this.visitExpr(v);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null, 'generator');
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null, 'list');
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null, 'set');
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value, 'dict');
        break;
      case 'Yield':
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') this.raiseCompError(e, "'yield' inside ");
        break;
      case 'YieldFrom':
        this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') this.raiseCompError(e, "'yield' inside ");
        break;
      case 'Await':
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        for (const c of e.comparators) this.visitExpr(c);
        break;
      case 'Call':
        this.visitExpr(e.func);
        for (const a of e.args) this.visitExpr(a);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        for (const v of e.values) this.visitExpr(v);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, e);
        // Special-case super(): it needs the __class__ cell.
        if (e.ctx._type === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        for (const v of e.elts) this.visitExpr(v);
        break;
      default:
        assertNever(e);
    }
  }

  raiseCompError(e: Loc, prefix: string): never {
    const kinds: Record<ComprehensionKind, string> = {
      none: '', list: 'list comprehension', set: 'set comprehension', dict: 'dict comprehension',
      generator: 'generator expression',
    };
    this.error(prefix + kinds[this.cur.comprehension], e);
  }

  visitPattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        for (const k of p.keys) this.visitExpr(k);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      default:
        assertNever(p);
    }
  }

  visitAlias(a: A.Alias, stmt: A.StmtNode): void {
    // import a.b.c binds 'a'; "import a as b" binds 'b'.
    let name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    if (a.asname === null && dot >= 0) name = name.slice(0, dot);
    if (name !== '*') {
      this.addDef(name, DEF_IMPORT, a);
    } else if (this.cur.type !== 'module') {
      this.error(IMPORT_STAR_WARNING, a);
    }
  }

  visitDefaults(args: A.Arguments): void {
    for (const d of args.defaults) this.visitExpr(d);
    for (const d of args.kw_defaults) if (d) this.visitExpr(d);
  }

  visitAnnotation(ann: A.ExprNode): void {
    // Under `from __future__ import annotations` annotations are strings: their names
    // belong to no scope of the program.
    if (this.futureAnnotations) return;
    this.visitExpr(ann);
  }

  visitArgAnnotations(args: A.Arg[]): void {
    for (const a of args) if (a.annotation) this.visitAnnotation(a.annotation);
  }

  /** symtable_visit_annotations */
  visitAnnotations(a: A.Arguments, returns: A.ExprNode | null): void {
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg && a.vararg.annotation) this.visitAnnotation(a.vararg.annotation);
    if (a.kwarg && a.kwarg.annotation) this.visitAnnotation(a.kwarg.annotation);
    this.visitArgAnnotations(a.kwonlyargs);
    if (returns) this.visitAnnotation(returns);
  }

  /** symtable_visit_arguments */
  visitArguments(a: A.Arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  /** symtable_handle_comprehension */
  handleComprehension(e: A.ExprNode, scopeName: string, generators: A.Comprehension[],
    elt: A.ExprNode, value: A.ExprNode | null, kind: ComprehensionKind): void {
    const isGenerator = kind === 'generator';
    const outermost = generators[0];
    // The outermost iterator is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'function', e, e.lineno);
    if (outermost.is_async) this.cur.coroutine = true;
    this.cur.comprehension = kind;
    this.addDef('.0', DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    for (const i of outermost.ifs) this.visitExpr(i);
    for (let g = 1; g < generators.length; g++) this.visitComprehension(generators[g]);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    if (isGenerator) this.cur.generator = true;
    // An await in a non-generator comprehension makes it a coroutine.
    const ste = this.cur;
    this.exitBlock();
    if (ste.coroutine && !isGenerator) this.cur.coroutine = true;
  }

  /** symtable_visit_comprehension */
  visitComprehension(lc: A.Comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(lc.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(lc.iter);
    this.cur.compIterExpr--;
    for (const i of lc.ifs) this.visitExpr(i);
    if (lc.is_async) this.cur.coroutine = true;
  }
}

// ---- pass 2: analysis (analyze_block and friends) ----

class Analyzer {
  constructor(private readonly b: SymtableBuilder) {}

  /** analyze_name */
  analyzeName(ste: SymtableEntry, scopes: Map<string, Scope>, name: string, flags: number,
    bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
    const loc = (): Loc | null => ste.directives.get(name) ?? null;
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.b.error(`name '${name}' is nonlocal and global`, loc());
      scopes.set(name, Scope.GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.b.error('nonlocal declaration not allowed at module level', loc());
      if (!bound.has(name)) this.b.error(`no binding for nonlocal '${name}' found`, loc());
      scopes.set(name, Scope.FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, Scope.LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    // An implicit reference: free if some enclosing function binds it.
    if (bound && bound.has(name)) {
      scopes.set(name, Scope.FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, Scope.GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, Scope.GLOBAL_IMPLICIT);
  }

  /** analyze_cells: locals that children use freely become cells. */
  analyzeCells(scopes: Map<string, Scope>, free: Set<string>): void {
    for (const [name, scope] of scopes) {
      if (scope !== Scope.LOCAL) continue;
      if (!free.has(name)) continue;
      scopes.set(name, Scope.CELL);
      free.delete(name);
    }
  }

  /** drop_class_free */
  dropClassFree(ste: SymtableEntry, free: Set<string>): void {
    if (free.delete('__class__')) ste.needsClassClosure = true;
  }

  /** update_symbols */
  updateSymbols(ste: SymtableEntry, scopes: Map<string, Scope>, bound: Set<string> | null,
    free: Set<string>, classflag: boolean): void {
    for (const name of ste.symbols.keys()) {
      ste.scopes.set(name, scopes.get(name) ?? Scope.None);
    }
    for (const name of free) {
      const v = ste.symbols.get(name);
      if (v !== undefined) {
        if (classflag && (v & (DEF_BOUND | DEF_GLOBAL))) {
          ste.symbols.set(name, v | DEF_FREE_CLASS);
        }
        continue;
      }
      if (bound && !bound.has(name)) continue;
      ste.symbols.set(name, 0);
      ste.scopes.set(name, Scope.FREE);
    }
  }

  /** analyze_block */
  analyzeBlock(ste: SymtableEntry, bound: Set<string> | null, free: Set<string>,
    global: Set<string>): void {
    const local = new Set<string>();
    const scopes = new Map<string, Scope>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();

    if (ste.type === 'class') {
      for (const g of global) newglobal.add(g);
      if (bound) for (const x of bound) newbound.add(x);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global);
    }
    if (ste.type !== 'class') {
      if (ste.type === 'function') for (const x of local) newbound.add(x);
      if (bound) for (const x of bound) newbound.add(x);
      for (const g of global) newglobal.add(g);
    } else {
      newbound.add('__class__');
    }
    const allfree = new Set<string>();
    for (const child of ste.children) {
      const childFree = this.analyzeChildBlock(child, newbound, newfree, newglobal);
      for (const x of childFree) allfree.add(x);
      if (child.free || child.childFree) ste.childFree = true;
    }
    for (const x of allfree) newfree.add(x);
    if (ste.type === 'function') this.analyzeCells(scopes, newfree);
    else if (ste.type === 'class') this.dropClassFree(ste, newfree);
    this.updateSymbols(ste, scopes, bound, newfree, ste.type === 'class');
    for (const x of newfree) free.add(x);
  }

  /** analyze_child_block: the child works on copies of the sets it is given. */
  analyzeChildBlock(ste: SymtableEntry, bound: Set<string>, free: Set<string>,
    global: Set<string>): Set<string> {
    const tempBound = new Set(bound);
    const tempFree = new Set(free);
    const tempGlobal = new Set(global);
    this.analyzeBlock(ste, tempBound, tempFree, tempGlobal);
    return tempFree;
  }
}

function assertNever(x: never): never {
  throw new Error('unexpected node: ' + JSON.stringify(x));
}

/** _PySymtable_Build */
export function buildSymtable(mod: A.Module, filename: string, futureAnnotations: boolean,
  sourceLines: string[] | null = null): SymtableResult {
  const b = new SymtableBuilder(filename, sourceLines);
  b.futureAnnotations = futureAnnotations;
  b.enterBlock('top', 'module', mod, 0);
  b.visitStmts(mod.body);
  b.exitBlock();
  const an = new Analyzer(b);
  an.analyzeBlock(b.top, null, new Set(), new Set());
  return { top: b.top, blocks: b.blocks, futureAnnotations };
}

export type { ScopeNode };
