// The builtins that run source text or code objects: exec(), eval(), compile(), and the
// globals/locals/vars are the runtime library's (builtins_core.ts).

import { PyObject, PyTuple, None } from './object';
import { typeOf } from './types';
import { PyDict } from './dict';
import { raiseTypeError, raiseValueError, SyntaxError, PyException } from './exceptions';
import { addBuiltin, PyCell, PyFunction, builtinsOfGlobals, builtinsObject } from './function';
import { callObject } from './call';
import { currentInterp } from './interp';
import { CodeObject } from '../frontend/code';
import { PySyntaxError, CompileRecursionError } from '../frontend/syntaxerror';
import { PyCF_ONLY_AST, isAstObject, objectsToTree, treeToObjects } from './ast_objects';
import { withCompileRecursion } from '../frontend/astopt';
import { withCompileWarningSink, CompileWarningCategory } from '../frontend/compile_warnings';

const EVAL_RESULT_NAME = '__pyvm_eval_result__';

/** A PySyntaxError from the frontend as a Python SyntaxError instance. */
export function syntaxErrorObject(e: PySyntaxError): PyException {
  const { newException } = require('./exceptions') as typeof import('./exceptions');
  const t = (require('./exceptions') as Record<string, unknown>)[e.kind] as typeof SyntaxError;
  const x = newException(t ?? SyntaxError, e.msg);
  // As CPython's: the text ends with its newline, and the details are also in args[1].
  const text = e.text === null ? None : e.text.endsWith('\n') ? e.text : e.text + '\n';
  const details: PyObject[] = [e.filename, e.lineno, e.offset, text, e.end_lineno ?? e.lineno, e.end_offset ?? e.offset];
  x.args = new PyTuple([e.msg, new PyTuple(details)]);
  x.extra = { msg: e.msg, filename: details[0], lineno: details[1], offset: details[2], text, end_lineno: details[4],
    end_offset: details[5], print_file_and_line: None };
  return x;
}

function compileText(source: string, filename: string, mode: 'exec' | 'eval'): CodeObject {
  const interp = currentInterp();
  if (interp.compileSource === null) raiseValueError('compile() is not available');
  const compileSource = interp.compileSource;
  return compileChecked(() => compileSource(source, filename, mode));
}

/**
 * A compile-time warning of the frontend (frontend/compile_warnings.ts) through
 * warnings.warn_explicit, as CPython's PyErr_WarnExplicitObject; true when the filters made it
 * an exception of its category (the frontend then raises SyntaxError in its place).
 */
function emitCompileWarning(category: CompileWarningCategory, message: string, filename: string, lineno: number): boolean {
  const { SyntaxWarning, DeprecationWarning } = require('./exceptions') as typeof import('./exceptions');
  const { importModuleLevel } = require('./vmhelpers') as typeof import('./vmhelpers');
  const { getAttr } = require('./attr') as typeof import('./attr');
  const cat = category === 'SyntaxWarning' ? SyntaxWarning : DeprecationWarning;
  const interp = currentInterp();
  const warnings = importModuleLevel(interp, 'warnings', new PyDict(), None, 0);
  try {
    callObject(getAttr(warnings, 'warn_explicit'), [message, cat, filename, lineno], null);
    return false;
  } catch (e) {
    if (e instanceof PyException && typeOf(e).isSubtypeOf(cat)) return true;
    throw e;
  }
}

/** Runs the parser or compiler, its errors as Python's (SyntaxError, RecursionError). */
export function compileChecked<T>(run: () => T): T {
  const interp = currentInterp();
  // The Python frames active now, which CPython's compile-time recursion check starts from
  // (frontend/astopt.ts): the stack VM counts them in its own `depth`, the register VM in
  // interp.depth.
  const own = (interp.backend as Partial<{ depth: number }>).depth;
  const depth = typeof own === 'number' ? own : interp.depth;
  try {
    return withCompileWarningSink(emitCompileWarning, () => withCompileRecursion(depth, interp.recursionLimit, run));
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorObject(e);
    if (e instanceof CompileRecursionError) {
      const { newException, RecursionError } = require('./exceptions') as typeof import('./exceptions');
      throw newException(RecursionError, e.message);
    }
    throw e;
  }
}

