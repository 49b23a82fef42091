// The register VM (ExecBackend): frames, calls from the runtime into Python, generators, and
// the less frequent instructions (`cold`). The eval loop itself is regvm/eval.ts (and its
// generated counting/tracing twin regvm/eval_counting.ts); both use the members below that
// are public for that reason (current, cacheKey, interp, frameFor, recycle, leave, cold, ...).

import { regWordsArena } from '../translator/regcode';
import { PyObject, PyTuple, None } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { fastLocalsDict } from '../runtime/modules/live_frames';
import { printExpr } from '../runtime/modules/sys_extras';
import { typeOf, dictType } from '../runtime/types';
import { KwArgs, PyType } from '../runtime/type';
import {
  PyException, raiseTypeError, AssertionError, StopIteration,
  isPyException, newException, GeneratorExit, stopIterationValue,
} from '../runtime/exceptions';
import { PyFunction, PyCell, builtinsRegistry, builtinsOfGlobals } from '../runtime/function';
import { PyList, PySet } from '../runtime/containers';
import { getItem, setItem, delItem, positive, invert, len as pyLen, forEach, getIter } from '../runtime/ops';
import { dictMerge } from '../runtime/containers';
import { callObject, bindArguments } from '../runtime/call';
import { getAttr, getAttrOpt, delAttr, lookupSpecial } from '../runtime/attr';
import { PyGenerator, genResume, genClose, getAwaitable, delegateSend, delegateResult } from '../runtime/generator';
import { asyncGenWrap, getAIter, getANext, beforeAsyncWith, endsAsyncFor } from '../runtime/async_generator';
import { currentInterp, Interpreter, ExecBackend } from '../runtime/interp';
import * as H from '../runtime/vmhelpers';
import { exceptionGroupMatch, prepReraiseStar } from '../runtime/exception_group';
import { CodeObject } from '../frontend/code';
import { RegCode, PassSet } from '../translator/regcode';
import { translate, regCacheKey } from '../translator/translate';
import { regCacheId } from '../translator/regcode';
import { RegOp, regOpcodeTable } from './opcodes';
import { RegFrame, Reg } from './frame';
import { RegCounts, gather, typeByName, binaryDunderFor, peekInstanceAttr, argVector } from './support';
import { AttrCache, loadAttrCached, loadMethodCached, storeAttrCached } from '../runtime/attrcache';
import { evalRegFrame } from './eval';
import type { evalRegFrameCounting as CountingLoop } from './eval_counting';

/**
 * The generated counting/tracing loop (101 KB), required on its first use: only `pyvm stats`,
 * `trace` and the counting tests run it, and every other run paid for loading it (start-up
 * time, session 25). RegVM.run's uncounted path does not touch this binding.
 */
let evalRegFrameCounting: typeof CountingLoop = (vm, entry, throwExc) => {
  evalRegFrameCounting = (require('./eval_counting') as typeof import('./eval_counting')).evalRegFrameCounting;
  return evalRegFrameCounting(vm, entry, throwExc);
};
import * as v8 from 'v8';
import { nodeFlagGiven } from '../cli/eager_feedback';

export { RegCounts } from './support';

/** A per-instruction hook for `pyvm trace --vm reg` (never set in timed runs). */
export type TraceHook = (frame: RegFrame, pc: number) => void;


/** How often a pooled frame gets a new register file (frameFor). */
const FRESH_REGS_USES = 64;

export class RegVM implements ExecBackend {
  readonly name = 'reg';
  /** The exception being handled (sys.exc_info()[1]); None outside except blocks. */
  handled: PyObject = None;
  /**
   * The exception a loop last let out of its entry frame (regvm/eval.ts raiseOut): when it
   * arrives at a calling loop (through runtime code that called Python: `__exit__`, a key
   * function), it is propagating, not raised there, and gets no new __context__ (CPython chains
   * only where an exception is raised, _PyErr_SetObject).
   */
  escaped: PyException | null = null;
  counts: RegCounts | null;
  trace: TraceHook | null = null;
  private interpCache: Interpreter | null = null;
  /**
   * The running frame, written by the loop at its entry and at each frame switch (a call, a
   * return, an exception's unwinding), or the frame that resumed it when the running frame is
   * a generator's resumed inside the loop (FOR_ITER, SEND: no store of the generator's young
   * frame per item; `current` finds it). Read it through `current`.
   */
  cur: RegFrame | null = null;

  /**
   * The frame that is running whenever runtime code runs: what sys._getframe, warnings'
   * stacklevel, super(), globals() and locals() see. From `cur`, it descends into a generator
   * resumed inside the loop by the instruction `cur` stopped at (FOR_ITER, FOR_ITER_BACK, SEND;
   * such a generator's frame is linked back to its resumer only while it runs).
   */
  get current(): RegFrame | null {
    let f = this.cur;
    while (f !== null) {
      const w = f.rc.words;
      const op = w[f.lastPc];
      if (op !== RegOp.FOR_ITER && op !== RegOp.FOR_ITER_BACK && op !== RegOp.SEND) break;
      const g = f.regs[w[f.lastPc + 2]];
      if (!(g instanceof PyGenerator) || !(g.frame instanceof RegFrame) || g.frame.back !== f) break;
      f = g.frame;
    }
    return f;
  }
  /** The global a LOAD_GLOBAL-miss call of cold() looked up (cold returns only a pc). */
  coldGlobal: PyObject = None;
  /** The built-in isinstance, the callee ISINSTANCE_GLOBAL's inline type test expects. */
  readonly isinstanceFn: PyObject | undefined = builtinsRegistry.get('isinstance');

