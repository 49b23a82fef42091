// The runtime library's part of the sys module (the core fills argv, path, streams,
// version_info ...): float_info, int_info, hash_info, maxunicode, byteorder,
// float_repr_style, get_int_max_str_digits/set_int_max_str_digits, and the
// "struct sequence" helper for tuple types with named fields.

import { PyObject, PyTuple, PyFloat, None } from '../object';
import { PyType } from '../type';
import { makeBuiltinType, tupleType, setSlots } from '../types';
import { addGetSet, makeBuiltinFunction } from '../function';
import { finishSubtypeInstance } from '../class';
import { repr } from '../ops';
import { addSysInit, sysFunction, PyTextStream } from '../sys';
import { getAttr } from '../attr';
import '../frame_object'; // sys._getframe and frame objects
import { getIntMaxStrDigits, setIntMaxStrDigits, HASH_MODULUS, normBig } from '../int_ops';
import { asIndex } from '../lib_args';
import { PyException, fromJsError, raiseTypeError, newException, RuntimeError, ImportError, AttributeError, RuntimeWarning } from '../exceptions';
import { isInstance } from '../types';
import { addBuiltin } from '../function';
import { importAbsolute } from '../vmhelpers';
import { warnEx } from '../warn';
import { typeOf } from '../types';
import { callObject } from '../call';
import { currentInterp, Interpreter } from '../interp';
import { formatException } from '../traceback';
import * as path from 'path';

/** A tuple type with named fields and CPython's struct-sequence repr ("sys.float_info(max=...)"). */
export function structSeq(name: string, module: string, fields: string[]): (values: PyObject[]) => PyTuple {
  const t: PyType = makeBuiltinType(name, tupleType, { module });
  setSlots(t, {
    tp_repr: (v) => `${module}.${name}(${fields.map((f, i) => `${f}=${repr((v as PyTuple).items[i])}`).join(', ')})`,
  });
  fields.forEach((f, i) => addGetSet(t, f, (v) => (v as PyTuple).items[i]));
  return (values) => finishSubtypeInstance(new PyTuple(values), t);
}

const floatInfo = structSeq('float_info', 'sys', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
  'mant_dig', 'epsilon', 'radix', 'rounds']);
