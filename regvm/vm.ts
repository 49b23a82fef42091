// The register VM's eval loop: runs register code (translator/) on the shared runtime.
//
// One `run` call executes frames linked through `back` until its entry frame returns, so a
// Python-to-Python call pushes a frame and continues in the same loop (no JS recursion), as
// the stack VM does; runtime code calling into Python (a key function, __init__, a generator's
// next) re-enters through ExecBackend and starts a new `run`, as CPython re-enters
// _PyEval_EvalFrame. Every instruction's semantics is the runtime's: this file only reads
// operands from registers and writes results to registers.
//
// Conventions of the loop: `pc` is the word index of the current instruction and only moves
// once the instruction has completed, so when anything throws, `pc` still names the faulting
// instruction (for the exception table and the traceback). Operands are read before the
// destination is written (an instruction may write a register it reads).

import { PyObject, PyTuple, None, PyFloat } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { typeOf, isInstance } from '../runtime/types';
import { CompareOp, KwArgs, PyType } from '../runtime/type';
import {
  PyException, PyTraceback, fromJsError, raiseRecursionError, raiseTypeError, AssertionError, StopIteration,
  isPyException, newException, GeneratorExit, stopIterationValue,
} from '../runtime/exceptions';
import { PyFunction, PyCell, PyMethod } from '../runtime/function';
import { PyList, PySet, PyListIter, PyRange } from '../runtime/containers';
import {
  binaryOpByOparg, richCompare, isTrue, getIter, iterNext, getItem, setItem, delItem, contains, negative, positive,
  invert, len as pyLen, forEach, compareNumbers,
} from '../runtime/ops';
import { dictMerge, PyRangeIter } from '../runtime/containers';
import { AttrCache, loadAttrCached, loadMethodCached, storeAttrCached } from '../runtime/attrcache';
import { listType, dictType, floatType } from '../runtime/types';
import { callObject, bindArguments } from '../runtime/call';
import { getAttr, getAttrOpt, setAttr, delAttr, getMethod, methodFound, lookupSpecial } from '../runtime/attr';
import { PyGenerator, genResume, genClose } from '../runtime/generator';
import { currentInterp, Interpreter, ExecBackend } from '../runtime/interp';
import * as H from '../runtime/vmhelpers';
import { CodeObject, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE } from '../frontend/code';
import { RegCode, PassSet } from '../translator/regcode';
import { translate, regCacheKey } from '../translator/translate';
import { RegOp, regOpcodeTable, OPERAND_KINDS, IS_MOVE } from './opcodes';
import { RegFrame, Reg } from './frame';

/** Counters of one run (design.md's "reg" object). */
export class RegCounts {
  instructions = 0;
  byOpcode: Float64Array = new Float64Array(regOpcodeTable.length);
  regReads = 0;
  regWrites = 0;
  moves = 0;
  calls = 0;
  framesPushed = 0;
}

// Per-opcode register reads/writes by operand kind ('l' lists add their length at run time).
const READS = Uint8Array.from(OPERAND_KINDS, (ks) => ks.filter((k) => k === 'r' || k === 'o').length);
const WRITES = Uint8Array.from(OPERAND_KINDS, (ks) => ks.filter((k) => k === 'w').length);
const LIST_AT = Int8Array.from(OPERAND_KINDS, (ks) => {
  const i = ks.indexOf('l');
  return i < 0 ? -1 : i + 1;
});

/** A per-instruction hook for `pyvm trace --vm reg` (never set in timed runs). */
export type TraceHook = (frame: RegFrame, pc: number) => void;


export class RegVM implements ExecBackend {
  readonly name = 'reg';
  /** The exception being handled (sys.exc_info()[1]); None outside except blocks. */
  handled: PyObject = None;
  counts: RegCounts | null;
  trace: TraceHook | null = null;
  private interpCache: Interpreter | null = null;
  /** Frames currently executing (innermost last), for super(), globals(), locals(). */
  private readonly active: RegFrame[] = [];

  private readonly cacheKey: string;

  constructor(
    readonly passes: PassSet,
    counting: boolean,
  ) {
    this.counts = counting ? new RegCounts() : null;
    this.cacheKey = regCacheKey(passes);
  }

  private get interp(): Interpreter {
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
    const frame = new RegFrame(rc, regs, f.globals, this.builtinsOf(f.globals), ns, f);
    return this.runEntry(frame);
  }