  readonly cacheKey: string;
  /** regCacheId(cacheKey): what RegCode.passId is compared with. */
  readonly cacheId: number;

  constructor(
    readonly passes: PassSet,
    counting: boolean,
  ) {
    this.counts = counting ? new RegCounts() : null;
    this.cacheKey = regCacheKey(passes);
    this.cacheId = regCacheId(this.cacheKey);
  }

  get interp(): Interpreter {
    return (this.interpCache ??= currentInterp());
  }

  /** Register code of `code` (translated once per pass set, cached in code.derived). */
  regCode(code: CodeObject): RegCode {
    const rc = code.derived.get(this.cacheKey) as RegCode | undefined;
    return rc !== undefined ? rc : translate(code, this.passes);
  }

  // ------------------------------------------------------------------------------------------
  // ExecBackend

  callFunction(f: PyFunction, args: PyObject[], kwargs: KwArgs): PyObject {
    const frame = this.newFrame(f, args, args.length, null, kwargs);
    return this.runEntry(frame);
  }

  runClassBody(f: PyFunction, ns: PyDict): PyObject {
    const rc = this.regCode(f.code);
    const regs = rc.template.slice();
    const frame = new RegFrame(rc, regs, f.globals, f.builtins, ns, f);
    return this.runEntry(frame);
  }

  superArgs(): [PyType, PyObject] {
    const f = this.current;
    return f === null || f.func === null ? H.zeroArgSuper(null, []) : H.zeroArgSuper(f.rc.code, f.regs);
  }

  currentGlobals(): PyDict {
    const f = this.current;
    return f !== null ? f.globals : (this.interp.modules.getStr('__main__') as unknown as { __dict__: PyDict }).__dict__;
  }

  currentException(): PyObject {
    return this.handled;
  }

  currentLocals(): PyObject {
    const f = this.current;
    if (f === null) return new PyDict();
    if (f.locals !== null) return f.locals;
    return fastLocalsDict(f.rc.code, f.regs);
  }

  runModuleCode(code: CodeObject, globals: PyDict, locals?: PyObject): PyObject {
    const rc = this.regCode(code);
    const frame = new RegFrame(rc, rc.template.slice(), globals, builtinsOfGlobals(globals, this.interp.builtins), locals ?? globals, null);
    return this.runEntry(frame);
  }

  /** The register VM keeps the delegate on the generator while a SEND is suspended in it. */
  delegateOf(gen: PyGenerator): PyObject | null {
    return gen.yieldFrom;
  }

  resumeGenerator(gen: PyGenerator, value: PyObject, exc: PyException | null): PyObject {
    const frame = gen.frame as RegFrame;
    if (exc !== null && frame.delegatePc >= 0 && !gen.justStarted) return this.throwIntoDelegate(gen, frame, exc);
    if (exc === null && frame.sendDest >= 0) frame.regs[frame.sendDest] = value;
    return this.resumeRun(gen, frame, exc);
  }

  /**
   * Runs a generator's frame from genResume with the generator's own handled exception
   * (gen.excState), as the stack VM's resumeFrame: what it was handling when it yielded is
   * restored, and the resumer's is put back afterwards.
   */
  private resumeRun(gen: PyGenerator, frame: RegFrame, exc: PyException | null): PyObject {
    const saved = this.handled;
    if (gen.excState !== None) this.handled = gen.excState;
    // An exception thrown into the generator (gen.throw, or one its `yield from` delegate let
    // out) gets the generator's handled exception as its context, as CPython's gen_send_ex2
    // (_PyErr_ChainStackItem), even when it escaped another loop on its way here: the loop
    // chains it unless it is vm.escaped.
    if (exc !== null && this.escaped === exc) this.escaped = null;
    let r: PyObject;
    try {
      r = this.run(frame, exc);
    } catch (e) {
      this.handled = saved;
      gen.excState = None;
      frame.back = null;
      throw e;
    }
    // A suspended (or finished) generator's frame is linked to no resumer.
    frame.back = null;
    gen.excState = this.handled === saved ? None : this.handled;
    this.handled = saved;
    return r;
  }

