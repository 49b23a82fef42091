// The Python frames running now, innermost first, for the library modules that CPython serves
// with sys._getframe (warnings' stacklevel, traceback.extract_stack). pyvm has no frame objects
// for live frames: this reads the innermost frame the VM records for calls into the runtime
// (ExecBackend `current`: the stack VM's Frame or the register VM's RegFrame, both linking
// their caller through `back`) and walks `back`.
//
// Invariant relied on: while a built-in function runs, the backend's `current` is the Python
// frame that called it, its position (stack VM lasti / register VM lastPc) at that call, and
// each caller's position at its own call. The walk ends where an eval-loop activation began
// (a Python function called from runtime code: a sort key, a module body run by import): the
// frames beyond are out of reach, as if they were beyond the top of the stack.

import { PyDict } from '../dict';
import { CodeObject } from '../../frontend/code';
import { currentInterp } from '../interp';
import { hiddenFrameFiles } from '../traceback';

/** The two VMs' frames, as far as this file reads them. */
interface AnyFrame {
  back: AnyFrame | null;
  globals: PyDict;
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
}

function toLive(f: AnyFrame): LiveFrame | null {
  if (f.rc !== undefined && typeof f.lastPc === 'number') {
    return { code: f.rc.code, lasti: f.rc.offsetAtWord[f.lastPc] ?? 0, globals: f.globals };
  }
  if (f.code !== undefined && typeof f.lasti === 'number') {
    return { code: f.code, lasti: Math.max(0, f.lasti) * 2, globals: f.globals };
  }
  return null;
}

/**
 * The reachable Python frames, innermost (the caller of the running built-in) first, without
 * the frames of modules hidden from tracebacks (runtime/traceback.ts hiddenFrameFiles).
 */
export function liveFrames(): LiveFrame[] {
  const backend = currentInterp().backend as unknown as { current?: AnyFrame | null };
  const out: LiveFrame[] = [];
  for (let f: AnyFrame | null = backend.current ?? null; f !== null; f = f.back) {
    const live = toLive(f);
    if (live === null) break;
    // frames of a module standing for a C module of CPython's (warnings, io) are not frames there
    if (!hiddenFrameFiles.has(live.code.co_filename)) out.push(live);
  }
  return out;
}
