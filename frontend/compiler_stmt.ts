// Code generation for statements (compile.c: compiler_visit_stmt and what it calls):
// assignments, augmented and annotated assignment, if/while/for, break/continue/return
// with the frame-block unwinding they need, imports, assert, raise, del, and module/class
// bodies (compiler_body, with the docstring and SETUP_ANNOTATIONS).

import type * as A from './ast';
import { Compiler, FBlock, getDocString } from './compiler';
import { Op } from './opcode';
import { None, PyTuple } from '../runtime/object';
import { assertNever, binopArg, compilerJumpIf, updateStartLocationToMatchAttr, visitExpr, visitExprs, addYieldFrom } from './compiler_expr';
import { annotationString, compilerClass, compilerFunction } from './compiler_func';
import { compilerAsyncWith, compilerTry, compilerTryStar, compilerWith, compilerAsyncFor, callExitWithNones } from './compiler_exc';
import { compilerMatch } from './compiler_match';
import { mangle } from './symtable';

export function visitStmts(c: Compiler, stmts: A.StmtNode[]): void {
  for (const s of stmts) visitStmt(c, s);
}

/** find_ann: does the body (not nested scopes) contain an annotated assignment? */
export function findAnn(stmts: A.StmtNode[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case 'Match':
        for (const m of st.cases) if (findAnn(m.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** compiler_body: module and class bodies. */
export function compilerBody(c: Compiler, stmts: A.StmtNode[]): void {
  if (c.unit.scopeType === 'module' && stmts.length) c.setLoc(stmts[0]);
  if (findAnn(stmts)) c.addop(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  const doc = getDocString(stmts);
  if (doc !== null) {
    i = 1;
    const st = stmts[0] as A.Expr;
    visitExpr(c, st.value);
    c.unsetLoc();
    c.nameop('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

/** compiler_visit_stmt */
export function visitStmt(c: Compiler, s: A.StmtNode): void {
  c.setLoc(s);
  switch (s._type) {
    case 'FunctionDef':
      compilerFunction(c, s, false);
      return;
    case 'AsyncFunctionDef':
      compilerFunction(c, s, true);
      return;
    case 'ClassDef':
      compilerClass(c, s);
      return;
    case 'Return':
      compilerReturn(c, s);
      return;
    case 'Delete':
      visitExprs(c, s.targets);
      return;
    case 'Assign': {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(Op.COPY, 1);
        visitExpr(c, s.targets[i]);
      }
      return;
    }
    case 'AugAssign':
      compilerAugassign(c, s);
      return;
    case 'AnnAssign':
      compilerAnnassign(c, s);
      return;
    case 'For':
      compilerFor(c, s);
      return;
    case 'AsyncFor':
      compilerAsyncFor(c, s);
      return;
    case 'While':
      compilerWhile(c, s);
      return;
    case 'If':
      compilerIf(c, s);
      return;
    case 'Match':
      compilerMatch(c, s);
      return;
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addopI(Op.RAISE_VARARGS, n);
      c.nextBlock();
      return;
    }
    case 'Try':
      compilerTry(c, s);
      return;
    case 'TryStar':
      compilerTryStar(c, s);
      return;
    case 'Assert':
      compilerAssert(c, s);
      return;
    case 'Import':
      compilerImport(c, s);
      return;
    case 'ImportFrom':
      compilerFromImport(c, s);
      return;
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr':
      compilerVisitStmtExpr(c, s.value);
      return;
    case 'Pass':
      c.addop(Op.NOP);
      return;
    case 'Break':
      compilerBreak(c);
      return;
    case 'Continue':
      compilerContinue(c);
      return;
    case 'With':
      compilerWith(c, s, 0);
      return;
    case 'AsyncWith':
      compilerAsyncWith(c, s, 0);
      return;
    default:
      assertNever(s);
  }
}

/** compiler_visit_stmt_expr */
function compilerVisitStmtExpr(c: Compiler, value: A.ExprNode): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addop(Op.PRINT_EXPR);
    return;
  }
  if (value._type === 'Constant') {
    c.addop(Op.NOP);
    return;
  }
  visitExpr(c, value);
  c.unsetLoc();
  c.addop(Op.POP_TOP);
}

/** compiler_return */
function compilerReturn(c: Compiler, s: A.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (c.unit.ste.type !== 'function') c.error("'return' outside function");
  if (value !== null && c.unit.ste.coroutine && c.unit.ste.generator) {
    c.error("'return' with value in async generator");
  }
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    c.setLoc(value);
    c.addop(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.addop(Op.NOP);
  }
  unwindFBlockStack(c, preserveTos, false);
  if (value === null) c.loadConst(None);
  else if (!preserveTos) c.loadConst((value as A.Constant).value);
  c.addop(Op.RETURN_VALUE);
}

/** compiler_break */
function compilerBreak(c: Compiler): void {
  c.addop(Op.NOP);
  // The error is at the statement, not at a with block the unwinding set the location to.
  const loc = c.unit.loc;
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) {
    c.unit.loc = loc;
    c.error("'break' outside loop");
  }
  unwindFBlock(c, loop, false);
  c.addopJump(Op.JUMP, loop.exit!);
  c.nextBlock();
}

/** compiler_continue */
function compilerContinue(c: Compiler): void {
  c.addop(Op.NOP);
  const loc = c.unit.loc;
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) {
    c.unit.loc = loc;
    c.error("'continue' not properly in loop");
  }
  c.addopJump(Op.JUMP, loop.block!);
  c.nextBlock();
}

/** compiler_unwind_fblock: the code that leaving one frame block early requires. */
export function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP':
    case 'EXCEPTION_HANDLER':
    case 'EXCEPTION_GROUP_HANDLER':
    case 'ASYNC_COMPREHENSION_GENERATOR':
      return;
    case 'FOR_LOOP':
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      return;
    case 'TRY_EXCEPT':
      c.addop(Op.POP_BLOCK);
      return;
    case 'FINALLY_TRY':
      c.addop(Op.POP_BLOCK);
      if (preserveTos) c.pushFBlock('POP_VALUE', null, null, null);
      visitStmts(c, info.datum as A.StmtNode[]);
      if (preserveTos) c.popFBlock();
      c.unsetLoc();
      return;
    case 'FINALLY_END':
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      return;
    case 'WITH':
    case 'ASYNC_WITH':
      c.setLoc(info.datum as A.StmtNode);
      c.addop(Op.POP_BLOCK);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      callExitWithNones(c);
      if (info.type === 'ASYNC_WITH') {
        c.addopI(Op.GET_AWAITABLE, 2);
        c.loadConst(None);
        addYieldFrom(c, true);
      }
      c.addop(Op.POP_TOP);
      c.unsetLoc();
      return;
    case 'HANDLER_CLEANUP': {
      const name = info.datum as string | null;
      if (name !== null) c.addop(Op.POP_BLOCK);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      if (name !== null) {
        c.loadConst(None);
        c.nameop(name, 'Store');
        c.nameop(name, 'Del');
      }
      return;
    }
    case 'POP_VALUE':
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      return;
    default:
      assertNever(info.type);
  }
}