  /** gen.throw()/close() while the frame delegates with `yield from` (CPython's _gen_throw with yf). */
  private throwIntoDelegate(gen: PyGenerator, f: RegFrame, exc: PyException): PyObject {
    const w = f.rc.words;
    const sendPc = f.delegatePc;
    const yf = f.regs[w[sendPc + 2]] as PyObject;
    // Leave the yield-from loop: SEND's "returned" exit, with `v` as the result of `yield from`.
    const finishWith = (v: PyObject): PyObject => {
      f.regs[w[sendPc + 2]] = v;
      f.pc = w[sendPc + 4];
      f.delegatePc = -1;
      gen.yieldFrom = null;
      return this.resumeRun(gen, f, null);
    };
    const raiseAtSend = (e: PyException): PyObject => {
      f.lastPc = sendPc;
      f.delegatePc = -1;
      gen.yieldFrom = null;
      return this.resumeRun(gen, f, e);
    };
    if (typeOf(exc).isSubtypeOf(GeneratorExit)) {
      try {
        if (yf instanceof PyGenerator) genClose(yf);
        else {
          const close = getAttrOpt(yf, 'close');
          if (close !== undefined) callObject(close, [], null);
        }
      } catch (e) {
        if (!isPyException(e)) throw e;
        return raiseAtSend(e);
      }
      return raiseAtSend(exc);
    }
    let ret: PyObject | undefined;
    try {
      if (yf instanceof PyGenerator) {
        ret = genResume(yf, None, exc);
        if (ret === undefined) return finishWith(yf.returnValue);
      } else {
        const meth = getAttrOpt(yf, 'throw');
        if (meth === undefined) return raiseAtSend(exc);
        ret = callObject(meth, [typeOf(exc), exc, exc.traceback ?? None], null);
      }
    } catch (e) {
      if (!isPyException(e)) throw e;
      if (typeOf(e).isSubtypeOf(StopIteration)) return finishWith(stopIterationValue(e));
      return raiseAtSend(e);
    }
    return ret;
  }

  /** Runs a module code object with `globals` as its namespace. */
  runModule(code: CodeObject, globals: PyDict): void {
    const rc = this.regCode(code);
    const frame = new RegFrame(rc, rc.template.slice(), globals, builtinsOfGlobals(globals, this.interp.builtins), globals, null);
    this.runEntry(frame);
  }

  // ------------------------------------------------------------------------------------------
  // Frames

  /** A frame for calling `f`: arguments bound into the first registers (CPython's initialize_locals). */
  newFrame(f: PyFunction, args: Reg[], nargs: number, kwnames: readonly string[] | null, kwmap: KwArgs): RegFrame {
    const code = f.code;
    let rc = f.regDecoded as RegCode | undefined;
    if (rc === undefined || rc.passId !== this.cacheId) f.regDecoded = rc = this.regCode(code);
    // A pooled frame, as for calls inside the loop (and as the stack VM's pushFrame); it goes
    // back to the pool when it returns (RETURN_VALUE of an entry frame).
    const frame = this.frameFor(rc, f);
    const regs = frame.regs;
    if (kwnames === null && (kwmap === null || kwmap.size === 0) && nargs === rc.simpleArgc) {
      for (let i = 0; i < nargs; i++) regs[i] = args[i];
    } else {
      // On a binding error the half-filled frame is dropped (not returned to the pool).
      bindArguments(f, args as PyObject[], nargs, kwnames, kwmap, regs as (PyObject | undefined)[]);
    }
    return frame;
  }

  private runEntry(frame: RegFrame): PyObject {
    return this.run(frame, null);
  }

  /**
   * Runs `entry` (and every frame it calls) until `entry` returns or yields. With `throwExc`,
   * the exception is raised in `entry` at the instruction it is suspended at (generator.throw).
   * The counting/tracing loop is a separate generated function, so the plain one pays nothing.
   */
  run(entry: RegFrame, throwExc: PyException | null): PyObject {
    // A new activation of the loop: its entry frame is linked to the frame that was running
    // when runtime code called into Python (a sort key, a dunder, a property, a generator
    // resumed by next(), a module body run by import), so that sys._getframe and warnings'
    // stacklevel walk on past the activation as CPython's frame chain does across C calls;
    // and `cur` is what it was when the activation returns. An exception leaving the
    // activation skips this restore (no try on this path): the loop sets `cur` to the entry's
    // `back` as the exception leaves it (and the loop that catches it, to its own frame).
    const saved = this.cur;
    const caller = this.current;
    entry.back = caller !== entry ? caller : null;
    const r = this.counts === null && this.trace === null ? evalRegFrame(this, entry, throwExc) : evalRegFrameCounting(this, entry, throwExc);
    this.cur = saved;
    return r;
  }