function namespaces(fname: string, g: PyObject | undefined, l: PyObject | undefined): [PyDict, PyObject] {
  const be = currentInterp().backend;
  // PyMapping_Check: a type with mp_subscript. eval checks the locals first, with its own words.
  const isMapping = (v: PyObject): boolean => typeOf(v).slots.mp_subscript !== undefined;
  if (fname === 'eval') {
    if (l !== undefined && l !== None && !isMapping(l)) raiseTypeError('locals must be a mapping');
    if (g !== undefined && g !== None && !(g instanceof PyDict)) {
      raiseTypeError(isMapping(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
  }
  let globals: PyDict;
  if (g === undefined || g === None) globals = be.currentGlobals();
  else if (g instanceof PyDict) globals = g;
  else raiseTypeError(`${fname}() globals must be a dict, not ${typeOf(g).tpName}`);
  let locals: PyObject;
  if (l !== undefined && l !== None) locals = l;
  else if (g === undefined || g === None) locals = be.currentLocals();
  else locals = globals;
  // Globals without __builtins__ get the running frame's builtins (CPython's
  // PyEval_GetBuiltins: the builtins dict, not the module), here those of its globals.
  if (globals.getStr('__builtins__') === undefined) {
    const interp = currentInterp();
    globals.setStr('__builtins__', builtinsObject(builtinsOfGlobals(be.currentGlobals(), interp.builtins)));
  }
  return [globals, locals];
}

function runCode(code: CodeObject, globals: PyDict, locals: PyObject): PyObject {
  const mode = code.derived.get('evalMode');
  if (mode === 'returns') return currentInterp().backend.runModuleCode(code, globals, locals) ?? None;
  const evalMode = mode === true;
  // Eval-mode code stores its value; read it from a private overlay so the caller's locals stay clean.
  const target = evalMode ? overlay(locals) : locals;
  currentInterp().backend.runModuleCode(code, globals, target);
  if (!evalMode) return None;
  return (target as PyDict).getStr(EVAL_RESULT_NAME) ?? None;
}

function overlay(locals: PyObject): PyDict {
  const d = new PyDict();
  if (locals instanceof PyDict) for (const e of locals.entries()) d.set(e.key, e.value);
  return d;
}

function sourceOf(fname: string, v: PyObject): string | CodeObject {
  if (typeof v === 'string') return v;
  if (v instanceof CodeObject) return v;
  const { PyBytes } = require('./object') as typeof import('./object');
  if (v instanceof PyBytes) return Buffer.from(v.bytes).toString('utf8');
  raiseTypeError(`${fname}() arg 1 must be a string, bytes or code object`);
}

addBuiltin('exec', (args, kw) => {
  if (args.length < 1) raiseTypeError('exec expected at least 1 argument, got 0');
  const src = sourceOf('exec', args[0]);
  const [g, l] = namespaces('exec', args[1] ?? kw?.get('globals'), args[2] ?? kw?.get('locals'));
  const closure = kw?.get('closure') ?? None;
  if (typeof src === 'string') {
    if (closure !== None) raiseTypeError('closure can only be used when source is a code object');
    runCode(compileText(src, '<string>', 'exec'), g, l);
    return None;
  }
  // A code object with free variables (a nested function's) runs only with closure= (3.11),
  // a tuple of exactly that many cells; it runs as a function of no arguments would.
  const nfree = src.co_freevars.length;
  if (closure === None) {
    if (nfree > 0) raiseTypeError(`code object requires a closure of exactly length ${nfree}`);
    runCode(src, g, l);
    return None;
  }
  if (nfree === 0) raiseTypeError('cannot use a closure with this code object');
  if (!(closure instanceof PyTuple) || closure.items.length !== nfree || !closure.items.every((c) => c instanceof PyCell)) {
    raiseTypeError(`code object requires a closure of exactly length ${nfree}`);
  }
  const f = new PyFunction(src, g, currentInterp().builtins);
  f.closure = (closure as PyTuple).items as PyCell[];
  callObject(f, [], null);
  return None;
});

addBuiltin('eval', (args, kw) => {
  if (args.length < 1) raiseTypeError('eval expected at least 1 argument, got 0');
  const src = sourceOf('eval', args[0]);
  const [g, l] = namespaces('eval', args[1] ?? kw?.get('globals'), args[2] ?? kw?.get('locals'));
  if (src instanceof CodeObject && src.co_freevars.length > 0) raiseTypeError('code object passed to eval() may not contain free variables');
  // eval() of text skips its leading spaces and tabs (builtin_eval_impl), compile() does not.
  const code = typeof src === 'string' ? compileText(src.replace(/^[ \t]+/, ''), '<string>', 'eval') : src;
  return runCode(code, g, l);
});

addBuiltin('compile', (args, kw) => {
  const get = (i: number, k: string): PyObject | undefined => args[i] ?? kw?.get(k);
  const source = get(0, 'source') ?? None;
  const filename = get(1, 'filename');
  const mode = get(2, 'mode');
  const flags = get(3, 'flags') ?? 0;
  if (typeof filename !== 'string') raiseTypeError('compile() argument 2 must be str');
  // PyUnicode_FSDecoder's check (a file name is a C string).
  if (filename.includes('\0')) raiseValueError('embedded null character');
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') raiseValueError("compile() mode must be 'exec', 'eval' or 'single'");
  if (typeof flags !== 'number') raiseTypeError(`'${typeOf(flags).tpName}' object cannot be interpreted as an integer`);
  const astOut = (flags & PyCF_ONLY_AST) !== 0;
  // A tree of `_ast` objects (ast.parse's result): returned as is for PyCF_ONLY_AST, else
  // compiled (its node kind must be the mode's, as CPython's obj2ast checks).
  if (isAstObject(source)) {
    if (astOut) return source;
    const tree = objectsToTree(source, mode);
    return compileChecked(() => {
      const c = require('../frontend/compile') as typeof import('../frontend/compile');
      const code = c.compileTreeMode(tree as unknown as import('../frontend/ast').ModNode, filename, mode);
      if (mode === 'eval') code.derived.set('evalMode', 'returns');
      return code;
    });
  }
  const src = sourceOf('compile', source);
  if (typeof src !== 'string') return src;
  if (astOut) return treeToObjects(compileChecked(() => parseForMode(src, filename, mode)));
  if (mode === 'single') {
    // Interactive code: expression statements print their value (PRINT_EXPR, sys.displayhook).
    return compileChecked(() => (require('../frontend/compile') as typeof import('../frontend/compile')).compileSourceMode(src, filename, 'single'));
  }
  return compileText(src, filename, mode);
});

/** The parser's tree for compile(..., PyCF_ONLY_AST): a Module, an Expression or an Interactive. */
function parseForMode(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): unknown {
  const p = require('../frontend/parser') as typeof import('../frontend/parser');
  if (mode === 'eval') return { _type: 'Expression', body: p.parseExpression(source.replace(/^[ \t]+/, ''), filename) };
  const mod = p.parse(source, filename);
  return mode === 'exec' ? mod : { _type: 'Interactive', body: mod.body };
}

