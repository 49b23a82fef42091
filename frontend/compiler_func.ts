// Code generation for the constructs that create a new code object (compile.c):
// function definitions (compiler_function: decorators, defaults, annotations, the body
// as its own unit, compiler_make_closure), lambdas, classes (compiler_class, the
// __class__ cell) and comprehensions (compiler_comprehension: a nested function called
// with the outermost iterator, as 3.11 compiles them).

import type * as A from './ast';
import { Compiler, ScopeType, getDocString } from './compiler';
import { CodeObject } from './code';
import { Op } from './opcode';
import { None, PyTuple } from '../runtime/object';
import { addopYield, addYieldFrom, compilerCallHelper, compilerJumpIf, visitExpr } from './compiler_expr';
import { compilerBody, visitStmt } from './compiler_stmt';
import { Scope, mangle } from './symtable';
import { exprAsUnicode, UnparseError } from './compiler_unparse';

/** compiler_decorators */
function compilerDecorators(c: Compiler, decos: A.ExprNode[]): void {
  for (const d of decos) visitExpr(c, d);
}

/** compiler_visit_kwonlydefaults: returns true when a dict of defaults was pushed. */
function visitKwonlyDefaults(c: Compiler, kwonlyargs: A.Arg[], kwDefaults: (A.ExprNode | null)[]): boolean {
  const keys: string[] = [];
  for (let i = 0; i < kwonlyargs.length; i++) {
    const arg = kwonlyargs[i];
    const def = kwDefaults[i];
    if (def) {
      keys.push(mangle(c.unit.private, arg.arg));
      visitExpr(c, def);
    }
  }
  if (keys.length) {
    c.loadConst(new PyTuple(keys));
    c.addopI(Op.BUILD_CONST_KEY_MAP, keys.length);
    return true;
  }
  return false;
}

/** compiler_default_arguments */
function compilerDefaultArguments(c: Compiler, args: A.Arguments): number {
  let funcflags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length);
    funcflags |= 0x01;
  }
  if (args.kwonlyargs.length) {
    if (visitKwonlyDefaults(c, args.kwonlyargs, args.kw_defaults as (A.ExprNode | null)[])) funcflags |= 0x02;
  }
  return funcflags;
}

/** VISIT(c, annexpr, e): the annotation's source text, under `from __future__ import annotations`. */
export function annotationString(c: Compiler, e: A.ExprNode): string {
  try {
    return exprAsUnicode(e);
  } catch (err) {
    if (err instanceof UnparseError) c.error(`pyvm: ${err.message}`);
    throw err;
  }
}

/** compiler_visit_argannotation */
function visitArgAnnotation(c: Compiler, id: string, annotation: A.ExprNode | null, count: { n: number }): void {
  if (!annotation) return;
  c.loadConst(mangle(c.unit.private, id));
  if (c.st.futureAnnotations) {
    c.loadConst(annotationString(c, annotation));
  } else if (annotation._type === 'Starred') {
    // *args: *Ts
    visitExpr(c, annotation.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1);
  } else {
    visitExpr(c, annotation);
  }
  count.n += 2;
}

/** compiler_visit_annotations: returns true when an annotations tuple was pushed. */
function compilerVisitAnnotations(c: Compiler, args: A.Arguments, returns: A.ExprNode | null): boolean {
  const count = { n: 0 };
  for (const a of args.args) visitArgAnnotation(c, a.arg, a.annotation, count);
  for (const a of args.posonlyargs) visitArgAnnotation(c, a.arg, a.annotation, count);
  if (args.vararg && args.vararg.annotation) visitArgAnnotation(c, args.vararg.arg, args.vararg.annotation, count);
  for (const a of args.kwonlyargs) visitArgAnnotation(c, a.arg, a.annotation, count);
  if (args.kwarg && args.kwarg.annotation) visitArgAnnotation(c, args.kwarg.arg, args.kwarg.annotation, count);
  visitArgAnnotation(c, 'return', returns, count);
  if (count.n) {
    c.addopI(Op.BUILD_TUPLE, count.n);
    return true;
  }
  return false;
}