  /**
   * The less frequent instructions, outside the main loop so that the loop stays small enough
   * for V8 to compile quickly and well. Returns the next pc; throws like the loop does.
   */
  cold(f: RegFrame, op: number, pc: number): number {
    const w = f.rc.words;
    const regs = f.regs;
    const names = f.rc.code.co_names;
    const interp = this.interp;
    switch (op) {
        case RegOp.LOAD_GLOBAL:
          // Not the instruction (the loop runs it): the global-cache miss of the loop's
          // LOAD_GLOBAL, GLOBAL_BINARY_OP or CALL_GLOBAL at pc (name at pc + 2, cache at
          // inline[pc]), here because TurboFan never inlines cold, so the miss path spends none
          // of the loop's inlining budget. The caller reads coldGlobal and writes its register.
          this.coldGlobal = H.loadGlobalCached(f.rc.inline[pc] as H.GlobalCache, f.globals, f.builtins, names[w[pc + 2]], f.rc.code);
          break;
        case RegOp.BINARY_OP_ADAPTIVE:
        case RegOp.ATTR_BINARY_OP_ADAPTIVE: {
          // Not the instruction: a site's first run rewrites its opcode word in f.words (the
          // register code's exec copy) into the _DUNDER form or the plain one, and the loop
          // dispatches it again at the same pc (regvm/eval.ts BINARY_OP_DUNDER). Deciding here
          // reads registers and instance dicts only (no Python code runs): an ATTR_ site's
          // attributes are peeked at in the instances' dicts, and a site whose values are found
          // elsewhere (properties, class attributes) takes the plain form. Either form computes
          // the same thing for any operands.
          // (Written in the words arena's current array, which the loop reads: f.words may be a
          // view of an array the arena has outgrown.)
          const x = regWordsArena.words();
          const xpc = f.wbase + pc;
          let dunder: boolean;
          if (op === RegOp.BINARY_OP_ADAPTIVE) {
            dunder = binaryDunderFor(f.inl, pc, w[pc + 4], regs[w[pc + 2]] as PyObject, regs[w[pc + 3]] as PyObject) !== null;
            x[xpc] = dunder ? RegOp.BINARY_OP_DUNDER : RegOp.BINARY_OP;
          } else {
            const a = peekInstanceAttr(regs[w[pc + 2]], names[w[pc + 3]]);
            const b = peekInstanceAttr(regs[w[pc + 4]], names[w[pc + 5]]);
            dunder = a !== undefined && b !== undefined && binaryDunderFor(f.inl, pc + 2, w[pc + 6], a, b) !== null;
            x[xpc] = dunder ? RegOp.ATTR_BINARY_OP_DUNDER : RegOp.ATTR_BINARY_OP;
          }
          break;
        }
        case RegOp.CHECK_BOUND:
          if (regs[w[pc + 1]] === undefined) throw H.unboundLocalError(f.rc.code.co_localsplusnames[w[pc + 1]]);
          pc += 2;
          break;
        case RegOp.SWAP: {
          const a = w[pc + 1];
          const b = w[pc + 2];
          const t = regs[a];
          regs[a] = regs[b];
          regs[b] = t;
          pc += 3;
          break;
        }
        case RegOp.DELETE_FAST: {
          const a = w[pc + 1];
          if (regs[a] === undefined) throw H.unboundLocalError(f.rc.code.co_localsplusnames[a]);
          regs[a] = undefined;
          pc += 2;
          break;
        }
        case RegOp.MAKE_CELL: {
          const a = w[pc + 1];
          const v = regs[a];
          regs[a] = new PyCell(v === null ? undefined : v);
          pc += 2;
          break;
        }
        case RegOp.COPY_FREE_VARS: {
          const n = w[pc + 1];
          const closure = f.func !== null ? f.func.closure : null;
          const nl = f.rc.nlocalsplus;
          for (let i = 0; i < n; i++) regs[nl - n + i] = closure !== null ? closure[i] : undefined;
          pc += 2;
          break;
        }
        case RegOp.LOAD_CLOSURE:
          regs[w[pc + 1]] = regs[w[pc + 2]];
          pc += 3;
          break;
        case RegOp.LOAD_CLASSDEREF: {
          const b = w[pc + 2];
          const name = f.rc.code.co_localsplusnames[b];
          let v: PyObject | undefined;
          if (f.locals instanceof PyDict) v = f.locals.getStr(name);
          else if (f.locals !== null) {
            try {
              v = getItem(f.locals, name);
            } catch (e) {
              if (!(isPyException(e) && typeOf(e).name === 'KeyError')) throw e;
            }
          }
          if (v === undefined) {
            v = (regs[b] as PyCell).contents;
            if (v === undefined) throw this.emptyCell(f.rc.code, b);
          }
          regs[w[pc + 1]] = v;
          pc += 3;
          break;
        }
        case RegOp.DELETE_DEREF: {
          const cell = regs[w[pc + 1]] as PyCell;
          if (cell.contents === undefined) throw this.emptyCell(f.rc.code, w[pc + 1]);
          cell.contents = undefined;
          pc += 2;
          break;
        }
        case RegOp.LOAD_NAME:
          regs[w[pc + 1]] = H.loadName(f.locals as PyObject, f.globals, f.builtins, names[w[pc + 2]]);
          pc += 3;
          break;
        case RegOp.STORE_NAME: {
          const name = names[w[pc + 1]];
          const v = regs[w[pc + 2]] as PyObject;
          // PyDict_CheckExact, as STORE_NAME: a dict subclass (enum's class namespace) gets its __setitem__.
          if (f.locals instanceof PyDict && f.locals.ob_type === dictType) f.locals.setStr(name, v);
          else if (f.locals !== null) setItem(f.locals, name, v);
          else throw newException(typeByName('SystemError'), `no locals found when storing '${name}'`);
          pc += 3;
          break;
        }
        case RegOp.DELETE_NAME: {
          const name = names[w[pc + 1]];
          if (f.locals instanceof PyDict) {
            if (f.locals.delete(name) === undefined) throw H.nameError(name, f.locals, f.globals, f.builtins, null);
          } else if (f.locals !== null) delItem(f.locals, name);
          pc += 2;
          break;
        }
        case RegOp.STORE_GLOBAL:
          f.globals.setStr(names[w[pc + 1]], regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.DELETE_GLOBAL: {
          const name = names[w[pc + 1]];
          if (f.globals.delete(name) === undefined) throw H.nameError(name, null, f.globals, f.builtins, null);
          pc += 2;
          break;
        }
        case RegOp.DELETE_ATTR:
          f.lastPc = pc; // (a dunder may read this frame's line: regvm/eval.ts BINARY_OP)
          delAttr(regs[w[pc + 1]] as PyObject, names[w[pc + 2]]);
          pc += 3;
          break;
        case RegOp.UNARY_POSITIVE:
          f.lastPc = pc; // (a dunder may read this frame's line: regvm/eval.ts BINARY_OP)
          regs[w[pc + 1]] = positive(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.UNARY_INVERT:
          f.lastPc = pc; // (a dunder may read this frame's line: regvm/eval.ts BINARY_OP)
          regs[w[pc + 1]] = invert(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.DELETE_SUBSCR:
          f.lastPc = pc; // (a dunder may read this frame's line: regvm/eval.ts BINARY_OP)
          delItem(regs[w[pc + 1]] as PyObject, regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.BUILD_SET: {
          const n = w[pc + 2];
          regs[w[pc + 1]] = new PySet(gather(regs, w, pc + 3, n));
          pc += 3 + n;
          break;
        }
        case RegOp.BUILD_MAP: {
          const n = w[pc + 2];
          const d = new PyDict();
          for (let i = 0; i < n; i += 2) d.set(regs[w[pc + 3 + i]] as PyObject, regs[w[pc + 4 + i]] as PyObject);
          regs[w[pc + 1]] = d;
          pc += 3 + n;
          break;
        }
        case RegOp.BUILD_CONST_KEY_MAP: {
          const keys = (regs[w[pc + 2]] as PyTuple).items;
          const n = w[pc + 3];
          const d = new PyDict();
          for (let i = 0; i < n; i++) d.set(keys[i], regs[w[pc + 4 + i]] as PyObject);
          regs[w[pc + 1]] = d;
          pc += 4 + n;
          break;
        }
        case RegOp.BUILD_STRING: {
          const n = w[pc + 2];
          let s = '';
          for (let i = 0; i < n; i++) s += regs[w[pc + 3 + i]] as string;
          regs[w[pc + 1]] = s;
          pc += 3 + n;
          break;
        }
        case RegOp.BUILD_SLICE: {
          const n = w[pc + 2];
          regs[w[pc + 1]] = H.buildSlice(
            regs[w[pc + 3]] as PyObject,
            regs[w[pc + 4]] as PyObject,
            n === 3 ? (regs[w[pc + 5]] as PyObject) : None,
          );
          pc += 3 + n;
          break;
        }
        case RegOp.LIST_TO_TUPLE:
          regs[w[pc + 1]] = new PyTuple((regs[w[pc + 2]] as PyList).items.slice());
          pc += 3;
          break;
        case RegOp.SET_ADD:
          (regs[w[pc + 1]] as PySet).add(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.MAP_ADD:
          (regs[w[pc + 1]] as PyDict).set(regs[w[pc + 2]] as PyObject, regs[w[pc + 3]] as PyObject);
          pc += 4;
          break;
        case RegOp.LIST_EXTEND:
          H.listExtend(regs[w[pc + 1]] as PyList, regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.SET_UPDATE: {
          const s = regs[w[pc + 1]] as PySet;
          forEach(regs[w[pc + 2]] as PyObject, (x) => {
            s.add(x);
          });
          pc += 3;
          break;
        }
        case RegOp.DICT_UPDATE: {
          const u = regs[w[pc + 2]] as PyObject;
          if (!(u instanceof PyDict) && lookupSpecial(u, 'keys') === undefined) {
            raiseTypeError(`'${typeOf(u).name}' object is not a mapping`);
          }
          dictMerge(regs[w[pc + 1]] as PyDict, u);
          pc += 3;
          break;
        }
        case RegOp.DICT_MERGE:
          H.dictMergeForCall(regs[w[pc + 2]] as PyDict, regs[w[pc + 3]] as PyObject, regs[w[pc + 1]] as PyObject);
          pc += 4;
          break;
        case RegOp.FORMAT_VALUE: {
          const specReg = w[pc + 3];
          f.lastPc = pc; // (a __format__ or __str__ may read this frame's line: regvm/eval.ts BINARY_OP)
          regs[w[pc + 1]] = H.formatValue(regs[w[pc + 2]] as PyObject, w[pc + 4], specReg < 0 ? '' : (regs[specReg] as string));
          pc += 5;
          break;
        }
        case RegOp.UNPACK_EX: {
          const c = w[pc + 3];
          const items = H.unpackEx(regs[w[pc + 2]] as PyObject, c & 0xff, c >> 8);
          const n = items.length;
          const a = w[pc + 1];
          for (let i = 0; i < n; i++) regs[a + n - 1 - i] = items[i];
          pc += 4;
          break;
        }
        // ---- control flow
        case RegOp.CALL_FUNCTION_EX: {
          const func = regs[w[pc + 2]] as PyObject;
          const kwr = w[pc + 4];
          const [a, kwmap] = H.expandCallArgs(func, regs[w[pc + 3]] as PyObject, kwr < 0 ? undefined : (regs[kwr] as PyObject));
          f.lastPc = pc;
          regs[w[pc + 1]] = callObject(func, a, kwmap);
          pc += 5;
          break;
        }
        case RegOp.MAKE_FUNCTION: {
          const flags = w[pc + 3];
          const n = w[pc + 4];
          let i = pc + 5;
          const take = (bit: number): PyObject | undefined => ((flags & bit) !== 0 ? (regs[w[i++]] as PyObject) : undefined);
          const defaults = take(1);
          const kwdefaults = take(2);
          const annotations = take(4);
          const closure = take(8);
          const fn = H.makeFunction(regs[w[pc + 2]] as CodeObject, f.globals, f.builtins, defaults, kwdefaults, annotations, closure);
          regs[w[pc + 1]] = fn;
          this.adoptPool(fn);
          pc += 5 + n;
          break;
        }
        case RegOp.LOAD_BUILD_CLASS: {
          regs[w[pc + 1]] = H.loadBuildClass(f.builtins);
          pc += 2;
          break;
        }
        case RegOp.LOAD_ASSERTION_ERROR:
          regs[w[pc + 1]] = AssertionError;
          pc += 2;
          break;
        case RegOp.SETUP_ANNOTATIONS: {
          const loc = f.locals;
          if (loc instanceof PyDict) {
            if (loc.getStr('__annotations__') === undefined) loc.setStr('__annotations__', new PyDict());
          }
          pc += 1;
          break;
        }
        case RegOp.IMPORT_NAME: {
          const level = regs[w[pc + 2]] as PyObject;
          f.lastPc = pc;
          regs[w[pc + 1]] = H.importName(interp, names[w[pc + 4]], f.globals, f.builtins, regs[w[pc + 3]] as PyObject, Number(level));
          pc += 5;
          break;
        }
        case RegOp.IMPORT_FROM:
          regs[w[pc + 1]] = H.importFrom(interp, regs[w[pc + 2]] as PyObject, names[w[pc + 3]]);
          pc += 4;
          break;
        case RegOp.IMPORT_STAR:
          H.importStar(regs[w[pc + 1]] as PyObject, f.locals as PyObject);
          pc += 2;
          break;
        case RegOp.PRINT_EXPR:
          printExpr(interp, regs[w[pc + 1]] as PyObject);
          pc += 2;
          break;
        // ---- exceptions
        case RegOp.CHECK_EXC_MATCH:
          regs[w[pc + 1]] = H.exceptionMatches(regs[w[pc + 2]] as PyObject, regs[w[pc + 3]] as PyObject);
          pc += 4;
          break;
        case RegOp.BEFORE_WITH: {
          f.lastPc = pc; // (__enter__ may read this frame's line)
          const [exit, res] = H.beforeWith(regs[w[pc + 3]] as PyObject);
          regs[w[pc + 1]] = exit;
          regs[w[pc + 2]] = res;
          pc += 4;
          break;
        }
        case RegOp.CHECK_EG_MATCH: {
          // Both operands are read before either result is written (rest may be the
          // exception's register, match the type's).
          const [rest, match] = exceptionGroupMatch(regs[w[pc + 3]] as PyObject, regs[w[pc + 4]] as PyObject);
          regs[w[pc + 1]] = rest;
          regs[w[pc + 2]] = match;
          if (match !== None) this.handled = match;
          pc += 5;
          break;
        }
        // ---- async with, async for, async generators (runtime/async_generator.ts)
        case RegOp.BEFORE_ASYNC_WITH: {
          const [exit, res] = beforeAsyncWith(regs[w[pc + 3]] as PyObject);
          regs[w[pc + 1]] = exit;
          regs[w[pc + 2]] = res;
          pc += 4;
          break;
        }
        case RegOp.GET_AITER:
          regs[w[pc + 1]] = getAIter(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.GET_ANEXT:
          regs[w[pc + 1]] = getANext(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.END_ASYNC_FOR:
          // StopAsyncIteration: the loop is over; anything else: the RERAISE that follows.
          pc = endsAsyncFor(regs[w[pc + 1]] as PyObject) ? w[pc + 2] : pc + 3;
          break;
        case RegOp.ASYNC_GEN_WRAP:
          regs[w[pc + 1]] = asyncGenWrap(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.GET_AWAITABLE:
          regs[w[pc + 1]] = getAwaitable(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.PREP_RERAISE_STAR:
          regs[w[pc + 1]] = prepReraiseStar(regs[w[pc + 2]] as PyObject, regs[w[pc + 3]] as PyObject);
          pc += 4;
          break;
        case RegOp.WITH_EXCEPT_START: {
          const exc = regs[w[pc + 3]] as PyObject;
          const tb = exc instanceof PyException && exc.traceback !== null ? exc.traceback : None;
          f.lastPc = pc; // (__exit__ may read this frame's line)
          regs[w[pc + 1]] = callObject(regs[w[pc + 2]] as PyObject, [typeOf(exc), exc, tb], null);
          pc += 4;
          break;
        }
        // ---- generators
        case RegOp.GET_YIELD_FROM_ITER: {
          const v = regs[w[pc + 2]] as PyObject;
          regs[w[pc + 1]] = v instanceof PyGenerator ? v : getIter(v);
          pc += 3;
          break;
        }
        case RegOp.SEND: {
          const recv = regs[w[pc + 2]] as PyObject;
          const v = regs[w[pc + 3]] as PyObject;
          let r: PyObject | undefined;
          f.lastPc = pc;
          const isGen = recv instanceof PyGenerator;
          r = isGen ? genResume(recv, v, null) : delegateSend(recv, v);
          if (r === undefined) {
            // The delegate returned: its value replaces the receiver, and the loop ends.
            regs[w[pc + 2]] = isGen ? recv.returnValue : delegateResult.value;
            pc = w[pc + 4];
            f.delegatePc = -1;
            if (f.gen !== null) f.gen.yieldFrom = null;
            break;
          }
          if (f.gen !== null) f.gen.yieldFrom = recv;
          f.delegatePc = pc;
          regs[w[pc + 1]] = r;
          pc += 5;
          break;
        }
        // ---- pattern matching
        case RegOp.GET_LEN:
          regs[w[pc + 1]] = pyLen(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.MATCH_MAPPING:
          regs[w[pc + 1]] = H.isMapping(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.MATCH_SEQUENCE:
          regs[w[pc + 1]] = H.isSequence(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.MATCH_KEYS:
          regs[w[pc + 1]] = H.matchKeys(regs[w[pc + 2]] as PyObject, regs[w[pc + 3]] as PyTuple);
          pc += 4;
          break;
        case RegOp.MATCH_CLASS:
          regs[w[pc + 1]] = H.matchClass(regs[w[pc + 2]] as PyObject, regs[w[pc + 3]] as PyObject, w[pc + 5], regs[w[pc + 4]] as PyTuple);
          pc += 6;
          break;
      default:
        throw new Error(`regvm: opcode ${regOpcodeTable[op]?.name ?? op} at ${pc} is not implemented`);
    }
    return pc;
  }

  /**
   * A function just made (MAKE_FUNCTION): the frames pooled for its code, if they were last used
   * by another function with other globals, are given this one's function and globals. The code
   * prepared once is run again by each run of a program in one process (each evaluate() of a
   * benchmark process: new module globals and function objects, the same code objects and
   * register code), and frameFor's tests for another function and other globals are then first
   * true in the program's SECOND run, after TurboFan compiled the loop (frameFor is inlined into
   * it) without feedback for those stores: the loop was deoptimised there and compiled twice
   * more (50-200 ms each) in the runs the report times. Done here, in cold code run once per
   * function made, frameFor's branches stay untaken; they remain for the rest (a closure made
   * per call, functions made elsewhere: types.FunctionType, the other VM).
   */
  adoptPool(fn: PyFunction): void {
    const rc = fn.code.derived.get(this.cacheKey) as RegCode | undefined;
    if (rc === undefined) return;
    let p = rc.freeFrame as RegFrame | null;
    if (p === null || (p.globals === fn.globals && p.builtins === fn.builtins)) return;
    for (; p !== null; p = p.nextFree) {
      p.globals = fn.globals;
      p.builtins = fn.builtins;
      p.func = fn;
    }
  }

  /** A frame for `fn` running `rc`: a recycled one (registers already cleared) or a new one. */
  frameFor(rc: RegCode, fn: PyFunction): RegFrame {
    const pooled = rc.freeFrame as RegFrame | null;
    if (pooled !== null) {
      rc.freeFrame = pooled.nextFree;
      rc.freeCount--;
      // Written only when it changes: a function made by the running program is often still
      // in V8's young generation, and storing it into a pooled (old) frame takes the write
      // barrier's slow path (a remembered-set insertion) at every call. A frame last used by
      // this function has its globals and builtins (a function's never change).
      if (pooled.func !== fn) {
        pooled.func = fn;
        if (pooled.globals !== fn.globals || pooled.builtins !== fn.builtins) {
          pooled.globals = fn.globals;
          pooled.builtins = fn.builtins;
        }
      }
      pooled.pc = 0;
      // A pooled frame's register file is soon in V8's old generation, and every store of a
      // young object into it (a float result, a new instance, the arguments of a call) takes
      // the write barrier's slow path, a remembered-set insertion (~7% of raytrace and nbody in
      // perf). A new copy of the template every FRESH_REGS_USES uses is young again until it
      // survives two scavenges, which takes many more calls than that.
      if (++pooled.uses >= FRESH_REGS_USES) {
        pooled.uses = 0;
        pooled.regs = rc.template.slice();
      }
      return pooled;
    }
    return new RegFrame(rc, rc.template.slice(), fn.globals, fn.builtins, null, fn);
  }

  /**
   * Returns a finished function frame to its code's pool (as the stack VM does): nothing refers
   * to a returned frame (tracebacks keep code and offsets, closures keep cells, generators own
   * their frames and never come here). Constant registers are never written (the verifier checks
   * it), so clearing the others restores the template: `end` is rc.constStart for a frame that
   * leaves by an exception (from any instruction), rc.returnClear for one that returns (the
   * registers from there up are undefined at every RETURN_VALUE: translator/retclear.ts).
   */
  recycle(f: RegFrame, end: number): void {
    const rc = f.rc;
    if (f.gen !== null || f.locals !== null || rc.freeCount >= 32) return;
    // A plain loop: Array.prototype.fill is a builtin call V8 does not inline, and it dominated
    // fib's profile (18% self time) for these small register files.
    const regs = f.regs;
    for (let i = end - 1; i >= 0; i--) regs[i] = undefined;
    f.back = null;
    f.retDest = -1;
    f.sendDest = -1;
    f.delegatePc = -1;
    f.initSelf = null;
    f.nextFree = rc.freeFrame as RegFrame | null;
    rc.freeFrame = f;
    rc.freeCount++;
  }

  leave(f: RegFrame): void {
    void f;
    this.interp.depth--;
  }

  emptyCell(code: CodeObject, slot: number): PyException {
    const name = code.co_localsplusnames[slot];
    return (code.co_localspluskinds[slot] & 0x80) !== 0 ? H.unboundFreeError(name) : H.unboundLocalError(name);
  }
}


/**
 * Compiles the eval loop with its feedback vector allocated at once, not lazily (session 9, R).
 * V8 gives a function its feedback vector only after it has run a while; the loop's first call
 * usually runs the whole program (every Python call is a frame inside it), so the vector arrives
 * in the middle of that call and the code before the loop never records feedback. TurboFan's
 * regular compile of the loop then deopts at its first property load ("Insufficient type
 * feedback") and only OSR code is left, which in some processes is 1.5-3x slower (nqueens 9:
 * 120-140 ms against 41-44 in a third of the processes; docs/performance.md, sessions 8 and 9).
 * The flag is switched off for the loop's (lazy) compile only, by one call that stops at its first
 * property load (vm is null), and switched back on; the same for the few helpers the loop inlines
 * whose rare paths are first taken early (below, session 20). No other function is affected. A
 * lazy-feedback flag given on the command line is left as it is.
 */
function compileLoopWithFeedback(): void {
  if (nodeFlagGiven('lazy-feedback-allocation')) return;
  v8.setFlagsFromString('--no-lazy-feedback-allocation');
  try {
    evalRegFrame(null as unknown as RegVM, null as unknown as RegFrame, null);
  } catch {
    // Expected: the TypeError of `vm.interp` on null, before any instruction runs.
  }
  // The same for the attribute caches' entries the loop calls (and inlines: their paths for a
  // module, a class object or another class are first taken in a program's first instructions,
  // often before a lazily allocated vector exists; a compile of the loop in a later run of the
  // program then deopts at such a path's call with "Insufficient type feedback for call"): one
  // call each, which fails at its first property load of the null receiver.
  const nul = null as unknown as PyObject;
  for (const probe of [
    (): unknown => loadAttrCached(null as unknown as AttrCache, nul, ''),
    (): unknown => loadMethodCached(null as unknown as AttrCache, nul, ''),
    (): unknown => storeAttrCached(null as unknown as AttrCache, nul, '', nul),
  ]) {
    try {
      probe();
    } catch {
      // Expected: a TypeError on null.
    }
  }
  // gather's array literal (BUILD_TUPLE, BUILD_LIST, a function's defaults...) gets its
  // allocation site now and learns PACKED_ELEMENTS at once: else its arrays of small ints are
  // PACKED_SMI_ELEMENTS in a program's first run and PACKED_ELEMENTS in the next (the site has
  // learned), and the loop compiled in run 2 deopts at a map check from run 1's feedback
  // (closures: `defaults.length` in bindDefaultsFast, 'wrong map').
  try {
    void argVector(0);
    void gather([None], Int32Array.of(0), 0, 1);
  } finally {
    v8.setFlagsFromString('--lazy-feedback-allocation');
  }
}
compileLoopWithFeedback();
