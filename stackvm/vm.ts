// The stack VM as the runtime sees it (runtime/interp.ts ExecBackend): calls from runtime
// code into Python functions, class bodies, module code, generator resumption, super(),
// globals()/locals(); plus the per-run VM state the eval loop shares (recursion depth, the
// exception being handled, counters).

import { PyObject, None } from '../runtime/object';
import { PyType, KwArgs } from '../runtime/type';
import { listType, dictType, floatType, typeOf } from '../runtime/types';
import { PyDict } from '../runtime/dict';
import { fastLocalsDict } from '../runtime/modules/live_frames';
import { printExpr } from '../runtime/modules/sys_extras';
import { PyFunction, builtinsOfGlobals } from '../runtime/function';
import { PyException, raiseRecursionError, GeneratorExit, StopIteration, isPyException, stopIterationValue } from '../runtime/exceptions';
import { bindArguments } from '../runtime/call';
import { PyGenerator, genResume, genClose, generatorRaised, generatorTypeFor, CO_NOT_PLAIN_GENERATOR } from '../runtime/generator';
import { Op } from '../frontend/opcode';
import { getAttrOpt } from '../runtime/attr';
import { callObject } from '../runtime/call';
import { ExecBackend, Interpreter } from '../runtime/interp';
import { zeroArgSuper } from '../runtime/vmhelpers';
import { CodeObject, CO_OPTIMIZED } from '../frontend/code';
import { Frame, Decoded, decode, decodedIfAny } from './frame';
import { evalFrame } from './eval';
import type { StackCounters } from './counters';

/**
 * How often a pooled frame gets a new slot array (pushFrame). A pooled frame's array is soon
 * in V8's old generation, and every store of a young object into it (the arguments of a call,
 * a float result, a new instance) then takes the write barrier's slow path, a remembered-set
 * insertion (R's finding in the register VM, 349dfab). A copy every FRESH_SLOTS_USES uses is
 * young again until it survives two scavenges, which takes many more calls than that. (Every
 * 64 uses, R's figure, cost stack fib 5-10% for the same gains elsewhere; 256 and 1024
 * measured equal.) The running frame's array is copied by the loop (eval.ts, FRESH_SLOTS_ITERS).
 */
const FRESH_SLOTS_USES = 256;

export class StackVM implements ExecBackend {
  readonly name = 'stack';
  interp!: Interpreter;
  /** Python frames active (checked against interp.recursionLimit). */
  depth = 0;
  /** The exception being handled (sys.exc_info()[1]); None outside handlers. */
  excInfo: PyObject = None;
  /**
   * The exception that last left an eval loop's entry frame (a Python function called by
   * runtime code: __exit__, a key function): its __context__ was set where it was raised, so
   * the loop that receives it through its catch does not chain it again (CPython sets the
   * context once, in _PyErr_SetObject; the handler it passed may have set it to None).
   */
  escaped: PyObject | null = null;
  /** Set by the eval loop when it left through YIELD_VALUE (vs RETURN_VALUE). */
  yielded = false;
  /** SEND: the return value of a finished sub-iterator. */
  sendReturn: PyObject = None;
  /** The frame that made the most recent call out of the eval loop (for super(), globals()). */
  current: Frame | null = null;
  readonly listType = listType;
  readonly dictType = dictType;
  readonly floatType = floatType;
  /** Tracing hook: called when an exception passes through a frame. */
  onException: ((f: Frame, exc: PyException) => void) | undefined = undefined;
  private readonly run: (vm: StackVM, f: Frame, throwIn: PyException | null) => PyObject;

  constructor(readonly counters: StackCounters | null) {
    // The counting loop (a generated 105 KB module) is loaded only by a counting or tracing
    // run: a plain `pyvm run` does not pay for reading it (start-up time, session 25).
    this.run = counters === null ? evalFrame : countingLoop();
  }

  private get builtins(): PyDict {
    return this.interp.builtins;
  }

