// The Python frames running now, innermost first, for the library modules that CPython serves
// with sys._getframe (warnings' stacklevel, traceback.extract_stack). pyvm has no frame objects
// for live frames: this reads the innermost frame the VM records for calls into the runtime
// (ExecBackend `current`: the stack VM's Frame or the register VM's RegFrame, both linking
// their caller through `back`) and walks `back`.
//
// Invariant relied on (session 19: stackvm b1d578b, regvm c9df525): whenever runtime code runs,
// the backend's `current` is the Python frame that is running (both loops store it at their
// entry and at every frame switch; the register VM finds a generator resumed inside its loop
// from the resumer), its position (stack VM lasti / register VM lastPc) is the instruction
// that called out when that was a call, and each caller's position is at its own call. An
// eval-loop activation's entry frame (a Python function called from runtime code: a sort key,
// a dunder, a property, a generator resumed by next(), a module body run by import) is linked
// to the frame that was running when it began, and `current` is that frame again when the
// activation ends, also by an exception, so the walk goes on past activations as CPython's
// frame chain does across C calls. Known gap: a frame that reached runtime code through an
// instruction other than a call (a property's LOAD_ATTR; on the stack VM also an operator's
// dunder) reports the line of its last call.

import { PyDict } from '../dict';
import { PyObject } from '../object';
import { PyCell } from '../function';
import { CodeObject, CO_FAST_CELL, CO_FAST_FREE } from '../../frontend/code';
import { currentInterp } from '../interp';
import { hiddenFrameFiles } from '../traceback';
import { coLines } from '../../frontend/linetable';

/** The two VMs' frames, as far as this file reads them. */
export interface AnyFrame {
  back: AnyFrame | null;
  globals: PyDict;
  builtins: PyDict;
  /** The locals mapping of a module or class body; null for a function (fast locals). */
  locals: PyObject | null;
  /** Stack VM: fast locals, then the value stack. */
  s?: readonly (PyObject | undefined)[];
  /** Register VM: fast locals keep their slots at the start of the register file. */
  regs?: readonly (PyObject | null | undefined)[];
  /** Stack VM: the code object and the instruction (code unit) executing. */
  code?: CodeObject;
  lasti?: number;
  /** Register VM: the register code (its code object and word -> CPython offset map). */
  rc?: { code: CodeObject; offsetAtWord: Int32Array };
  lastPc?: number;
}

export interface LiveFrame {
  code: CodeObject;
  /** Byte offset of the instruction executing (CPython's f_lasti * 2, a traceback's tb_lasti). */
  lasti: number;
  globals: PyDict;
  builtins: PyDict;
  /**
   * The locals mapping of a module or class body, or, for a function, a snapshot of its fast
   * locals taken now: the VM frame is pooled and reused once the function returns, so a frame
   * object (sys._getframe) must not keep reading it. Names are co_localsplusnames' order.
   */
  locals: PyObject | null;
  fast: (PyObject | undefined)[] | null;
}

/** The values of a function frame's fast locals, cells read through (undefined for unbound). */
function fastLocals(code: CodeObject, slots: readonly (PyObject | null | undefined)[]): (PyObject | undefined)[] {
  const n = code.co_localsplusnames.length;
  const out = new Array<PyObject | undefined>(n);
  for (let i = 0; i < n; i++) {
    let v = slots[i];
    if (v instanceof PyCell && (code.co_localspluskinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) !== 0) v = v.contents;
    out[i] = v === null ? undefined : v;
  }
  return out;
}

/**
 * A function frame's locals as locals() returns them (CPython's PyFrame_FastToLocals): name ->
 * value for every bound fast local, cells read through. Both VMs' currentLocals use it.
 */
export function fastLocalsDict(code: CodeObject, slots: readonly (PyObject | null | undefined)[]): PyDict {
  const d = new PyDict();
  const values = fastLocals(code, slots);
  const names = code.co_localsplusnames;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== undefined) d.setStr(names[i], v);
  }
  return d;
}

/** The byte offset of `code`'s first instruction that has a line (0 if none has). */
function firstLinedOffset(code: CodeObject): number {
  return coLines(code.co_linetable, code.co_firstlineno).find((r) => r.line !== null)?.start ?? 0;
}

export function toLive(f: AnyFrame): LiveFrame | null {
  let code: CodeObject;
  let lasti: number;
  let slots: readonly (PyObject | null | undefined)[] | undefined;
  if (f.rc !== undefined && typeof f.lastPc === 'number') {
    code = f.rc.code;
    lasti = f.rc.offsetAtWord[f.lastPc] ?? 0;
    slots = f.regs;
  } else if (f.code !== undefined && typeof f.lasti === 'number') {
    code = f.code;
    // A stack-VM frame stores its position when it calls out (CALL, LOAD_ATTR); one entered
    // inline that reached Python code another way first (a dunder from BINARY_OP in a fresh
    // comprehension) has none yet (-1): its first instruction with a line stands in, never an
    // offset without one (f_lineno None, which warnings' stacklevel cannot take).
    lasti = f.lasti >= 0 ? f.lasti * 2 : firstLinedOffset(code);
    slots = f.s;
  } else {
    return null;
  }
  const fast = f.locals === null && slots !== undefined ? fastLocals(code, slots) : null;
  return { code, lasti, globals: f.globals, builtins: f.builtins, locals: f.locals, fast };
}

function currentFrame(): AnyFrame | null {
  const backend = currentInterp().backend as unknown as { current?: AnyFrame | null };
  return backend.current ?? null;
}

/**
 * The reachable Python frames, innermost (the caller of the running built-in) first, without
 * the frames of modules hidden from tracebacks (runtime/traceback.ts hiddenFrameFiles).
 */
export function liveFrames(): LiveFrame[] {
  const out: LiveFrame[] = [];
  for (let f = currentFrame(); f !== null; f = f.back) {
    const live = toLive(f);
    if (live === null) break;
    // frames of a module standing for a C module of CPython's (warnings, io) are not frames there
    if (!hiddenFrameFiles.has(live.code.co_filename)) out.push(live);
  }
  return out;
}