  superArgs(): [PyType, PyObject] {
    const f = this.active[this.active.length - 1];
    if (f === undefined) raiseTypeError('super(): no arguments');
    const code = f.rc.code;
    if (code.co_argcount === 0 && !(code.co_flags & CO_VARARGS)) raiseTypeError('super(): no arguments');
    let self = f.regs[0];
    const names = code.co_localsplusnames;
    const ci = names.indexOf('__class__');
    if (ci < 0) raiseTypeError('super(): __class__ cell not found');
    // A first argument that is also a cell holds the cell, not the value.
    if (self instanceof PyCell && (code.co_localspluskinds[0] & 0x40) !== 0) self = self.contents;
    const cell = f.regs[ci];
    const cls = cell instanceof PyCell ? cell.contents : undefined;
    if (!(cls instanceof PyType)) raiseTypeError('super(): __class__ cell not found');
    if (self === undefined || self === null) raiseTypeError('super(): arg[0] deleted');
    return [cls, self];
  }

  currentGlobals(): PyDict {
    const f = this.active[this.active.length - 1];
    return f !== undefined ? f.globals : (this.interp.modules.getStr('__main__') as unknown as { __dict__: PyDict }).__dict__;
  }

  currentLocals(): PyObject {
    const f = this.active[this.active.length - 1];
    if (f === undefined) return new PyDict();
    if (f.locals !== null) return f.locals;
    const d = new PyDict();
    const code = f.rc.code;
    for (let i = 0; i < code.co_nlocalsplus; i++) {
      let v = f.regs[i];
      if (v instanceof PyCell && (code.co_localspluskinds[i] & 0xc0) !== 0) v = v.contents;
      if (v !== undefined && v !== null) d.setStr(code.co_localsplusnames[i], v);
    }
    return d;
  }

  runModuleCode(code: CodeObject, globals: PyDict, locals?: PyObject): PyObject {
    const rc = this.regCode(code);
    const frame = new RegFrame(rc, rc.template.slice(), globals, this.builtinsOf(globals), locals ?? globals, null);
    return this.runEntry(frame);
  }

  resumeGenerator(gen: PyGenerator, value: PyObject, exc: PyException | null): PyObject {
    const frame = gen.frame as RegFrame;
    if (exc !== null && frame.delegatePc >= 0 && !gen.justStarted) return this.throwIntoDelegate(gen, frame, exc);
    if (exc === null && frame.sendDest >= 0) frame.regs[frame.sendDest] = value;
    return this.run(frame, exc);
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
      return this.run(f, null);
    };
    const raiseAtSend = (e: PyException): PyObject => {
      f.lastPc = sendPc;
      f.delegatePc = -1;
      gen.yieldFrom = null;
      return this.run(f, e);
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
    const frame = new RegFrame(rc, rc.template.slice(), globals, this.builtinsOf(globals), globals, null);
    this.runEntry(frame);
  }

  private lastGlobals: PyDict | null = null;
  private lastBuiltins: PyDict | null = null;

  /** The builtins of a globals dict (its __builtins__), cached for the last globals seen. */
  private builtinsOf(globals: PyDict): PyDict {
    if (globals === this.lastGlobals) return this.lastBuiltins as PyDict;
    const r = this.findBuiltins(globals);
    // Only cache when __builtins__ is set, so a module still being initialised is looked up again.
    if (globals.getStr('__builtins__') !== undefined) {
      this.lastGlobals = globals;
      this.lastBuiltins = r;
    }
    return r;
  }

  private findBuiltins(globals: PyDict): PyDict {
    const b = globals.getStr('__builtins__');
    if (b instanceof PyDict) return b;
    if (b !== undefined && typeof b === 'object' && (b as { __dict__?: unknown }).__dict__ instanceof PyDict) {
      return (b as unknown as { __dict__: PyDict }).__dict__;
    }
    return this.interp.builtins;
  }

  // ------------------------------------------------------------------------------------------
  // Frames