  /** Makes the frame for a call of `func` and binds its arguments (args[start .. start+n), the last kwnames.length being keyword values). */
  pushFrame(func: PyFunction, args: PyObject[], start: number, n: number, kwnames: readonly string[] | null, kwmap: KwArgs): Frame {
    if (++this.depth > this.interp.recursionLimit) {
      this.depth--;
      raiseRecursionError();
    }
    // The common call, small enough for TurboFan to inline into the eval loop: a pooled
    // frame of a function called with exactly its positional parameters.
    const d = func.stackDecoded as Decoded | undefined;
    if (d !== undefined && d.plainArgc === n && kwnames === null && kwmap === null && d.freeFrame !== null) {
      const f = d.freeFrame;
      d.freeFrame = f.nextFree;
      d.freeCount--;
      // Written only when they change (Frame.release keeps them). Globals and builtins
      // together: they change together when a process runs a program again (a new module
      // dict and a new interpreter's builtins), so the primer's second pass (backend.ts),
      // which changes only the globals, gives both stores V8 feedback, and the loop compiled
      // in a benchmark's run 1 is not deoptimised at the builtins store in run 2. The
      // builtins are the function's (its globals' __builtins__ when it was made).
      if (f.func !== func) f.func = func;
      const b = func.builtins;
      if (f.globals !== func.globals || f.builtins !== b) {
        f.globals = func.globals;
        f.builtins = b;
      }
      if (++f.uses >= FRESH_SLOTS_USES) {
        f.uses = 0;
        f.s = f.s.slice();
      }
      const s = f.s;
      for (let i = 0; i < n; i++) s[i] = args[start + i];
      return f;
    }
    return this.newFrame(func, args, start, n, kwnames, kwmap);
  }

  /**
   * A module's or class body's function just made (MAKE_FUNCTION): the frames pooled for its
   * code, if they were last used by a function with other globals, are given this one's
   * function, globals and builtins. Each run of a program in one process (each evaluate() of a
   * benchmark process) makes new module globals and function objects for the same code objects
   * and pools, and pushFrame's stores for another function and other globals were first taken
   * in the program's SECOND run, after TurboFan compiled the loop (pushFrame inlined) without
   * feedback for them: the loop was deoptimised there and compiled again in the runs the report
   * times (R's 2a9aa67 for the register VM, board 19:44). Done here, once per function made,
   * those branches stay untaken.
   */
  adoptPool(fn: PyFunction): void {
    const d = decodedIfAny(fn.code);
    if (d === undefined) return;
    let p = d.freeFrame;
    if (p === null || (p.globals === fn.globals && p.builtins === fn.builtins)) return;
    for (; p !== null; p = p.nextFree) {
      p.globals = fn.globals;
      p.builtins = fn.builtins;
      p.func = fn;
    }
  }

  /** pushFrame's other cases (depth already counted): a new frame, or arguments to bind. */
  private newFrame(func: PyFunction, args: PyObject[], start: number, n: number, kwnames: readonly string[] | null, kwmap: KwArgs): Frame {
    const code = func.code;
    let d = func.stackDecoded as Decoded | undefined;
    if (d === undefined) func.stackDecoded = d = decode(code);
    const locals = (code.co_flags & CO_OPTIMIZED) === 0 ? func.globals : null;
    let f: Frame;
    if (d.freeFrame !== null) {
      f = d.freeFrame;
      d.freeFrame = f.nextFree;
      d.freeCount--;
      if (f.func !== func) f.func = func;
      if (f.globals !== func.globals) f.globals = func.globals;
      if (f.builtins !== func.builtins) f.builtins = func.builtins;
      f.locals = locals;
      if (++f.uses >= FRESH_SLOTS_USES) {
        f.uses = 0;
        f.s = f.s.slice();
      }
    } else {
      f = new Frame(code, func, func.globals, func.builtins, locals, d);
    }
    const s = f.s;
    const defs = func.defaults;
    if (kwnames === null && kwmap === null && n === d.plainArgc) {
      for (let i = 0; i < n; i++) s[i] = args[start + i];
    } else if (kwnames === null && kwmap === null && n < d.plainArgc && defs !== null && n >= d.plainArgc - defs.length) {
      // Positional arguments, the rest from the defaults (`f(x)` for `def f(x, y=1)`): straight
      // into the frame, without bindArguments' general binding (the register VM's
      // bindDefaultsFast does the same).
      for (let i = 0; i < n; i++) s[i] = args[start + i];
      const firstDefault = d.plainArgc - defs.length;
      for (let j = n; j < d.plainArgc; j++) s[j] = defs[j - firstDefault];
    } else {
      const a = start === 0 && n === args.length ? args : args.slice(start, start + n);
      const nkw = kwnames === null ? 0 : kwnames.length;
      try {
        bindArguments(func, a, n - nkw, kwnames, kwmap, s);
      } catch (e) {
        this.depth--;
        f.release();
        throw e;
      }
    }
    return f;
  }