/** compiler_make_closure */
export function compilerMakeClosure(c: Compiler, co: CodeObject, flags: number): void {
  const frees = co.co_freevars;
  if (frees.length) {
    for (const name of frees) {
      // get_ref_type: a class's __class__ is always its cell.
      let arg: number | undefined;
      let reftype: Scope;
      if (c.unit.scopeType === 'class' && name === '__class__') reftype = Scope.CELL;
      else reftype = c.unit.ste.getScope(name);
      if (reftype === Scope.CELL) arg = c.unit.cellvars.get(name);
      else arg = c.unit.freevars.get(name);
      if (arg === undefined) {
        throw new Error(`internal error: lookup of '${name}' for a closure failed in ${c.unit.name}`);
      }
      c.addopI(Op.LOAD_CLOSURE, arg);
    }
    flags |= 0x08;
    c.addopI(Op.BUILD_TUPLE, frees.length);
  }
  c.loadConst(co);
  c.addopI(Op.MAKE_FUNCTION, flags);
}

/** The decorator calls, innermost first, each at its decorator's location. */
function applyDecorators(c: Compiler, decos: A.ExprNode[]): void {
  for (let i = decos.length - 1; i >= 0; i--) {
    c.setLoc(decos[i]);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
}

/** compiler_check_debug_args: no parameter may be called __debug__. */
function checkDebugArgs(c: Compiler, args: A.Arguments): void {
  const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs,
    ...(args.kwarg ? [args.kwarg] : [])];
  for (const a of all) if (a.arg === '__debug__') c.error('cannot assign to __debug__');
}

/** compiler_function */
export function compilerFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
  const args = s.args;
  const decos = s.decorator_list;
  checkDebugArgs(c, args);
  compilerDecorators(c, decos);
  let firstlineno = s.lineno;
  if (decos.length) firstlineno = decos[0].lineno;
  let funcflags = compilerDefaultArguments(c, args);
  if (compilerVisitAnnotations(c, args, s.returns)) funcflags |= 0x04;
  const scopeType: ScopeType = isAsync ? 'async_function' : 'function';
  c.enterScope(s.name, scopeType, s, firstlineno);
  const doc = getDocString(s.body);
  c.addConst(doc !== null ? doc : None);
  c.unit.argcount = args.args.length;
  c.unit.posonlyargcount = args.posonlyargs.length;
  c.unit.kwonlyargcount = args.kwonlyargs.length;
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i]);
  const co = c.assemble(true);
  c.exitScope();
  compilerMakeClosure(c, co, funcflags);
  applyDecorators(c, decos);
  c.setLoc(s);
  c.nameop(s.name, 'Store');
}