const intInfo = structSeq('int_info', 'sys', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const hashInfo = structSeq('hash_info', 'sys', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);

/**
 * sys.excepthook / sys.__excepthook__: prints an exception and its traceback to stderr (what
 * happens to an uncaught exception; cli/pipeline.ts calls a replacement through
 * `displayUncaught`).
 */
const excepthook = sysFunction('excepthook', (args) => {
  const v = args[1];
  if (!(v instanceof PyException)) raiseTypeError(`print_exception(): Exception expected for value, ${typeOf(v).tpName} found`);
  // PyErr_Display writes to the current sys.stderr (captured_stderr, redirect_stderr), not fd 2;
  // nothing at all when sys.stderr is None or gone.
  const err = currentInterp().sys.__dict__.getStr('stderr');
  if (err === undefined || err === None) return None;
  writeToStream(err, formatException(v));
  return None;
}, { minArgs: 3, maxArgs: 3 });

/** Writes text to a sys stream object: pyvm's own stdout/stderr directly, anything else by its write(). */
function writeToStream(stream: PyObject, text: string): void {
  if (stream instanceof PyTextStream && stream.stream !== 'stdin') currentInterp().write(stream.stream as 'stdout' | 'stderr', text);
  else callObject(getAttr(stream, 'write'), [text], null);
}

/**
 * sys.displayhook / sys.__displayhook__: what an expression statement of interactive code
 * (compile(..., 'single'), PRINT_EXPR) does with its value: nothing for None, else builtins._
 * set to None, the repr written to stdout, then builtins._ set to the value.
 */
const displayhook = sysFunction('displayhook', (args) => {
  const v = args[0];
  if (v === None) return None;
  const interp = currentInterp();
  // The current sys.stdout (redirect_stdout, a StringIO), as CPython's sys_displayhook.
  const out = interp.sys.__dict__.getStr('stdout');
  if (out === undefined || out === None) throw newException(RuntimeError, 'lost sys.stdout');
  const b = interp.builtinsModule.__dict__;
  b.setStr('_', None);
  writeToStream(out, repr(v));
  writeToStream(out, '\n');
  b.setStr('_', v);
  return None;
}, { minArgs: 1, maxArgs: 1 });

/** PRINT_EXPR of either VM: sys.displayhook(v), CPython's RuntimeError when the hook is gone. */
export function printExpr(interp: Interpreter, v: PyObject): void {
  const hook = interp.sys.__dict__.getStr('displayhook');
  if (hook === undefined) throw newException(RuntimeError, 'lost sys.displayhook');
  callObject(hook, [v], null);
}

/**
 * PyErr_Display for an uncaught exception: sys.excepthook(type, value, traceback) when a
 * program replaced it; an exception raised by the hook is printed, then the original.
 */
export function displayUncaught(interp: Interpreter, exc: PyException): void {
  const hook = interp.sys.__dict__.getStr('excepthook');
  if (hook === excepthook) {
    interp.write('stderr', formatException(exc));
    return;
  }
  if (hook === undefined || hook === None) {
    interp.write('stderr', 'sys.excepthook is missing\n' + formatException(exc));
    return;
  }
  try {
    callObject(hook, [typeOf(exc), exc, exc.traceback ?? None], null);
  } catch (e) {
    const hookError = fromJsError(e);
    interp.write('stderr', 'Error in sys.excepthook:\n' + formatException(hookError) + '\nOriginal exception was:\n' + formatException(exc));
  }
}

/**
 * sys.breakpointhook / sys.__breakpointhook__ (CPython's sys_breakpointhook): the hook named by
 * $PYTHONBREAKPOINT ("module.attr", a builtin's name, or pdb.set_trace when unset or empty;
 * "0" does nothing), imported and called with breakpoint()'s arguments. One that cannot be
 * imported is a RuntimeWarning 'Ignoring unimportable $PYTHONBREAKPOINT' and None (pyvm has
 * no pdb: the default hook warns).
 */
const breakpointhook = sysFunction('breakpointhook', (args, kwargs) => {
  let name = process.env.PYTHONBREAKPOINT;
  if (name === undefined || name === '') name = 'pdb.set_trace';
  else if (name === '0') return None;
  const dot = name.lastIndexOf('.');
  if (dot !== 0) {
    const modName = dot < 0 ? 'builtins' : name.slice(0, dot);
    let hook: PyObject | undefined;
    try {
      hook = getAttr(importAbsolute(currentInterp(), modName), name.slice(dot + 1));
    } catch (e) {
      // Only a failed import or attribute lookup is ignored; the hook's own errors propagate.
      if (!(e instanceof PyException && (isInstance(e, ImportError) || isInstance(e, AttributeError)))) throw e;
    }
    if (hook !== undefined) return callObject(hook, args, kwargs);
  }
  warnEx(RuntimeWarning, `Ignoring unimportable $PYTHONBREAKPOINT: "${name}"`);
  return None;
});

// breakpoint(*args, **kws): calls sys.breakpointhook (whatever it is now) with them.
addBuiltin('breakpoint', (args, kwargs) => {
  const hook = currentInterp().sys.__dict__.getStr('breakpointhook');
  if (hook === undefined) throw newException(RuntimeError, 'lost sys.breakpointhook');
  return callObject(hook, args, kwargs);
});

addSysInit((_interp, sys) => {
  const d = sys.__dict__;
  d.setStr('breakpointhook', breakpointhook);
  d.setStr('__breakpointhook__', breakpointhook);
  d.setStr('excepthook', excepthook);
  d.setStr('__excepthook__', excepthook);
  d.setStr('displayhook', displayhook);
  d.setStr('__displayhook__', displayhook);
  d.setStr('float_info', floatInfo([new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
    new PyFloat(Number.EPSILON), 2, 1]));
  d.setStr('int_info', intInfo([30, 4, 4300, 640]));
  d.setStr('hash_info', hashInfo([64, normBig(HASH_MODULUS), 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  d.setStr('maxunicode', 0x10ffff);
  d.setStr('byteorder', 'little');
  d.setStr('float_repr_style', 'short');
  // The installation prefixes (gettext, site, sysconfig read them): as sys.executable is the
  // node binary, the prefix it is installed under (no virtual environment: base_* the same).
  const prefix = path.dirname(path.dirname(process.execPath));
  for (const k of ['prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix']) d.setStr(k, prefix);
  d.setStr('platlibdir', 'lib');
  // File names are str over UTF-8, undecodable bytes as lone surrogates (CPython on Linux).
  d.setStr('getfilesystemencoding', sysFunction('getfilesystemencoding', () => 'utf-8', { maxArgs: 0 }));
  d.setStr('getfilesystemencodeerrors', sysFunction('getfilesystemencodeerrors', () => 'surrogateescape', { maxArgs: 0 }));
  // Audit hooks (PEP 578): sys.audit(event, *args) calls each hook added by
  // sys.addaudithook(hook) with (event, args); the interpreter itself raises no events.
  const hooks: PyObject[] = [];
  d.setStr('addaudithook', sysFunction('addaudithook', (args) => {
    hooks.push(args[0]);
    return None;
  }, { minArgs: 1, maxArgs: 1 }));
  d.setStr('audit', sysFunction('audit', (args) => {
    if (args.length === 0) raiseTypeError('audit() missing 1 required positional argument: \'event\'');
    const event = args[0];
    if (typeof event !== 'string') raiseTypeError(`expected str for argument 'event', not ${typeOf(event).tpName}`);
    if (hooks.length === 0) return None;
    const rest = new PyTuple(args.slice(1));
    for (const h of hooks) callObject(h, [event, rest], null);
    return None;
  }));
  d.setStr('get_int_max_str_digits', sysFunction('get_int_max_str_digits', () => getIntMaxStrDigits(), { minArgs: 0, maxArgs: 0 }));
  d.setStr('set_int_max_str_digits', sysFunction('set_int_max_str_digits', (args) => {
    setIntMaxStrDigits(asIndex(args[0]));
    return None;
  }, { minArgs: 1, maxArgs: 1 }));
});