  /**
   * Runs `entry` in an eval-loop activation of its own (runtime code called a Python function,
   * a class body, a module or a generator). The entry frame is linked to `current`, the frame
   * running when the runtime code was called (the loop sets `current` at each frame switch),
   * so that sys._getframe and warnings' stacklevel walk on past the activation, as CPython's
   * frames chain across C calls; and `current` is that frame again when the activation returns,
   * for the runtime code after it and the next activation. The entry is unlinked afterwards (a
   * suspended generator's frame has no f_back). `current` is restored when an exception
   * leaves too: else runtime code that catches it (hasattr and a Python __getattr__) would
   * link the next activation's entry to a frame back in its pool, which a call inside that
   * activation could take again, linked back to the entry: a cycle for sys._getframe's walk.
   */
  private activate(entry: Frame, exc: PyException | null): PyObject {
    const caller = this.current;
    entry.back = caller !== entry ? caller : null;
    let r: PyObject;
    try {
      r = this.run(this, entry, exc);
    } catch (e) {
      this.current = caller;
      throw e;
    }
    entry.back = null;
    this.current = caller;
    return r;
  }

  callFunction(f: PyFunction, args: PyObject[], kwargs: KwArgs): PyObject {
    const frame = this.pushFrame(f, args, 0, args.length, null, kwargs !== null && kwargs.size > 0 ? kwargs : null);
    return this.activate(frame, null);
  }

  runClassBody(f: PyFunction, ns: PyDict): PyObject {
    if (++this.depth > this.interp.recursionLimit) {
      this.depth--;
      raiseRecursionError();
    }
    const frame = new Frame(f.code, f, f.globals, f.builtins, ns);
    return this.activate(frame, null);
  }

  runModuleCode(code: CodeObject, globals: PyDict, locals?: PyObject): PyObject {
    if (++this.depth > this.interp.recursionLimit) {
      this.depth--;
      raiseRecursionError();
    }
    // The globals' own __builtins__ (exec/eval with a custom builtins dict); a function's
    // frames take the function's (PyFunction.builtins).
    const frame = new Frame(code, null, globals, builtinsOfGlobals(globals, this.builtins), locals ?? globals);
    return this.activate(frame, null);
  }

  makeGenerator(f: Frame): PyGenerator {
    const func = f.func!;
    const gen = new PyGenerator(f, f.code, func.name, func.qualname);
    if (f.code.co_flags & CO_NOT_PLAIN_GENERATOR) gen.ob_type = generatorTypeFor(f.code.co_flags);
    f.generator = gen;
    return gen;
  }

  /**
   * The sub-iterator a suspended generator delegates to with `yield from` (CPython's
   * _PyGen_yf): suspended at YIELD_VALUE followed by RESUME 2/3, it is on top of the stack.
   */
  yieldFromOf(gen: PyGenerator): PyObject | null {
    const f = gen.frame as Frame;
    if (gen.justStarted || gen.finished || f.lasti < 0) return null;
    const d = f.decoded;
    if (d.ops[f.lasti] !== Op.YIELD_VALUE || d.ops[f.pc] !== Op.RESUME || d.args[f.pc] < 2) return null;
    return f.s[f.sp - 1] ?? null;
  }

  /**
   * Resumes a suspended generator of this VM INSIDE the running eval loop (FOR_ITER and SEND,
   * as CPython 3.12's FOR_ITER_GEN/SEND_GEN): what genResume + resumeFrame do before running
   * the frame, without a nested evalFrame. The loop then continues in the returned frame
   * (linked back to `resumer`); its YIELD_VALUE, RETURN_VALUE or uncaught exception comes
   * back through `leaveGenerator`. The caller has checked: not running, not finished, and
   * `value` is None for a just-started generator.
   */
  enterGenerator(gen: PyGenerator, value: PyObject, resumer: Frame): Frame {
    if (++this.depth > this.interp.recursionLimit) {
      this.depth--;
      raiseRecursionError();
    }
    const f = gen.frame as Frame;
    gen.running = true;
    gen.justStarted = false;
    f.s[f.sp++] = value;
    f.resumerExc = this.excInfo;
    if (gen.excState !== None) this.excInfo = gen.excState;
    f.back = resumer;
    return f;
  }

  /**
   * A generator frame entered by enterGenerator stops (yield, return, or the exception
   * `exc` escaping it): the generator's state as genResume/resumeFrame leave it. Returns the
   * exception to raise in the resumer (StopIteration becomes RuntimeError, PEP 479).
   */
  leaveGenerator(f: Frame, exc: PyException | null): PyException | null {
    const gen = f.generator!;
    const saved = f.resumerExc!;
    f.resumerExc = undefined;
    f.back = null;
    gen.running = false;
    if (exc !== null) {
      gen.excState = None;
      gen.finished = true;
      this.excInfo = saved;
      return generatorRaised(exc, gen);
    }
    gen.excState = this.excInfo === saved ? None : this.excInfo;
    this.excInfo = saved;
    return null;
  }

