// Frame objects (CPython's PyFrameObject, Objects/frameobject.c) as Python code sees them:
// sys._getframe(depth) and a traceback's tb_frame.
//
// pyvm's VMs keep their own frames (stackvm/frame.ts Frame, regvm/frame.ts RegFrame) and pool
// them: a frame is reused by the next call of the same code once its function returns. So a
// frame object is a snapshot taken when it is made (runtime/modules/live_frames.ts LiveFrame):
// the code, the instruction executing, the namespaces, and a function's fast locals as they were
// then. The VM frame is not read again: the VMs update their `current` frame only when they call
// out, so from an attribute load on a frame object pyvm cannot tell a frame still running from
// a pooled one running another call. Against CPython:
// - f_locals of a function frame is that snapshot: names bound after sys._getframe() returned
//   are not in it (CPython 3.11 refreshes the dict each time f_locals is read); a module or
//   class body's f_locals is its namespace itself, as in CPython;
// - f_lineno / f_lasti are where the frame was when the object was made: for a caller frame
//   the line of its call, as in CPython; for the frame that called sys._getframe(), that line
//   (CPython: the line running when f_lineno is read);
// - f_back ends where the running eval loop was entered from runtime code (live_frames.ts);
// - f_trace is always None, and assigning it has no effect (there is no sys.settrace).

import { PyObject, PyBase, None } from './object';
import { PyDict } from './dict';
import { frameType } from './types';
import { setBuiltinType, setSlots } from './types';
import { addGetSet, addressOf, makeBuiltinFunction, PyModule, builtinsObject } from './function';
import { currentInterp } from './interp';
import { CodeObject } from '../frontend/code';
import { addr2line } from '../frontend/linetable';
import { LiveFrame, liveFrames, toLive, AnyFrame } from './modules/live_frames';
import { PyGenerator, asyncGeneratorType } from './generator';
import { generatorType, coroutineType } from './types';
import { addSysInit, sysFunction } from './sys';
import { index } from './ops';
import { raiseTypeError, raiseValueError } from './exceptions';
import { typeOf } from './types';
import { repr } from './ops';

export class PyFrame extends PyBase {
  private back: PyFrame | null | undefined = undefined;
  private localsDict: PyObject | null = null;

  constructor(
    readonly code: CodeObject,
    /** Byte offset of the instruction executing (f_lasti). */
    readonly lasti: number,
    readonly lineno: number | null,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    private readonly live: LiveFrame | null,
    /** The callers' snapshots, innermost first, for f_back (made on first use). */
    private readonly outer: LiveFrame[],
  ) {
    super();
  }

  static fromLive(frames: LiveFrame[], i: number): PyFrame {
    const f = frames[i];
    const line = addr2line(f.code.co_linetable, f.code.co_firstlineno, f.lasti);
    return new PyFrame(f.code, f.lasti, line, f.globals, f.builtins, f, frames.slice(i + 1));
  }

  /** f_back: the calling frame's object, made once; None beyond the reachable frames. */
  backFrame(): PyFrame | null {
    if (this.back === undefined) this.back = this.outer.length > 0 ? PyFrame.fromLive(this.outer, 0) : null;
    return this.back;
  }

  /** f_locals: a module or class body's mapping itself, a function's snapshot as a dict. */
  localsMapping(): PyObject {
    if (this.localsDict !== null) return this.localsDict;
    const live = this.live;
    if (live === null) return (this.localsDict = new PyDict());
    if (live.locals !== null) return (this.localsDict = live.locals);
    const d = new PyDict();
    const names = this.code.co_localsplusnames;
    const fast = live.fast ?? [];
    for (let i = 0; i < names.length; i++) {
      const v = fast[i];
      if (v !== undefined) d.setStr(names[i], v);
    }
    return (this.localsDict = d);
  }
}
setBuiltinType(PyFrame, frameType);

function asFrame(v: PyObject): PyFrame {
  if (!(v instanceof PyFrame)) raiseTypeError(`descriptor requires a 'frame' object but received a '${typeOf(v).tpName}'`);
  return v;
}