  /** A frame for calling `f`: arguments bound into the first registers (CPython's initialize_locals). */
  newFrame(f: PyFunction, args: Reg[], nargs: number, kwnames: readonly string[] | null, kwmap: KwArgs): RegFrame {
    const code = f.code;
    const rc = this.regCode(code);
    const regs = rc.template.slice();
    if (
      kwnames === null &&
      kwmap === null &&
      nargs === code.co_argcount &&
      code.co_kwonlyargcount === 0 &&
      (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0
    ) {
      for (let i = 0; i < nargs; i++) regs[i] = args[i];
    } else {
      bindArguments(f, args as PyObject[], nargs, kwnames, kwmap, regs as (PyObject | undefined)[]);
    }
    return new RegFrame(rc, regs, f.globals, this.builtinsOf(f.globals), null, f);
  }

  private runEntry(frame: RegFrame): PyObject {
    return this.run(frame, null);
  }

  // ------------------------------------------------------------------------------------------
  // The eval loop

  /**
   * Runs `entry` (and every frame it calls) until `entry` returns or yields. With `throwExc`,
   * the exception is raised in `entry` at the instruction it is suspended at (generator.throw).
   */
  run(entry: RegFrame, throwExc: PyException | null): PyObject {
    const interp = this.interp;
    if (++interp.depth > interp.recursionLimit) {
      interp.depth--;
      raiseRecursionError();
    }
    this.active.push(entry);
    let f = entry;
    let w = f.rc.words;
    let regs = f.regs;
    let pc = f.pc;
    let consts = f.rc.code.co_consts;
    let names = f.rc.code.co_names;
    const counts = this.counts;
    const trace = this.trace;
    let pending: PyException | null = throwExc;
    let reraising: PyException | null = null;
    if (pending !== null) pc = f.lastPc;
    for (;;) {
      try {
        if (pending !== null) {
          const p = pending;
          pending = null;
          throw p;
        }
        for (;;) {
          const op = w[pc];
          if (counts !== null) countInstr(counts, w, pc, op);
          if (trace !== null) {
            f.lastPc = pc;
            trace(f, pc);
          }
          switch (op) {
            case RegOp.MOVE:
              regs[w[pc + 1]] = regs[w[pc + 2]];
              pc += 3;
              continue;
            case RegOp.LOAD_CONST:
              regs[w[pc + 1]] = consts[w[pc + 2]];
              pc += 3;
              continue;
            case RegOp.LOAD_NULL:
              regs[w[pc + 1]] = null;
              pc += 2;
              continue;
            case RegOp.LOAD_FAST_CHECK: {
              const v = regs[w[pc + 2]];
              if (v === undefined) throw H.unboundLocalError(f.rc.code.co_localsplusnames[w[pc + 2]]);
              regs[w[pc + 1]] = v;
              pc += 3;
              continue;
            }
            case RegOp.NOP:
              pc += 1;
              continue;
            case RegOp.LOAD_DEREF: {
              const b = w[pc + 2];
              const v = (regs[b] as PyCell).contents;
              if (v === undefined) throw this.emptyCell(f.rc.code, b);
              regs[w[pc + 1]] = v;
              pc += 3;
              break;
            }
            case RegOp.STORE_DEREF:
              (regs[w[pc + 1]] as PyCell).contents = regs[w[pc + 2]] as PyObject;
              pc += 3;
              break;
            case RegOp.LOAD_GLOBAL: {
              const inl = f.rc.inline;
              let c = inl[pc] as H.GlobalCache | undefined;
              if (c === undefined) inl[pc] = c = new H.GlobalCache();
              regs[w[pc + 1]] = H.loadGlobalCached(c, f.globals, f.builtins, names[w[pc + 2]], f.rc.code);
              pc += 3;
              break;
            }
            case RegOp.LOAD_ATTR: {
              const inl = f.rc.inline;
              let c = inl[pc] as AttrCache | undefined;
              if (c === undefined) inl[pc] = c = new AttrCache();
              regs[w[pc + 1]] = loadAttrCached(c, regs[w[pc + 2]] as PyObject, names[w[pc + 3]]);
              pc += 4;
              break;
            }
            case RegOp.LOAD_METHOD: {
              const obj = regs[w[pc + 3]] as PyObject;
              const inl = f.rc.inline;
              let c = inl[pc] as AttrCache | undefined;
              if (c === undefined) inl[pc] = c = new AttrCache();
              const m = loadMethodCached(c, obj, names[w[pc + 4]]);
              if (methodFound.self) {
                regs[w[pc + 1]] = m;
                regs[w[pc + 2]] = obj;
              } else {
                regs[w[pc + 1]] = null;
                regs[w[pc + 2]] = m;
              }
              pc += 5;
              break;
            }
            case RegOp.STORE_ATTR: {
              const inl = f.rc.inline;
              let c = inl[pc] as AttrCache | undefined;
              if (c === undefined) inl[pc] = c = new AttrCache();
              storeAttrCached(c, regs[w[pc + 1]] as PyObject, names[w[pc + 2]], regs[w[pc + 3]] as PyObject);
              pc += 4;
              break;
            }
            case RegOp.UNARY_NEGATIVE:
              regs[w[pc + 1]] = negative(regs[w[pc + 2]] as PyObject);
              pc += 3;
              break;
            case RegOp.UNARY_NOT:
              regs[w[pc + 1]] = !isTrue(regs[w[pc + 2]] as PyObject);
              pc += 3;
              break;
            case RegOp.BINARY_OP:
              regs[w[pc + 1]] = binaryFast(w[pc + 4], regs[w[pc + 2]] as PyObject, regs[w[pc + 3]] as PyObject);
              pc += 5;
              break;
            case RegOp.BINARY_SUBSCR: {
              const c = regs[w[pc + 2]] as PyObject;
              const sub = regs[w[pc + 3]] as PyObject;
              let r: PyObject | undefined;
              if (c instanceof PyList && typeof sub === 'number' && sub >= 0 && sub < c.items.length && c.ob_type === listType) r = c.items[sub];
              else if (c instanceof PyDict && c.ob_type === dictType) r = c.get(sub);
              regs[w[pc + 1]] = r !== undefined ? r : getItem(c, sub);
              pc += 4;
              break;
            }
            case RegOp.STORE_SUBSCR: {
              const c = regs[w[pc + 1]] as PyObject;
              const sub = regs[w[pc + 2]] as PyObject;
              const v = regs[w[pc + 3]] as PyObject;
              if (c instanceof PyList && typeof sub === 'number' && sub >= 0 && sub < c.items.length && c.ob_type === listType) c.items[sub] = v;
              else setItem(c, sub, v);
              pc += 4;
              break;
            }
            case RegOp.COMPARE_OP:
              regs[w[pc + 1]] = compareFast(regs[w[pc + 2]] as PyObject, regs[w[pc + 3]] as PyObject, w[pc + 4] as CompareOp);
              pc += 5;
              break;
            case RegOp.IS_OP:
              regs[w[pc + 1]] = (regs[w[pc + 2]] === regs[w[pc + 3]]) !== (w[pc + 4] !== 0);
              pc += 5;
              break;
            case RegOp.CONTAINS_OP:
              regs[w[pc + 1]] = contains(regs[w[pc + 3]] as PyObject, regs[w[pc + 2]] as PyObject) !== (w[pc + 4] !== 0);
              pc += 5;
              break;
            case RegOp.BUILD_TUPLE: {
              const n = w[pc + 2];
              regs[w[pc + 1]] = new PyTuple(gather(regs, w, pc + 3, n));
              pc += 3 + n;
              break;
            }
            case RegOp.BUILD_LIST: {
              const n = w[pc + 2];
              regs[w[pc + 1]] = new PyList(gather(regs, w, pc + 3, n));
              pc += 3 + n;
              break;
            }
            case RegOp.LIST_APPEND:
              (regs[w[pc + 1]] as PyList).items.push(regs[w[pc + 2]] as PyObject);
              pc += 3;
              break;
            case RegOp.UNPACK_SEQUENCE: {
              const n = w[pc + 3];
              const items = H.unpackSequence(regs[w[pc + 2]] as PyObject, n);
              const a = w[pc + 1];
              for (let i = 0; i < n; i++) regs[a + n - 1 - i] = items[i];
              pc += 4;
              break;
            }
            case RegOp.JUMP:
              pc = w[pc + 1];
              break;
            case RegOp.JUMP_IF_FALSE: {
              const v = regs[w[pc + 1]] as PyObject;
              pc = (v === false ? false : v === true ? true : isTrue(v)) ? pc + 3 : w[pc + 2];
              break;
            }
            case RegOp.JUMP_IF_TRUE: {
              const v = regs[w[pc + 1]] as PyObject;
              pc = (v === true ? true : v === false ? false : isTrue(v)) ? w[pc + 2] : pc + 3;
              break;
            }
            case RegOp.JUMP_IF_NONE:
              pc = regs[w[pc + 1]] === None ? w[pc + 2] : pc + 3;
              break;
            case RegOp.JUMP_IF_NOT_NONE:
              pc = regs[w[pc + 1]] !== None ? w[pc + 2] : pc + 3;
              break;
            case RegOp.CMP_JUMP_IF_FALSE: {
              const r = compareFast(regs[w[pc + 1]] as PyObject, regs[w[pc + 2]] as PyObject, w[pc + 3] as CompareOp);
              pc = (r === true ? true : r === false ? false : isTrue(r)) ? pc + 5 : w[pc + 4];
              break;
            }
            case RegOp.CMP_JUMP_IF_TRUE: {
              const r = compareFast(regs[w[pc + 1]] as PyObject, regs[w[pc + 2]] as PyObject, w[pc + 3] as CompareOp);
              pc = (r === true ? true : r === false ? false : isTrue(r)) ? w[pc + 4] : pc + 5;
              break;
            }
            case RegOp.IS_JUMP:
              pc = (regs[w[pc + 1]] === regs[w[pc + 2]]) !== (w[pc + 3] !== 0) ? w[pc + 4] : pc + 5;
              break;
            case RegOp.CONTAINS_JUMP:
              pc = contains(regs[w[pc + 2]] as PyObject, regs[w[pc + 1]] as PyObject) !== (w[pc + 3] !== 0) ? w[pc + 4] : pc + 5;
              break;
            case RegOp.GET_ITER:
              regs[w[pc + 1]] = getIter(regs[w[pc + 2]] as PyObject);
              pc += 3;
              break;
            case RegOp.FOR_ITER: {
              const it = regs[w[pc + 2]] as PyObject;
              let v: PyObject | undefined;
              if (it instanceof PyRangeIter) {
                if (it.remaining > 0) {
                  it.remaining--;
                  v = it.next;
                  it.next += it.step;
                }
              } else if (it instanceof PyListIter) {
                const seq = it.seq;
                if (seq !== null) {
                  if (it.index < seq.items.length) v = seq.items[it.index++];
                  else it.seq = null;
                }
              } else v = iterNext(it);
              if (v === undefined) pc = w[pc + 3];
              else {
                regs[w[pc + 1]] = v;
                pc += 4;
              }
              break;
            }
            case RegOp.RETURN_VALUE: {
              const v = regs[w[pc + 1]] as PyObject;
              if (f === entry) {
                f.pc = pc;
                this.leave(f);
                if (f.gen !== null) {
                  f.gen.finished = true;
                  f.gen.returnValue = v;
                }
                return v;
              }
              const dest = f.retDest;
              interp.depth--;
              const done = f;
              f = f.back as RegFrame;
              this.recycle(done);
              this.active[this.active.length - 1] = f;
              w = f.rc.words;
              regs = f.regs;
              consts = f.rc.code.co_consts;
              names = f.rc.code.co_names;
              pc = f.pc;
              regs[dest] = v;
              break;
            }
            // ---- calls
            case RegOp.CALL:
            case RegOp.CALL_METHOD: {
              if (op === RegOp.CALL && w[pc + 3] < 0) {
                // Fast path: a plain Python function called with exactly its positional parameters.
                const fn = regs[w[pc + 2]];
                if (fn instanceof PyFunction) {
                  const code = fn.code;
                  const n = w[pc + 4];
                  if (n === code.co_argcount && code.co_kwonlyargcount === 0 && (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
                    const rc = (code.derived.get(this.cacheKey) as RegCode | undefined) ?? this.regCode(code);
                    const nf = this.frameFor(rc, fn);
                    const nregs = nf.regs;
                    for (let i = 0; i < n; i++) nregs[i] = regs[w[pc + 5 + i]];
                    if (++interp.depth > interp.recursionLimit) {
                      interp.depth--;
                      raiseRecursionError();
                    }
                    if (counts !== null) {
                      counts.calls++;
                      counts.framesPushed++;
                    }
                    f.pc = pc + 5 + n;
                    f.lastPc = pc;
                    nf.back = f;
                    nf.retDest = w[pc + 1];
                    f = nf;
                    this.active[this.active.length - 1] = f;
                    w = rc.words;
                    regs = nregs;
                    consts = code.co_consts;
                    names = code.co_names;
                    pc = 0;
                    break;
                  }
                }
              }
              if (op === RegOp.CALL_METHOD && w[pc + 4] < 0) {
                // Fast path: a method found by LOAD_METHOD (plain function + self), exact arity.
                const fn = regs[w[pc + 2]];
                if (fn instanceof PyFunction) {
                  const code = fn.code;
                  const n = w[pc + 5];
                  if (n + 1 === code.co_argcount && code.co_kwonlyargcount === 0 && (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
                    const rc = (code.derived.get(this.cacheKey) as RegCode | undefined) ?? this.regCode(code);
                    const nf = this.frameFor(rc, fn);
                    const nregs = nf.regs;
                    nregs[0] = regs[w[pc + 3]];
                    for (let i = 0; i < n; i++) nregs[i + 1] = regs[w[pc + 6 + i]];
                    if (++interp.depth > interp.recursionLimit) {
                      interp.depth--;
                      raiseRecursionError();
                    }
                    if (counts !== null) {
                      counts.calls++;
                      counts.framesPushed++;
                    }
                    f.pc = pc + 6 + n;
                    f.lastPc = pc;
                    nf.back = f;
                    nf.retDest = w[pc + 1];
                    f = nf;
                    this.active[this.active.length - 1] = f;
                    w = rc.words;
                    regs = nregs;
                    consts = code.co_consts;
                    names = code.co_names;
                    pc = 0;
                    break;
                  }
                }
              }
              const isMethod = op === RegOp.CALL_METHOD;
              const dst = w[pc + 1];
              let fn = regs[w[pc + 2]];
              let self: Reg = undefined;
              let p = pc + 3;
              if (isMethod) {
                self = regs[w[p]];
                p++;
                if (fn === null) {
                  fn = self;
                  self = undefined;
                }
              }
              const kw = w[p];
              const n = w[p + 1];
              const argStart = p + 2;
              const next = argStart + n;
              let args: Reg[];
              let off = 0;
              if (self !== undefined) {
                args = new Array<Reg>(n + 1);
                args[0] = self;
                off = 1;
              } else args = new Array<Reg>(n);
              for (let i = 0; i < n; i++) args[off + i] = regs[w[argStart + i]];
              let callable = fn as PyObject;
              if (callable instanceof PyMethod && callable.func instanceof PyFunction) {
                args.unshift(callable.self);
                callable = callable.func;
              }
              const kwnames = kw >= 0 ? ((consts[kw] as PyTuple).items as string[]) : null;
              const nargs = args.length - (kwnames !== null ? kwnames.length : 0);
              if (counts !== null) counts.calls++;
              if (callable instanceof PyFunction) {
                const nf = this.newFrame(callable, args, nargs, kwnames, null);
                if (++interp.depth > interp.recursionLimit) {
                  interp.depth--;
                  raiseRecursionError();
                }
                if (counts !== null) counts.framesPushed++;
                f.pc = next;
                f.lastPc = pc;
                nf.back = f;
                nf.retDest = dst;
                f = nf;
                this.active[this.active.length - 1] = f;
                w = f.rc.words;
                regs = f.regs;
                consts = f.rc.code.co_consts;
                names = f.rc.code.co_names;
                pc = 0;
                break;
              }
              let kwmap: KwArgs = null;
              let pos = args as PyObject[];
              if (kwnames !== null) {
                kwmap = new Map();
                for (let i = 0; i < kwnames.length; i++) kwmap.set(kwnames[i], args[nargs + i] as PyObject);
                pos = pos.slice(0, nargs);
              }
              f.lastPc = pc;
              regs[dst] = callObject(callable, pos, kwmap);
              pc = next;
              break;
            }
            case RegOp.RAISE_VARARGS: {
              const n = w[pc + 1];
              if (n === 0) {
                reraising = H.reraiseCurrent(this.handled);
                throw reraising;
              }
              throw H.makeRaise(regs[w[pc + 2]] as PyObject, n === 2 ? (regs[w[pc + 3]] as PyObject) : undefined);
            }
            case RegOp.RERAISE: {
              const exc = regs[w[pc + 1]] as PyException;
              const lr = w[pc + 2];
              if (lr >= 0) f.lastPc = regs[lr] as number;
              reraising = exc;
              throw exc;
            }
            case RegOp.PUSH_EXC_INFO: {
              const v = regs[w[pc + 3]] as PyObject;
              regs[w[pc + 1]] = this.handled;
              this.handled = v;
              regs[w[pc + 2]] = v;
              pc += 4;
              break;
            }
            case RegOp.POP_EXCEPT:
              this.handled = regs[w[pc + 1]] as PyObject;
              pc += 2;
              break;
            case RegOp.RETURN_GENERATOR: {
              const code = f.rc.code;
              const fn = f.func;
              const gen = new PyGenerator(f, code, fn !== null ? fn.name : code.co_name, fn !== null ? fn.qualname : code.co_qualname);
              if (code.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) gen.ob_type = typeByName('coroutine');
              f.gen = gen;
              f.sendDest = w[pc + 1];
              f.pc = pc + 2;
              f.lastPc = pc;
              // Detach the frame: it runs again only when the generator is resumed.
              if (f === entry) {
                this.leave(f);
                return gen;
              }
              const dest = f.retDest;
              const caller = f.back as RegFrame;
              f.back = null;
              f.retDest = -1;
              interp.depth--;
              f = caller;
              this.active[this.active.length - 1] = f;
              w = f.rc.words;
              regs = f.regs;
              consts = f.rc.code.co_consts;
              names = f.rc.code.co_names;
              pc = f.pc;
              regs[dest] = gen;
              break;
            }
            case RegOp.YIELD_VALUE: {
              const v = regs[w[pc + 2]] as PyObject;
              // Only a generator's own frame (always an entry frame when resumed) yields.
              f.sendDest = w[pc + 1];
              f.pc = pc + 3;
              f.lastPc = pc;
              this.leave(f);
              return v;
            }
            case RegOp.COPY_FREE_VARS: {
              // Every closure call starts with it: kept in the main loop.
              const n = w[pc + 1];
              const closure = f.func !== null ? f.func.closure : null;
              const nl = f.rc.nlocalsplus;
              for (let i = 0; i < n; i++) regs[nl - n + i] = closure !== null ? closure[i] : undefined;
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
            default:
              pc = this.cold(f, op, pc);
              break;
          }
        }
      } catch (e) {
        // Unwind: find a handler in this frame or pop frames until one has one.
        const exc = fromJsError(e);
        // RERAISE and a bare `raise` re-raise without a new traceback entry (ceval.c goes
        // straight to exception_unwind for them).
        let reraise = reraising === exc;
        reraising = null;
        for (;;) {
          if (!reraise) {
            H.chainContext(exc, this.handled);
            exc.traceback = new PyTraceback(exc.traceback, f.rc.code, f.rc.offsetAtWord[pc] ?? 0, null);
          }
          reraise = false;
          const h = findHandler(f.rc, pc);
          if (h >= 0) {
            const he = f.rc.handlers[h];
            const base = f.rc.nlocalsplus + he.depth;
            if (he.lasti) {
              regs[base] = pc;
              regs[base + 1] = exc;
            } else regs[base] = exc;
            pc = he.target;
            break;
          }
          if (f === entry) {
            this.leave(f);
            throw exc;
          }
          interp.depth--;
          f = f.back as RegFrame;
          this.active[this.active.length - 1] = f;
          w = f.rc.words;
          regs = f.regs;
          consts = f.rc.code.co_consts;
          names = f.rc.code.co_names;
          pc = f.lastPc;
        }
      }
    }
  }

  /**
   * The less frequent instructions, outside the main loop so that the loop stays small enough
   * for V8 to compile quickly and well. Returns the next pc; throws like the loop does.
   */
  private cold(f: RegFrame, op: number, pc: number): number {
    const w = f.rc.words;
    const regs = f.regs;
    const names = f.rc.code.co_names;
    const interp = this.interp;
    switch (op) {
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
          if (f.locals instanceof PyDict) f.locals.setStr(name, v);
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
          delAttr(regs[w[pc + 1]] as PyObject, names[w[pc + 2]]);
          pc += 3;
          break;
        case RegOp.UNARY_POSITIVE:
          regs[w[pc + 1]] = positive(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.UNARY_INVERT:
          regs[w[pc + 1]] = invert(regs[w[pc + 2]] as PyObject);
          pc += 3;
          break;
        case RegOp.DELETE_SUBSCR:
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
          regs[w[pc + 1]] = H.makeFunction(regs[w[pc + 2]] as CodeObject, f.globals, defaults, kwdefaults, annotations, closure);
          pc += 5 + n;
          break;
        }
        case RegOp.LOAD_BUILD_CLASS: {
          const bc = f.builtins.getStr('__build_class__');
          if (bc === undefined) throw newException(typeByName('NameError'), '__build_class__ not found');
          regs[w[pc + 1]] = bc;
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
          regs[w[pc + 1]] = H.importName(interp, names[w[pc + 4]], f.globals, regs[w[pc + 3]] as PyObject, Number(level));
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
        case RegOp.PRINT_EXPR: {
          const hook = getAttr(interp.sys, 'displayhook');
          callObject(hook, [regs[w[pc + 1]] as PyObject], null);
          pc += 2;
          break;
        }
        // ---- exceptions
        case RegOp.CHECK_EXC_MATCH:
          regs[w[pc + 1]] = H.exceptionMatches(regs[w[pc + 2]] as PyObject, regs[w[pc + 3]] as PyObject);
          pc += 4;
          break;
        case RegOp.BEFORE_WITH: {
          const [exit, res] = H.beforeWith(regs[w[pc + 3]] as PyObject);
          regs[w[pc + 1]] = exit;
          regs[w[pc + 2]] = res;
          pc += 4;
          break;
        }
        case RegOp.WITH_EXCEPT_START: {
          const exc = regs[w[pc + 3]] as PyObject;
          const tb = exc instanceof PyException && exc.traceback !== null ? exc.traceback : None;
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
          if (recv instanceof PyGenerator) {
            r = genResume(recv, v, null);
          } else if (v === None) {
            r = iterNext(recv);
            if (r === undefined) {
              regs[w[pc + 2]] = None;
              pc = w[pc + 4];
              f.delegatePc = -1;
            if (f.gen !== null) f.gen.yieldFrom = null;
              break;
            }
          } else {
            try {
              r = callObject(getAttr(recv, 'send'), [v], null);
            } catch (e) {
              if (isPyException(e) && typeOf(e).isSubtypeOf(StopIteration)) {
                regs[w[pc + 2]] = e.args.items.length > 0 ? e.args.items[0] : None;
                pc = w[pc + 4];
                f.delegatePc = -1;
            if (f.gen !== null) f.gen.yieldFrom = null;
                break;
              }
              throw e;
            }
          }
          if (r === undefined) {
            // The sub-generator returned: its value replaces the receiver, and the loop ends.
            regs[w[pc + 2]] = (recv as PyGenerator).returnValue;
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

  /** A frame for `fn` running `rc`: a recycled one (registers already cleared) or a new one. */
  private frameFor(rc: RegCode, fn: PyFunction): RegFrame {
    const pooled = rc.framePool.pop() as RegFrame | undefined;
    if (pooled !== undefined) {
      pooled.globals = fn.globals;
      pooled.builtins = this.builtinsOf(fn.globals);
      pooled.func = fn;
      pooled.pc = 0;
      return pooled;
    }
    return new RegFrame(rc, rc.template.slice(), fn.globals, this.builtinsOf(fn.globals), null, fn);
  }

  /**
   * Returns a finished function frame to its code's pool (as the stack VM does): nothing refers
   * to a returned frame (tracebacks keep code and offsets, closures keep cells, generators own
   * their frames and never come here). Constant registers are never written (the verifier checks
   * it), so clearing the others restores the template.
   */
  private recycle(f: RegFrame): void {
    const pool = f.rc.framePool;
    if (f.gen !== null || f.locals !== null || pool.length >= 32) return;
    // A plain loop: Array.prototype.fill is a builtin call V8 does not inline, and it dominated
    // fib's profile (18% self time) for these small register files.
    const regs = f.regs;
    for (let i = f.rc.constStart - 1; i >= 0; i--) regs[i] = undefined;
    f.back = null;
    f.retDest = -1;
    f.sendDest = -1;
    f.delegatePc = -1;
    pool.push(f);
  }

  private leave(f: RegFrame): void {
    void f;
    this.interp.depth--;
    this.active.pop();
  }

  private emptyCell(code: CodeObject, slot: number): PyException {
    const name = code.co_localsplusnames[slot];
    return (code.co_localspluskinds[slot] & 0x80) !== 0 ? H.unboundFreeError(name) : H.unboundLocalError(name);
  }
}

function gather(regs: Reg[], w: Int32Array, at: number, n: number): PyObject[] {
  const out = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) out[i] = regs[w[at + i]] as PyObject;
  return out;
}

function findHandler(rc: RegCode, pc: number): number {
  const hs = rc.handlers;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    if (pc >= h.start && pc < h.end) return i;
  }
  return -1;
}

function countInstr(c: RegCounts, w: Int32Array, pc: number, op: number): void {
  c.instructions++;
  c.byOpcode[op]++;
  let reads = READS[op];
  const li = LIST_AT[op];
  if (li >= 0) {
    // The list operand follows the fixed operands before it; find its count word.
    let p = pc + 1;
    const kinds = OPERAND_KINDS[op];
    for (let k = 0; k < kinds.length; k++) {
      if (kinds[k] === 'l') {
        reads += w[p];
        break;
      }
      p++;
    }
  }
  c.regReads += reads;
  c.regWrites += WRITES[op];
  if (IS_MOVE[op]) c.moves++;
}

function typeByName(name: string): PyType {
  const t = currentInterp().builtins.getStr(name);
  if (t instanceof PyType) return t;
  throw new Error(`regvm: builtin type ${name} missing`);
}

void isInstance;
void PyListIter;
void PyRange;
void setAttr;
void getMethod;
void CO_GENERATOR;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * BINARY_OP with the same exact-type fast paths as the stack VM's loop (small ints, floats,
 * str concatenation), so that the two VMs differ only in their instruction sets; everything
 * else goes to the runtime's binaryOpByOparg.
 */
function binaryFast(oparg: number, v: PyObject, w: PyObject): PyObject {
  if (typeof v === 'number' && typeof w === 'number') {
    let r: number;
    switch (oparg) {
      case 0:
      case 13:
        r = v + w;
        return r > MAX_SAFE || r < -MAX_SAFE ? binaryOpByOparg(oparg, v, w) : r;
      case 10:
      case 23:
        r = v - w;
        return r > MAX_SAFE || r < -MAX_SAFE ? binaryOpByOparg(oparg, v, w) : r;
      case 5:
      case 18:
        r = v * w;
        return !Number.isSafeInteger(r) || (r === 0 && (v < 0 || w < 0)) ? binaryOpByOparg(oparg, v, w) : r;
      case 6:
      case 19:
        return w > 0 && v >= 0 ? v % w : binaryOpByOparg(oparg, v, w);
      case 2:
      case 15:
        return w > 0 && v >= 0 ? Math.floor(v / w) : binaryOpByOparg(oparg, v, w);
      case 11:
      case 24:
        return w !== 0 ? new PyFloat(v / w) : binaryOpByOparg(oparg, v, w);
      default:
        return binaryOpByOparg(oparg, v, w);
    }
  }
  if (
    (typeof v === 'number' || (v instanceof PyFloat && v.ob_type === floatType)) &&
    (typeof w === 'number' || (w instanceof PyFloat && w.ob_type === floatType)) &&
    (oparg === 0 || oparg === 13 || oparg === 10 || oparg === 23 || oparg === 5 || oparg === 18)
  ) {
    const a = typeof v === 'number' ? v : (v as PyFloat).value;
    const b = typeof w === 'number' ? w : (w as PyFloat).value;
    return new PyFloat(oparg === 0 || oparg === 13 ? a + b : oparg === 10 || oparg === 23 ? a - b : a * b);
  }
  if (v instanceof PyFloat && w instanceof PyFloat && v.ob_type === floatType && w.ob_type === floatType) {
    switch (oparg) {
      case 11:
      case 24:
        return w.value !== 0 ? new PyFloat(v.value / w.value) : binaryOpByOparg(oparg, v, w);
      default:
        return binaryOpByOparg(oparg, v, w);
    }
  }
  if (typeof v === 'string' && typeof w === 'string' && (oparg === 0 || oparg === 13)) return v + w;
  return binaryOpByOparg(oparg, v, w);
}

/** COMPARE_OP with the stack VM's fast paths (small ints, exact floats). */
function compareFast(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (typeof v === 'number' && typeof w === 'number') return compareNumbers(v, w, op);
  if (v instanceof PyFloat && w instanceof PyFloat && v.ob_type === floatType && w.ob_type === floatType) return compareNumbers(v.value, w.value, op);
  return richCompare(v, w, op);
}