/**
 * compiler_unwind_fblock_stack: unwind every frame block (for return), or up to the
 * innermost loop (for break/continue, `toLoop`), which is returned.
 */
export function unwindFBlockStack(c: Compiler, preserveTos: boolean, toLoop: boolean): FBlock | null {
  const fbs = c.unit.fblocks;
  if (fbs.length === 0) return null;
  const top = fbs[fbs.length - 1];
  if (top.type === 'EXCEPTION_GROUP_HANDLER') {
    c.error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (toLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
  fbs.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, toLoop);
  fbs.push(top);
  return loop;
}

/** compiler_if */
function compilerIf(c: Compiler, s: A.If): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  compilerJumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJumpNoLine(Op.JUMP, end);
    c.useNextBlock(next);
    visitStmts(c, s.orelse);
  }
  c.useNextBlock(end);
}

/** compiler_for */
function compilerFor(c: Compiler, s: A.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock('FOR_LOOP', start, end, null);
  visitExpr(c, s.iter);
  c.addop(Op.GET_ITER);
  c.useNextBlock(start);
  c.addopJump(Op.FOR_ITER, cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJump(Op.JUMP, start);
  c.useNextBlock(cleanup);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_while */
function compilerWhile(c: Compiler, s: A.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock('WHILE_LOOP', loop, end, null);
  compilerJumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.setLoc(s);
  compilerJumpIf(c, s.test, body, true);
  c.popFBlock();
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_augassign */
function compilerAugassign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  const old = c.unit.loc;
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1);
      updateStartLocationToMatchAttr(c, e);
      c.addopName(Op.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addopI(Op.COPY, 2);
      c.addopI(Op.COPY, 2);
      c.addop(Op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameop(e.id, 'Load');
      break;
    default:
      c.error(`invalid node type (${e._type}) for augmented assignment`);
  }
  c.unit.loc = old;
  visitExpr(c, s.value);
  c.addopI(Op.BINARY_OP, binopArg(s.op, true));
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      updateStartLocationToMatchAttr(c, e);
      c.addopI(Op.SWAP, 2);
      c.addopName(Op.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      c.addopI(Op.SWAP, 3);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameop(e.id, 'Store');
      break;
    default:
      break;
  }
}

/** check_ann_expr */
function checkAnnExpr(c: Compiler, e: A.ExprNode): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP);
}