addGetSet(frameType, 'f_code', (v) => asFrame(v).code);
addGetSet(frameType, 'f_lineno', (v) => asFrame(v).lineno ?? None);
addGetSet(frameType, 'f_lasti', (v) => asFrame(v).lasti);
addGetSet(frameType, 'f_globals', (v) => asFrame(v).globals);
addGetSet(frameType, 'f_builtins', (v) => builtinsObject(asFrame(v).builtins));
addGetSet(frameType, 'f_locals', (v) => asFrame(v).localsMapping());
addGetSet(frameType, 'f_back', (v) => asFrame(v).backFrame() ?? None);
addGetSet(frameType, 'f_trace', () => None, () => undefined);
addGetSet(frameType, 'f_trace_lines', () => true, () => undefined);
addGetSet(frameType, 'f_trace_opcodes', () => false, () => undefined);
setSlots(frameType, {
  tp_repr: (v) => {
    const f = asFrame(v);
    return `<frame at ${addressOf(f)}, file ${repr(f.code.co_filename)}, line ${f.lineno ?? 'None'}, code ${f.code.co_name}>`;
  },
});

/**
 * A traceback entry's frame (tb_frame): its code, line and instruction, and the globals of the
 * module the code comes from (below). f_locals is an empty dict and f_back is None (CPython's
 * is the frame itself, alive as long as the traceback).
 */
export function tracebackFrame(code: CodeObject, lasti: number, lineno: number | null): PyFrame {
  // The entry keeps no namespace; its globals are those of the loaded module whose file the
  // code comes from (found when the frame is first asked for: unittest tests '__unittest' in
  // tb_frame.f_globals to drop its own frames), else empty.
  const interp = currentInterp();
  let globals: PyDict | null = null;
  for (const e of interp.modules.entries()) {
    const m = e.value;
    if (m instanceof PyModule && m.__dict__.getStr('__file__') === code.co_filename) {
      globals = m.__dict__;
      break;
    }
  }
  return new PyFrame(code, lasti, lineno, globals ?? new PyDict(), globals === null ? new PyDict() : interp.builtins, null, []);
}

// A generator's or coroutine's frame (gi_frame, cr_frame): None once it has finished, else a
// snapshot of its suspended (or running) frame as sys._getframe makes one: the line of the
// yield it waits at (the def line before it first runs), its locals then, f_back None.
// The same object while the generator has not moved (CPython's gi_frame is one object for the
// generator's life: `gen.gi_frame is gen.gi_frame`); a new snapshot once it has run on.
const genFrames = new WeakMap<PyGenerator, PyFrame>();
function generatorFrame(g: PyObject): PyObject {
  const gen = g as PyGenerator;
  if (gen.finished) return None;
  const live = toLive(gen.frame as AnyFrame);
  if (live === null) return None;
  const known = genFrames.get(gen);
  if (known !== undefined && known.code === live.code && known.lasti === live.lasti && !gen.running) return known;
  const line = addr2line(live.code.co_linetable, live.code.co_firstlineno, live.lasti);
  const f = new PyFrame(live.code, live.lasti, line, live.globals, live.builtins, live, []);
  genFrames.set(gen, f);
  return f;
}
addGetSet(generatorType, 'gi_frame', generatorFrame);
addGetSet(coroutineType, 'cr_frame', generatorFrame);
addGetSet(asyncGeneratorType, 'ag_frame', generatorFrame);

// sys._getframe([depth]): the caller's frame (depth 0), or the one `depth` calls out.
addSysInit((_interp, sys) => {
  sys.__dict__.setStr('_getframe', sysFunction('_getframe', (args) => {
    const depth = args.length > 0 ? Number(index(args[0])) : 0;
    const frames = liveFrames();
    const i = Math.max(0, depth);
    if (i >= frames.length) raiseValueError('call stack is not deep enough');
    return PyFrame.fromLive(frames, i);
  }, { minArgs: 0, maxArgs: 1 }));
});
