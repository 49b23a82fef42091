// The atexit module: functions run when the interpreter finalizes (after the program ends,
// normally, by sys.exit() or by an uncaught exception), last registered first.
//
// They run from the interpreter's exit callbacks (runtime/interp.ts, called by the
// pipeline's finalize). An exception in one is reported as CPython reports it ("Exception
// ignored in atexit callback: <repr>" and its traceback, on stderr) and the others still
// run; SystemExit in a callback is reported the same way.

import { PyObject, None } from '../object';
import { KwArgs } from '../type';
import { callObject } from '../call';
import { repr } from '../ops';
import { fromJsError } from '../exceptions';
import { formatException } from '../traceback';
import { raise } from '../lib_errors';
import { typeOf } from '../types';
import { PyBuiltinFunction } from '../function';
import { PyType } from '../type';
import { currentInterp, Interpreter } from '../interp';
import { defineModule } from './module_util';

interface ExitFunction {
  func: PyObject;
  args: PyObject[];
  kwargs: KwArgs;
}

/** Each interpreter's registered functions, in registration order. */
const registered = new WeakMap<Interpreter, ExitFunction[]>();

function listOf(interp: Interpreter): ExitFunction[] {
  let list = registered.get(interp);
  if (list === undefined) {
    const fresh: ExitFunction[] = [];
    list = fresh;
    registered.set(interp, fresh);
    interp.exitCallbacks.push(() => runAll(interp, fresh));
  }
  return list;
}

function runAll(interp: Interpreter, list: ExitFunction[]): void {
  while (list.length > 0) {
    const f = list.pop()!;
    try {
      callObject(f.func, f.args, f.kwargs);
    } catch (e) {
      const exc = fromJsError(e);
      let shown: string;
      try {
        shown = repr(f.func);
      } catch {
        shown = '<object repr() failed>';
      }
      interp.write('stderr', `Exception ignored in atexit callback: ${shown}\n` + formatException(exc));
    }
  }
}

defineModule('atexit', (m) => {
  m.fn('register', (args, kwargs) => {
    if (args.length === 0) raise('TypeError', 'register() takes at least 1 argument (0 given)');
    const func = args[0];
    if (typeOf(func).slots.tp_call === undefined && !(func instanceof PyBuiltinFunction) && !(func instanceof PyType)) raise('TypeError', 'the first argument must be callable');
    listOf(currentInterp()).push({ func, args: args.slice(1), kwargs: kwargs !== null && kwargs.size > 0 ? kwargs : null });
    return func;
  });
  m.fn('unregister', (args) => {
    const list = listOf(currentInterp());
    for (let i = list.length - 1; i >= 0; i--) if (list[i].func === args[0]) list.splice(i, 1);
    return None;
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('_run_exitfuncs', () => {
    const interp = currentInterp();
    runAll(interp, listOf(interp));
    return None;
  }, { minArgs: 0, maxArgs: 0 });
  m.fn('_clear', () => {
    listOf(currentInterp()).length = 0;
    return None;
  }, { minArgs: 0, maxArgs: 0 });
  m.fn('_ncallbacks', () => listOf(currentInterp()).length, { minArgs: 0, maxArgs: 0 });
});