  delegateOf(gen: PyGenerator): PyObject | null {
    return this.yieldFromOf(gen);
  }

  resumeGenerator(gen: PyGenerator, value: PyObject, exc: PyException | null): PyObject {
    const f = gen.frame as Frame;
    if (exc !== null) {
      const yf = this.yieldFromOf(gen);
      if (yf !== null) return this.throwIntoDelegate(gen, f, yf, exc);
    }
    return this.resumeFrame(gen, f, value, exc);
  }

  /** gen.throw()/close() while delegating with `yield from` (CPython's _gen_throw with yf). */
  private throwIntoDelegate(gen: PyGenerator, f: Frame, yf: PyObject, exc: PyException): PyObject {
    let ret: PyObject | undefined;
    let failure: PyException | null = null;
    if (typeOf(exc).isSubtypeOf(GeneratorExit)) {
      try {
        if (yf instanceof PyGenerator) genClose(yf);
        else {
          const close = getAttrOpt(yf, 'close');
          if (close !== undefined) callObject(close, [], null);
        }
      } catch (e) {
        if (!isPyException(e)) throw e;
        this.popDelegate(f);
        return this.resumeFrame(gen, f, None, e);
      }
      return this.resumeFrame(gen, f, None, exc);
    }
    let finished = false;
    try {
      if (yf instanceof PyGenerator) {
        ret = genResume(yf, None, exc);
        finished = ret === undefined;
      } else {
        const meth = getAttrOpt(yf, 'throw');
        if (meth === undefined) failure = exc;
        else ret = callObject(meth, [typeOf(exc), exc, exc.traceback ?? None], null);
      }
    } catch (e) {
      if (!isPyException(e)) throw e;
      failure = e;
      this.popDelegate(f);
      if (typeOf(e).isSubtypeOf(StopIteration)) return this.resumeFrame(gen, f, stopIterationValue(e), null);
      return this.resumeFrame(gen, f, None, e);
    }
    if (failure !== null) return this.resumeFrame(gen, f, None, failure);
    if (finished) {
      // The delegate returned: continue after the yield-from loop with its value.
      const v = (yf as PyGenerator).returnValue;
      this.popDelegate(f);
      return this.resumeFrame(gen, f, v, null);
    }
    this.yielded = true;
    return ret!;
  }

  /** Pops the delegate and moves the frame to SEND's target (the end of the yield-from loop). */
  private popDelegate(f: Frame): void {
    f.s[--f.sp] = undefined;
    // lasti is YIELD_VALUE; SEND is the instruction before it; its arg is the absolute target.
    const send = f.lasti - 1;
    f.pc = f.decoded.args[send];
    f.lasti = f.pc - 1;
  }

  private resumeFrame(gen: PyGenerator, f: Frame, value: PyObject, exc: PyException | null): PyObject {
    if (++this.depth > this.interp.recursionLimit) {
      this.depth--;
      raiseRecursionError();
    }
    if (exc === null) f.s[f.sp++] = value;
    const saved = this.excInfo;
    if (gen.excState !== None) this.excInfo = gen.excState;
    let r: PyObject;
    try {
      r = this.activate(f, exc);
    } catch (e) {
      this.excInfo = saved;
      gen.excState = None;
      f.back = null;
      throw e;
    }
    gen.excState = this.excInfo === saved ? None : this.excInfo;
    this.excInfo = saved;
    if (!this.yielded) {
      gen.finished = true;
      gen.returnValue = r;
    }
    return r;
  }

  superArgs(): [PyType, PyObject] {
    const f = this.current;
    return f === null || f.func === null ? zeroArgSuper(null, []) : zeroArgSuper(f.code, f.s);
  }

  currentGlobals(): PyDict {
    return this.current?.globals ?? (this.interp.modules.getStr('__main__') as unknown as { __dict__: PyDict }).__dict__;
  }

  currentException(): PyObject {
    return this.excInfo;
  }

  currentLocals(): PyObject {
    const f = this.current;
    if (f === null) return this.currentGlobals();
    if (f.locals !== null) return f.locals;
    return fastLocalsDict(f.code, f.s);
  }

  /** PRINT_EXPR: sys.displayhook(v) (a program may replace it). */
  printExpr(v: PyObject): void {
    printExpr(this.interp, v);
  }
}

/** The generated counting eval loop, required on first use (see StackVM's constructor). */
export function countingLoop(): typeof evalFrame {
  return (require('./eval_counting') as typeof import('./eval_counting')).evalFrameCounting;
}