/** check_annotation */
function checkAnnotation(c: Compiler, s: A.AnnAssign): void {
  if (c.st.futureAnnotations) return;
  if (c.unit.scopeType === 'module' || c.unit.scopeType === 'class') checkAnnExpr(c, s.annotation);
}

/** check_ann_subscr */
function checkAnnSubscr(c: Compiler, e: A.ExprNode): void {
  switch (e._type) {
    case 'Slice':
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

/** compiler_annassign */
function compilerAnnassign(c: Compiler, s: A.AnnAssign): void {
  const targ = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._type) {
    case 'Name':
      if (s.simple && (c.unit.scopeType === 'module' || c.unit.scopeType === 'class')) {
        if (c.st.futureAnnotations) c.loadConst(annotationString(c, s.annotation));
        else visitExpr(c, s.annotation);
        c.addopName(Op.LOAD_NAME, '__annotations__');
        c.loadConst(mangle(c.unit.private, targ.id));
        c.addop(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      c.error(`invalid node type (${targ._type}) for annotated assignment`);
  }
  if (!s.simple) checkAnnotation(c, s);
}

/** compiler_assert */
function compilerAssert(c: Compiler, s: A.Assert): void {
  // A non-empty tuple is always true (after folding, a tuple of constants is a Constant).
  const t = s.test;
  if ((t._type === 'Tuple' && t.elts.length > 0) || (t._type === 'Constant' && t.value instanceof PyTuple && t.value.items.length > 0)) {
    c.warn('assertion is always true, perhaps remove parentheses?');
  }
  const end = c.newBlock();
  compilerJumpIf(c, s.test, end, true);
  c.addop(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  c.addopI(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

/** compiler_import_as */
function compilerImportAs(c: Compiler, name: string, asname: string): void {
  let dot = name.indexOf('.');
  if (dot !== -1) {
    for (;;) {
      const pos = dot + 1;
      dot = name.indexOf('.', pos);
      const attr = name.slice(pos, dot === -1 ? name.length : dot);
      c.addopN(Op.IMPORT_FROM, attr);
      if (dot === -1) break;
      c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
    }
    c.nameop(asname, 'Store');
    c.addop(Op.POP_TOP);
    return;
  }
  c.nameop(asname, 'Store');
}

/** compiler_import */
function compilerImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.loadConst(0);
    c.loadConst(None);
    c.addopName(Op.IMPORT_NAME, alias.name);
    if (alias.asname) {
      compilerImportAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameop(dot === -1 ? alias.name : alias.name.slice(0, dot), 'Store');
    }
  }
}

/** compiler_from_import */
function compilerFromImport(c: Compiler, s: A.ImportFrom): void {
  c.loadConst(s.level ?? 0);
  const names = new PyTuple(s.names.map((a) => a.name));
  if (s.lineno > c.futureLineno && s.module === '__future__') {
    c.error('from __future__ imports must occur at the beginning of the file');
  }
  c.loadConst(names);
  c.addopName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.startsWith('*')) {
      c.addop(Op.IMPORT_STAR);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store');
  }
  c.addop(Op.POP_TOP);
}
