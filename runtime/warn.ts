// Warnings raised by the runtime itself, as CPython's C code raises them with PyErr_WarnEx:
// through the warnings module's warn(), so its filters, registry and `-W error` apply (an
// error filter makes the warning an exception, which propagates from here as from CPython's
// failing PyErr_WarnEx). stacklevel 1 is the Python code that called into the runtime (the
// runtime has no frames of its own, like C code in CPython).

import { PyObject, None } from './object';
import { PyType } from './type';
import { PyDict } from './dict';
import { callObject } from './call';
import { getAttr } from './attr';
import { currentInterp } from './interp';
import { PyModule } from './function';
import { addr2line } from '../frontend/linetable';

/**
 * CPython's PyErr_WarnEx(category, message, stacklevel): the place is found here, before any
 * Python code runs (warnings.warn, itself Python source run from the runtime, could not see
 * past its own activation: live_frames.ts), then handed to warnings.warn_explicit as
 * warn() would (the module from the globals' __name__, their __warningregistry__).
 */
export function warnEx(category: PyType, message: string, stacklevel = 1): void {
  const { importModuleLevel } = require('./vmhelpers') as typeof import('./vmhelpers');
  const { liveFrames } = require('./modules/live_frames') as typeof import('./modules/live_frames');
  const interp = currentInterp();
  const frames = liveFrames();
  const i = Math.max(1, stacklevel) - 1;
  let filename: PyObject = 'sys';
  let lineno: PyObject = 1;
  let globals = interp.modules.getStr('sys') instanceof PyModule ? (interp.modules.getStr('sys') as PyModule).__dict__ : new PyDict();
  if (i < frames.length) {
    const f = frames[i];
    filename = f.code.co_filename;
    lineno = addr2line(f.code.co_linetable, f.code.co_firstlineno, f.lasti) ?? None;
    globals = f.globals;
  }
  const module = globals.getStr('__name__') ?? '<string>';
  let registry = globals.getStr('__warningregistry__');
  if (registry === undefined) {
    registry = new PyDict();
    globals.setStr('__warningregistry__', registry);
  }
  const warnings = importModuleLevel(interp, 'warnings', new PyDict(), None, 0);
  callObject(getAttr(warnings, 'warn_explicit'), [message, category, filename, lineno, module, registry, globals] as PyObject[], null);
}

/** The DeprecationWarning of a conversion dunder that returned an instance of a strict subclass. */
export function warnStrictSubclassResult(owner: string, dunder: string, resultType: string, base: 'int' | 'float'): void {
  const { DeprecationWarning } = require('./exceptions') as typeof import('./exceptions');
  warnEx(DeprecationWarning, `${owner}${dunder} returned non-${base} (type ${resultType}).  ` +
    `The ability to return an instance of a strict subclass of ${base} is deprecated, and may be removed in a future version of Python.`);
}
