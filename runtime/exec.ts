// The builtins that run source text or code objects: exec(), eval(), compile(), and the
// globals/locals/vars are the runtime library's (builtins_core.ts).

import { PyObject, PyTuple, None } from './object';
import { typeOf } from './types';
import { PyDict } from './dict';
import { raiseTypeError, raiseValueError, SyntaxError, PyException } from './exceptions';
import { addBuiltin } from './function';
import { currentInterp } from './interp';
import { CodeObject } from '../frontend/code';
import { PySyntaxError, CompileRecursionError } from '../frontend/syntaxerror';

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
  try {
    return interp.compileSource(source, filename, mode);
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
  let globals: PyDict;
  if (g === undefined || g === None) globals = be.currentGlobals();
  else if (g instanceof PyDict) globals = g;
  else raiseTypeError(`${fname}() globals must be a dict, not ${typeOf(g).tpName}`);
  let locals: PyObject;
  if (l !== undefined && l !== None) locals = l;
  else if (g === undefined || g === None) locals = be.currentLocals();
  else locals = globals;
  if (globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', currentInterp().builtinsModule);
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
  const code = typeof src === 'string' ? compileText(src, '<string>', 'exec') : src;
  runCode(code, g, l);
  return None;
});

addBuiltin('eval', (args, kw) => {
  if (args.length < 1) raiseTypeError('eval expected at least 1 argument, got 0');
  const src = sourceOf('eval', args[0]);
  const [g, l] = namespaces('eval', args[1] ?? kw?.get('globals'), args[2] ?? kw?.get('locals'));
  const code = typeof src === 'string' ? compileText(src, '<string>', 'eval') : src;
  return runCode(code, g, l);
});

addBuiltin('compile', (args, kw) => {
  const get = (i: number, k: string): PyObject | undefined => args[i] ?? kw?.get(k);
  const src = sourceOf('compile', get(0, 'source') ?? None);
  const filename = get(1, 'filename');
  const mode = get(2, 'mode');
  if (typeof filename !== 'string') raiseTypeError('compile() argument 2 must be str');
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') raiseValueError("compile() mode must be 'exec', 'eval' or 'single'");
  if (typeof src !== 'string') return src;
  return compileText(src, filename, mode === 'eval' ? 'eval' : 'exec');
});

