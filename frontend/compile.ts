// The compile stage (CPython's _PyAST_Compile): source or AST -> module code object.
//
//   compileSource(source, filename): parse (frontend/parser.ts) + compileAst
//   compileAst(tree, filename):      future features -> AST optimiser (astopt.ts) ->
//                                    symbol table (symtable.ts) -> code generation
//                                    (compiler*.ts) -> flow-graph passes and assembly
//
// Compile-time errors are thrown as PySyntaxError with CPython's messages.

import type * as A from './ast';
import { CodeObject } from './code';
import { Compiler } from './compiler';
import { compilerBody, findAnn, visitStmt } from './compiler_stmt';
import { optimizeAst } from './astopt';
import { parse, parseExpression } from './parser';
import { buildSymtable } from './symtable';
import { PySyntaxError, CompileRecursionError } from './syntaxerror';
import { getDocString } from './compiler';
import { visitExpr } from './compiler_expr';
import { Op } from './opcode';

/** The future features a module turns on (future.c): only `annotations` changes code (and
 * `barry_as_FLUFL` a flag bit). */
interface FutureFeatures {
  annotations: boolean;
  barry: boolean;
  /** Line of the last `from __future__ import` at the top of the module (ff_lineno). */
  lineno: number;
}

const KNOWN_FUTURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);

/** future_parse */
function futureParse(mod: A.Module, filename: string, lines: string[]): FutureFeatures {
  const ff: FutureFeatures = { annotations: false, barry: false, lineno: 0 };
  const body = mod.body;
  let i = getDocString(body) !== null ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    // Statements after the first non-future one matter only on the same line
    // (`from __future__ import a; import b; from __future__ import c`).
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type !== 'ImportFrom' || s.module !== '__future__') {
      done = true;
      continue;
    }
    if (done) {
      throw new PySyntaxError('SyntaxError', 'from __future__ imports must occur at the beginning of the file', filename,
        s.lineno, s.col_offset, lines[s.lineno - 1] ?? null, s.lineno, null); // (future.c: 0-based column, no end)
    }
    for (const alias of s.names) {
      if (!KNOWN_FUTURES.has(alias.name)) {
        const msg = alias.name === 'braces' ? 'not a chance' : `future feature ${alias.name} is not defined`;
        throw new PySyntaxError('SyntaxError', msg, filename, s.lineno, s.col_offset + 1, lines[s.lineno - 1] ?? null);
      }
      if (alias.name === 'annotations') ff.annotations = true;
      if (alias.name === 'barry_as_FLUFL') ff.barry = true;
    }
    ff.lineno = s.lineno;
  }
  return ff;
}

export { CompileRecursionError };

/** Runs a compile step, turning a JavaScript stack overflow into CompileRecursionError. */
function guardRecursion<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompileRecursionError();
    throw e;
  }
}

/**
 * Compiles a module's AST (as CPython's ast module shapes it) to its code object. The AST
 * optimiser folds the tree in place (as CPython's does on its arena), so pass a fresh tree.
 */
export function compileAst(tree: A.Module, filename: string, source: string | null = null): CodeObject {
  return guardRecursion(() => compileTree(tree, filename, source, false));
}

function compileTree(tree: A.Module, filename: string, source: string | null, interactive: boolean): CodeObject {
  const lines = source !== null ? source.split(/\r\n|\r|\n/) : [];
  const ff = futureParse(tree, filename, lines);
  const mod = optimizeAst(tree);
  const st = buildSymtable(mod, filename, ff.annotations, source !== null ? lines : null);
  const c = new Compiler(filename, st);
  c.futureLineno = ff.lineno;
  c.futureBarry = ff.barry;
  if (source !== null) c.sourceLines = lines;
  c.enterScope('<module>', 'module', mod, 1);
  if (interactive) {
    // compiler_mod, Interactive_kind: no docstring; expression statements print.
    c.interactive = true;
    if (findAnn(mod.body)) c.addop(Op.SETUP_ANNOTATIONS);
    for (const s of mod.body) visitStmt(c, s);
  } else {
    compilerBody(c, mod.body);
  }
  return c.assemble(true);
}

export type CompileMode = 'exec' | 'eval' | 'single';

/**
 * compile(source, filename, mode) for the three modes of CPython's builtin:
 * 'exec' a module, 'eval' one expression (the code returns its value), 'single' an
 * interactive statement (expression statements print their value with PRINT_EXPR).
 */
export function compileSourceMode(source: string, filename: string, mode: CompileMode): CodeObject {
  if (mode === 'exec') return compileSource(source, filename);
  if (mode === 'single') {
    const tree = parse(source, filename);
    if (tree.body.length > 1) {
      const st = tree.body[1];
      throw new PySyntaxError('SyntaxError', 'multiple statements found while compiling a single statement', filename,
        st.lineno, st.col_offset + 1, source.split(/\r\n|\r|\n/)[st.lineno - 1] ?? null);
    }
    return guardRecursion(() => compileTree(tree, filename, source, true));
  }
  return guardRecursion(() => compileExpressionSource(source, filename));
}

function compileExpressionSource(source: string, filename: string): CodeObject {
  return compileExpressionTree(parseExpression(source, filename), filename, source.split(/\r\n|\r|\n/));
}

/**
 * compile() of a tree (an `_ast` object tree converted back, runtime/ast_objects.ts): a Module
 * for 'exec', an Interactive for 'single', an Expression for 'eval'.
 */
export function compileTreeMode(tree: A.ModNode, filename: string, mode: CompileMode): CodeObject {
  if (mode === 'exec') return compileAst(tree as A.Module, filename);
  if (mode === 'single') {
    const mod: A.Module = { _type: 'Module', body: (tree as A.Interactive).body, type_ignores: [] };
    return guardRecursion(() => compileTree(mod, filename, null, true));
  }
  return guardRecursion(() => compileExpressionTree((tree as A.Expression).body, filename, null));
}

function compileExpressionTree(body: A.ExprNode, filename: string, lines: string[] | null): CodeObject {
  // The symbol table walks a module; the expression is its only statement.
  const wrapper: A.Module = {
    _type: 'Module',
    body: [{ _type: 'Expr', value: body, lineno: body.lineno, col_offset: body.col_offset, end_lineno: body.end_lineno, end_col_offset: body.end_col_offset }],
    type_ignores: [],
  };
  const mod = optimizeAst(wrapper);
  const st = buildSymtable(mod, filename, false, lines);
  const c = new Compiler(filename, st);
  if (lines !== null) c.sourceLines = lines;
  c.enterScope('<module>', 'module', mod, 1);
  visitExpr(c, (mod.body[0] as A.Expr).value);
  return c.assemble(false);
}

/** Parses and compiles a module's source text. */
export function compileSource(source: string, filename: string): CodeObject {
  const tree = parse(source, filename);
  return compileAst(tree, filename, source);
}
