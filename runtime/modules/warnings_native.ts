// The runtime side of the warnings module (warnings_source.ts), registered under the private
// name `_pyvm_warnings`: where the Python code that called warn() is (warn's stacklevel), which
// CPython finds with sys._getframe. pyvm has no frame objects for live frames; this reads the
// innermost frame the VM records for calls into the runtime (ExecBackend `current`: the stack
// VM's Frame or the register VM's RegFrame, both of which link their caller through `back`)
// and walks `back`. Invariant relied on: while a built-in function runs, the backend's
// `current` is the Python frame that called it, with its position (lasti / lastPc) at the
// call. The walk stops where an eval-loop activation began (a Python function called from
// runtime code, e.g. a sort key): the frames beyond are out of reach, as beyond the top of
// the stack for CPython.

import { PyObject, None, PyTuple } from '../object';
import { PyDict } from '../dict';
import { CodeObject } from '../../frontend/code';
import { addr2line } from '../../frontend/linetable';
import { currentInterp } from '../interp';
import { defineModule } from './module_util';

/** The two VMs' frames, as far as this file reads them. */
interface AnyFrame {
  back: AnyFrame | null;
  globals: PyDict;
  /** Stack VM: the code object and the instruction (code unit) executing. */
  code?: CodeObject;
  lasti?: number;
  /** Register VM: the register code (with its code object and word -> CPython offset map). */
  rc?: { code: CodeObject; offsetAtWord: Int32Array };
  lastPc?: number;
}

function whereIs(f: AnyFrame): [CodeObject, number | null] | null {
  if (f.rc !== undefined && typeof f.lastPc === 'number') {
    const code = f.rc.code;
    const off = f.rc.offsetAtWord[f.lastPc] ?? 0;
    return [code, addr2line(code.co_linetable, code.co_firstlineno, off)];
  }
  if (f.code !== undefined && typeof f.lasti === 'number') {
    const code = f.code;
    return [code, addr2line(code.co_linetable, code.co_firstlineno, Math.max(0, f.lasti) * 2)];
  }
  return null;
}

defineModule('_pyvm_warnings', (m) => {
  // caller(depth) -> (filename, lineno, globals) of the Python frame `depth` calls out from
  // the one calling this function (0: that frame itself), or None past the reachable frames.
  m.fn('caller', (args) => {
    const depth = args[0];
    if (typeof depth !== 'number') return None;
    const backend = currentInterp().backend as unknown as { current?: AnyFrame | null };
    let f: AnyFrame | null = backend.current ?? null;
    for (let i = 0; i < depth && f !== null; i++) f = f.back;
    if (f === null) return None;
    const where = whereIs(f);
    if (where === null) return None;
    const [code, line] = where;
    return new PyTuple([code.co_filename, line ?? None, f.globals] as PyObject[]);
  }, { minArgs: 1, maxArgs: 1 });
});