/** compiler_lambda */
export function compileLambda(c: Compiler, e: A.Lambda): void {
  const args = e.args;
  checkDebugArgs(c, args);
  const funcflags = compilerDefaultArguments(c, args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  c.addConst(None);
  c.unit.argcount = args.args.length;
  c.unit.posonlyargcount = args.posonlyargs.length;
  c.unit.kwonlyargcount = args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: CodeObject;
  if (c.unit.ste.generator) {
    co = c.assemble(false);
  } else {
    c.addop(Op.RETURN_VALUE);
    co = c.assemble(true);
  }
  c.exitScope();
  compilerMakeClosure(c, co, funcflags);
}

/** compiler_class */
export function compilerClass(c: Compiler, s: A.ClassDef): void {
  const decos = s.decorator_list;
  compilerDecorators(c, decos);
  let firstlineno = s.lineno;
  if (decos.length) firstlineno = decos[0].lineno;
  c.enterScope(s.name, 'class', s, firstlineno);
  c.unit.private = s.name;
  c.nameop('__name__', 'Load');
  c.nameop('__module__', 'Store');
  c.loadConst(c.unit.qualname);
  c.nameop('__qualname__', 'Store');
  compilerBody(c, s.body);
  c.unsetLoc();
  if (c.unit.ste.needsClassClosure) {
    const i = c.unit.cellvars.get('__class__')!;
    c.addopI(Op.LOAD_CLOSURE, i);
    c.addopI(Op.COPY, 1);
    c.nameop('__classcell__', 'Store');
  } else {
    c.loadConst(None);
  }
  c.addop(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();
  c.addop(Op.PUSH_NULL);
  c.addop(Op.LOAD_BUILD_CLASS);
  compilerMakeClosure(c, co, 0);
  c.loadConst(s.name);
  compilerCallHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, decos);
  c.setLoc(s);
  c.nameop(s.name, 'Store');
}

export type CompKind = 'generator' | 'list' | 'set' | 'dict';

/** compiler_comprehension */
export function compileComprehension(c: Compiler, e: A.ExprNode, kind: CompKind, name: string,
  generators: A.Comprehension[], elt: A.ExprNode, val: A.ExprNode | null): void {
  const outermost = generators[0];
  const parentScope = c.unit.scopeType;
  c.enterScope(name, 'comprehension', e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.unit.ste.coroutine;
  if (isAsyncGenerator && kind !== 'generator' && parentScope !== 'async_function' &&
    parentScope !== 'comprehension' && !c.isTopLevelAwait()) {
    c.error('asynchronous comprehension outside of an asynchronous function');
  }
  if (kind !== 'generator') {
    c.addopI(kind === 'list' ? Op.BUILD_LIST : kind === 'set' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  }
  comprehensionGenerator(c, generators, 0, 0, elt, val, kind);
  if (kind !== 'generator') c.addop(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();
  compilerMakeClosure(c, co, 0);
  visitExpr(c, outermost.iter);
  c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.addopI(Op.PRECALL, 0);
  c.addopI(Op.CALL, 0);
  if (isAsyncGenerator && kind !== 'generator') {
    c.addopI(Op.GET_AWAITABLE, 0);
    c.loadConst(None);
    addYieldFrom(c, true);
  }
}

/** compiler_comprehension_generator */
function comprehensionGenerator(c: Compiler, generators: A.Comprehension[], genIndex: number, depth: number,
  elt: A.ExprNode, val: A.ExprNode | null, kind: CompKind): void {
  const gen = generators[genIndex];
  if (gen.is_async) asyncComprehensionGenerator(c, generators, genIndex, depth, elt, val, kind);
  else syncComprehensionGenerator(c, generators, genIndex, depth, elt, val, kind);
}

/** The innermost part: add the element to the result (or yield it). */
function comprehensionElement(c: Compiler, depth: number, elt: A.ExprNode, val: A.ExprNode | null, kind: CompKind): void {
  switch (kind) {
    case 'generator':
      visitExpr(c, elt);
      addopYield(c);
      c.addop(Op.POP_TOP);
      break;
    case 'list':
      visitExpr(c, elt);
      c.addopI(Op.LIST_APPEND, depth + 1);
      break;
    case 'set':
      visitExpr(c, elt);
      c.addopI(Op.SET_ADD, depth + 1);
      break;
    case 'dict':
      visitExpr(c, elt);
      visitExpr(c, val!);
      c.addopI(Op.MAP_ADD, depth + 1);
      break;
  }
}

/** compiler_sync_comprehension_generator */
function syncComprehensionGenerator(c: Compiler, generators: A.Comprehension[], genIndex: number, depth: number,
  elt: A.ExprNode, val: A.ExprNode | null, kind: CompKind): void {
  let start: ReturnType<Compiler['newBlock']> | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = generators[genIndex];
  if (genIndex === 0) {
    c.unit.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    // Fast path for the temporary-variable idiom: `for y in [f(x)]`.
    let elts: A.ExprNode[] | null = null;
    if (gen.iter._type === 'List' || gen.iter._type === 'Tuple') elts = gen.iter.elts;
    if (elts !== null && elts.length === 1 && elts[0]._type !== 'Starred') {
      visitExpr(c, elts[0]);
      start = null;
    }
    if (start) {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.addopJump(Op.FOR_ITER, anchor);
    c.nextBlock();
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) {
    compilerJumpIf(c, e, ifCleanup, false);
    c.nextBlock();
  }
  if (++genIndex < generators.length) {
    comprehensionGenerator(c, generators, genIndex, depth, elt, val, kind);
  }
  if (genIndex >= generators.length) comprehensionElement(c, depth, elt, val, kind);
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addopJump(Op.JUMP, start);
    c.useNextBlock(anchor);
  }
}

/** compiler_async_comprehension_generator */
function asyncComprehensionGenerator(c: Compiler, generators: A.Comprehension[], genIndex: number, depth: number,
  elt: A.ExprNode, val: A.ExprNode | null, kind: CompKind): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const gen = generators[genIndex];
  if (genIndex === 0) {
    c.unit.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.addop(Op.GET_AITER);
  }
  c.useNextBlock(start);
  c.addopJump(Op.SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.addop(Op.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) {
    compilerJumpIf(c, e, ifCleanup, false);
    c.nextBlock();
  }
  depth++;
  if (++genIndex < generators.length) {
    comprehensionGenerator(c, generators, genIndex, depth, elt, val, kind);
  }
  if (genIndex >= generators.length) comprehensionElement(c, depth, elt, val, kind);
  c.useNextBlock(ifCleanup);
  c.addopJump(Op.JUMP, start);
  c.pushFBlock('ASYNC_COMPREHENSION_GENERATOR', start, null, null);
  c.useNextBlock(except);
  c.addop(Op.END_ASYNC_FOR);
  c.popFBlock();
}
