// Code generation for exception handling and context managers (compile.c):
// try/except (compiler_try_except), try/finally (compiler_try_finally), except*
// (compiler_try_star), with and async with (compiler_with, compiler_async_with), and
// async for (compiler_async_for). Handlers are marked with SETUP_* / POP_BLOCK
// pseudo-instructions; the assembler turns them into the 3.11 exception table.

import type * as A from './ast';
import { BasicBlock, Compiler } from './compiler';
import { Op } from './opcode';
import { None } from '../runtime/object';
import { addYieldFrom, visitExpr } from './compiler_expr';
import { visitStmts } from './compiler_stmt';

/** POP_EXCEPT_AND_RERAISE */
function popExceptAndReraise(c: Compiler): void {
  c.addopI(Op.COPY, 3);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 1);
}

/** compiler_call_exit_with_nones */
export function callExitWithNones(c: Compiler): void {
  c.loadConst(None);
  c.loadConst(None);
  c.loadConst(None);
  c.addopI(Op.PRECALL, 2);
  c.addopI(Op.CALL, 2);
}

/** compiler_try */
export function compilerTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length) compilerTryFinally(c, s);
  else compilerTryExcept(c, s);
}

/** compiler_try_finally */
function compilerTryFinally(c: Compiler, s: A.Try | A.TryStar): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJump(Op.SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock('FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length) {
    if (s._type === 'Try') compilerTryExcept(c, s);
    else compilerTryStarExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.addopNoLine(Op.POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.addopJumpNoLine(Op.JUMP, exit);
  // The `finally` block run when an exception is raised.
  c.useNextBlock(end);
  c.unsetLoc();
  c.addopJump(Op.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock('FINALLY_END', end, null, null);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
}

/** compiler_try_except */
function compilerTryExcept(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJump(Op.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock('TRY_EXCEPT', body, null, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addopNoLine(Op.POP_BLOCK);
  visitStmts(c, s.orelse);
  c.addopJumpNoLine(Op.JUMP, end);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJump(Op.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock('EXCEPTION_HANDLER', null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    c.setLoc(handler);
    if (!handler.type && i < n - 1) c.error("default 'except:' must be last");
    except = c.newBlock();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EXC_MATCH);
      c.addopJump(Op.POP_JUMP_IF_FALSE, except);
      c.nextBlock();
    }
    if (handler.name) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(handler.name, 'Store');
      // try: body finally: name = None; del name  (the name must not outlive the handler)
      c.addopJump(Op.SETUP_CLEANUP, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.unsetLoc();
      c.addop(Op.POP_BLOCK);
      c.addop(Op.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.loadConst(None);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
      c.addopJump(Op.JUMP, end);
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.loadConst(None);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
      c.addopI(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop(Op.POP_TOP);
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, null);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.unsetLoc();
      c.addop(Op.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.addopJump(Op.JUMP, end);
    }
    c.useNextBlock(except);
  }
  c.unsetLoc();
  c.popFBlock();
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(end);
}

/** compiler_try_star */
export function compilerTryStar(c: Compiler, s: A.TryStar): void {
  if (s.finalbody.length) compilerTryFinally(c, s);
  else compilerTryStarExcept(c, s);
}

/** compiler_try_star_except */
function compilerTryStarExcept(c: Compiler, s: A.TryStar): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  c.addopJump(Op.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock('TRY_EXCEPT', body, null, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addopNoLine(Op.POP_BLOCK);
  c.addopJumpNoLine(Op.JUMP, orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJump(Op.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock('EXCEPTION_GROUP_HANDLER', null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    c.setLoc(handler);
    except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      // [exc] -> [orig, [], exc]: the original group and the list of raised/reraised parts.
      c.addopI(Op.COPY, 1);
      c.addopI(Op.BUILD_LIST, 0);
      c.addopI(Op.SWAP, 2);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EG_MATCH);
      c.addopI(Op.COPY, 1);
      c.addopJump(Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newBlock();
    const cleanupBody = c.newBlock();
    if (handler.name) c.nameop(handler.name, 'Store');
    else c.addop(Op.POP_TOP);
    c.addopJump(Op.SETUP_CLEANUP, cleanupEnd);
    c.useNextBlock(cleanupBody);
    c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock();
    c.unsetLoc();
    c.addop(Op.POP_BLOCK);
    if (handler.name) {
      c.loadConst(None);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
    }
    c.addopJump(Op.JUMP, except);
    c.useNextBlock(cleanupEnd);
    c.unsetLoc();
    if (handler.name) {
      c.loadConst(None);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
    }
    c.addopI(Op.LIST_APPEND, 3);
    c.addop(Op.POP_TOP);
    c.addopJump(Op.JUMP, exceptWithError);
    c.useNextBlock(except);
    c.addop(Op.NOP);
    c.addopJump(Op.JUMP, exceptWithError);
    c.useNextBlock(noMatch);
    c.addop(Op.POP_TOP);
    c.useNextBlock(exceptWithError);
    if (i === n - 1) {
      c.addopI(Op.LIST_APPEND, 1);
      c.addopJump(Op.JUMP, reraiseStar);
    }
  }
  c.unsetLoc();
  c.popFBlock();
  const reraise = c.newBlock();
  c.useNextBlock(reraiseStar);
  c.addop(Op.PREP_RERAISE_STAR);
  c.addopI(Op.COPY, 1);
  c.addopJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addopJump(Op.JUMP, end);
  c.useNextBlock(reraise);
  c.addop(Op.POP_BLOCK);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_with_except_finish */
function withExceptFinish(c: Compiler, cleanup: BasicBlock): void {
  c.unsetLoc();
  const exit = c.newBlock();
  c.addopJump(Op.POP_JUMP_IF_TRUE, exit);
  c.nextBlock();
  c.addopI(Op.RERAISE, 2);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_TOP);
}

/** compiler_with */
export function compilerWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos];
  const body = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop(Op.BEFORE_WITH);
  c.addopJump(Op.SETUP_WITH, final);
  c.useNextBlock(body);
  c.pushFBlock('WITH', body, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compilerWith(c, s, pos);
  c.unsetLoc();
  c.addop(Op.POP_BLOCK);
  c.popFBlock();
  c.setLoc(s);
  callExitWithNones(c);
  c.addop(Op.POP_TOP);
  c.addopJump(Op.JUMP, exit);
  c.useNextBlock(final);
  c.addopJump(Op.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

/** compiler_async_with */
export function compilerAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  const item = s.items[pos];
  if (c.unit.scopeType !== 'async_function') c.error("'async with' outside async function");
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop(Op.BEFORE_ASYNC_WITH);
  c.addopI(Op.GET_AWAITABLE, 1);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.addopJump(Op.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock('ASYNC_WITH', block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compilerAsyncWith(c, s, pos);
  c.popFBlock();
  c.addop(Op.POP_BLOCK);
  c.setLoc(s);
  callExitWithNones(c);
  c.addopI(Op.GET_AWAITABLE, 2);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.addop(Op.POP_TOP);
  c.addopJump(Op.JUMP, exit);
  c.useNextBlock(final);
  c.addopJump(Op.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  c.addopI(Op.GET_AWAITABLE, 2);
  c.loadConst(None);
  addYieldFrom(c, true);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

/** compiler_async_for */
export function compilerAsyncFor(c: Compiler, s: A.AsyncFor): void {
  if (c.unit.scopeType !== 'async_function') c.error("'async for' outside async function");
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER);
  c.useNextBlock(start);
  c.pushFBlock('FOR_LOOP', start, end, null);
  c.addopJump(Op.SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.addop(Op.POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJump(Op.JUMP, start);
  c.popFBlock();
  c.useNextBlock(except);
  c.setLoc(s.iter);
  c.addop(Op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

