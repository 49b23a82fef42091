// The register VM's eval loop: runs register code (translator/) on the shared runtime.
//
// One call executes frames linked through `back` until its entry frame returns, so a
// Python-to-Python call pushes a frame and continues in the same loop (no JS recursion), as
// the stack VM does; runtime code calling into Python (a key function, __init__, a generator's
// next) re-enters through RegVM (ExecBackend) and starts a new loop, as CPython re-enters
// _PyEval_EvalFrame. Every instruction's semantics is the runtime's: this file only reads
// operands from registers and writes results to registers.
//
// Conventions of the loop: `pc` is the word index of the current instruction and only moves
// once the instruction has completed, so when anything throws, `pc` still names the faulting
// instruction (for the exception table and the traceback). Operands are read before the
// destination is written (an instruction may write a register it reads).
//
// COUNTING: regvm/eval_counting.ts is GENERATED from this file by
// scripts/gen-regvm-counting.js: each `// @count ` comment below becomes live code there (and
// evalRegFrame becomes evalRegFrameCounting). That variant runs when counters or a trace hook
// are on; this loop carries no per-instruction test for them (as the stack VM's).

import { PyObject, PyBase, PyTuple, PyFloat, None, NotImplemented } from '../runtime/object';
import { PyDict, DictEntry, HashTable } from '../runtime/dict';
import { CompareOp, KwArgs, PyType } from '../runtime/type';
import { inlinableInit, allocInstance, initResultError, PyInstance } from '../runtime/class';
import { PyException, PyTraceback, fromJsError, raiseRecursionError } from '../runtime/exceptions';
import { PyFunction, PyCell, PyMethod, PyMethodDescriptor, PyBuiltinFunction } from '../runtime/function';
import { PyList, PyListIter, PyRangeIter, rangeIteratorType, listIteratorType, tupleIteratorType } from '../runtime/containers';
import { isTrue, getIter, iterNext, getItem, setItem, contains, negative, compareNumbers, binaryOpFast, compareOpFast } from '../runtime/ops';
import { AttrCache, loadAttrCached, loadMethodCached, storeAttrCached } from '../runtime/attrcache';
import { listType, dictType, generatorType, strType, typeType, floatType, intType, typeOf } from '../runtime/types';
import { callObject, callBuiltin, bindArguments } from '../runtime/call';
import { methodFound } from '../runtime/attr';
import { PyGenerator, generatorTypeFor, CO_NOT_PLAIN_GENERATOR } from '../runtime/generator';
import { PyStrIter, strIteratorType, strIterNext } from '../runtime/str_methods';
import * as H from '../runtime/vmhelpers';
import { RegCode, DeadTemps } from '../translator/regcode';
import { RegOp } from './opcodes';
import { RegFrame, Reg } from './frame';
import type { RegVM } from './vm';

/**
 * Every register code object's words (translator/regcode.ts regWordsArena, made before any
 * register code exists): a global variable assigned once, which TurboFan embeds as a constant
 * (runtime/words_arena.ts says why). Word i of the running frame's code is at `wb + i`
 * (wb = f.wbase, set at each frame switch); f.words is a view of the same words for the
 * helpers the loop calls.
 */
declare const __pyvmRegWords: Int32Array;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
// Module constants (as regvm/support.ts's: not reads of an imported module's exports field).
const FloatK: typeof PyFloat = PyFloat;
const floatTypeK = floatType;
/**
 * Bit n set for the BINARY_OP opargs that BINARY_OP2's inline float path computes: + - * and
 * their in-place forms (0, 13; 10, 23; 5, 18). IEEE double arithmetic is Python's float
 * arithmetic for these, and they cannot raise.
 */
const FLOAT_INLINE_OPS = (1 << 0) | (1 << 13) | (1 << 10) | (1 << 23) | (1 << 5) | (1 << 18);
/** Loop iterations between copies of a looping frame's register file (FOR_ITER). */
const FRESH_REGS_ITERS = 1024;
import { gather, argVector, findHandler, countInstr, bindDefaultsFast, enterGenerator, leaveGenerator, leaveGeneratorRaising, binaryOpOutOfLine, subscrOutOfLine, storeSubscrOutOfLine, loadAttrOutOfLine, storeAttrOutOfLine, numOp2, numOp3, numOpCompare, compareTruth, allocExceptionInstance, missingKeyError, listIndexError, intZeroDivisionError, binaryDunderFor, binaryDunderError, isinstanceOutOfLine } from './support';
void countInstr; // used by the generated counting variant

/**
 * Runs `entry` (and every frame it calls) until `entry` returns or yields. With `throwExc`,
 * the exception is raised in `entry` at the instruction it is suspended at (generator.throw).
 */
export function evalRegFrame(vm: RegVM, entry: RegFrame, throwExc: PyException | null): PyObject {
  const interp = vm.interp;
  if (++interp.depth > interp.recursionLimit) {
    interp.depth--;
    raiseRecursionError();
  }
  let f = entry;
  // vm.cur is the running frame whenever runtime code runs (sys._getframe, warnings,
  // super(), globals(); RegVM.current says when it is the resumer): set here and at each frame
  // switch below; RegVM.run restores it.
  vm.cur = f;
  let wb = f.wbase | 0;
  let regs = f.regs;
  let pc = f.pc | 0;
  /** The inline caches of the running code (RegCode.inline, made at translation), by word index. */
  let inl = f.inl;
  let names = f.names;
  /** The pass set's number (RegCode.passId of the register code this VM runs). */
  const cacheId = vm.cacheId;
  /** Loop iterations (FOR_ITER) left before the running frame's register file is copied. */
  let freshTick = FRESH_REGS_ITERS;
  // @count const counts = vm.counts;
  // @count const trace = vm.trace;
  let pending: PyException | null = throwExc;
  let reraising: PyException | null = null;
  if (pending !== null) pc = f.lastPc | 0;
  for (;;) {
    try {
      // A Python exception raised by an instruction of this loop leaves it with `pending = exc;
      // break dispatch;` rather than a JS throw (as the stack VM's loop, V's measurement): V8
      // computes a message location for every throw, a scan of the throwing function's source
      // positions, which in a function as large as this one cost microseconds per exception.
      // Exceptions thrown by the runtime's helpers arrive through the catch below.
      if (pending === null) dispatch: for (;;) {
        const op = __pyvmRegWords[(wb + pc) | 0];
        // (A site's first run, its _ADAPTIVE form, only rewrites the site and dispatches it again:
        // countInstr does not count it, and it is not traced.)
        // @count if (counts !== null) countInstr(counts, f.words, pc, op);
        // @count if (trace !== null && op !== RegOp.BINARY_OP_ADAPTIVE && op !== RegOp.ATTR_BINARY_OP_ADAPTIVE) {
        // @count   f.lastPc = pc;
        // @count   trace(f, pc);
        // @count }
        switch (op) {
          case RegOp.MOVE:
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = regs[__pyvmRegWords[(wb + pc + 2) | 0]];
            pc += 3;
            continue;
          case RegOp.LOAD_CONST:
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = f.rc.code.co_consts[__pyvmRegWords[(wb + pc + 2) | 0]];
            pc += 3;
            continue;
          case RegOp.LOAD_NULL:
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = null;
            pc += 2;
            continue;
          case RegOp.LOAD_FAST_CHECK: {
            const v = regs[__pyvmRegWords[(wb + pc + 2) | 0]];
            if (v === undefined) {
              pending = H.unboundLocalError(f.rc.code.co_localsplusnames[__pyvmRegWords[(wb + pc + 2) | 0]]);
              break dispatch;
            }
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = v;
            pc += 3;
            continue;
          }
          case RegOp.NOP:
            pc += 1;
            continue;
          case RegOp.LOAD_DEREF: {
            const b = __pyvmRegWords[(wb + pc + 2) | 0];
            const v = (regs[b] as PyCell).contents;
            if (v === undefined) {
              pending = vm.emptyCell(f.rc.code, b);
              break dispatch;
            }
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = v;
            pc += 3;
            break;
          }
          case RegOp.STORE_DEREF:
            (regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyCell).contents = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            pc += 3;
            break;
          case RegOp.LOAD_GLOBAL: {
            // runtime/vmhelpers.ts loadGlobalCached's hit test written out here (and in
            // GLOBAL_BINARY_OP and CALL_GLOBAL): code in the loop's body costs TurboFan's
            // cumulative inlining budget nothing, and that budget (920 bytecode bytes per
            // compile of this function) is full, so a helper call site left out is a real call
            // (deltablue, raytrace, binary_trees: loadGlobalCached inlined at one of its three
            // sites). A miss goes through vm.cold (never inlined: no budget spent on the miss),
            // which calls loadGlobalCached to test again and fill the cache.
            const c = inl[pc] as H.GlobalCache;
            const gt = f.globals.tbl;
            let bt: HashTable | null;
            if (gt !== null && c.globalsVersion === gt.keysVersion && (c.builtinsVersion < 0 || ((bt = f.builtins.tbl) !== null && c.builtinsVersion === bt.keysVersion))) {
              regs[__pyvmRegWords[(wb + pc + 1) | 0]] = (c.entry as DictEntry).value;
            } else {
              vm.cold(f, RegOp.LOAD_GLOBAL, pc);
              regs[__pyvmRegWords[(wb + pc + 1) | 0]] = vm.coldGlobal;
            }
            pc += 3;
            break;
          }
          case RegOp.LOAD_ATTR: {
            // runtime/attrcache.ts loadAttrCached's monomorphic hit (an instance of the site's
            // class with its split dict's key list: the value at index i0) written out here, as
            // LOAD_GLOBAL's: the loop's inlining budget is full and code in its body costs none
            // of it. A miss calls loadAttrCached (the same test again, then the entries and the
            // generic lookup), a real call unless TurboFan finds the miss hot enough to inline
            // (richards' polymorphic sites). Misses through vm.cold instead (as LOAD_GLOBAL's)
            // cost richards 25%: its misses are frequent and cold() is a large switch.
            const c = inl[pc] as AttrCache;
            const o = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            if (o instanceof PyInstance) {
              const d = o.__dict__;
              if (o.ob_type.version === c.v0 && d !== undefined && d.sk === c.k0) {
                regs[__pyvmRegWords[(wb + pc + 1) | 0]] = d.sv[c.i0];
                pc += 4;
                break;
              }
            }
            // A property's getter (or __getattr__) may read this frame's line (sys._getframe(1),
            // warnings' stacklevel): its offset is stored as a call's is.
            f.lastPc = pc;
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = loadAttrCached(c, o, names[__pyvmRegWords[(wb + pc + 3) | 0]]);
            pc += 4;
            break;
          }
          case RegOp.LOAD_METHOD: {
            // loadMethodCached's monomorphic hit (a method of the site's class, not shadowed by
            // the instance dict; or of str for a JS string receiver, `line.split()`) here; the
            // rest, and other primitive receivers (ints, bools), through loadMethodCached (see
            // LOAD_ATTR).
            const obj = regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject;
            const c = inl[pc] as AttrCache;
            if (typeof obj === 'object' ? obj.ob_type.version === c.v0 : typeof obj === 'string' && strType.version === c.v0) {
              const d = typeof obj === 'object' ? obj.__dict__ : undefined;
              if (d === undefined || d.sk === c.k0) {
                regs[__pyvmRegWords[(wb + pc + 1) | 0]] = c.f0;
                regs[__pyvmRegWords[(wb + pc + 2) | 0]] = obj;
                pc += 5;
                break;
              }
            }
            const m = loadMethodCached(c, obj, names[__pyvmRegWords[(wb + pc + 4) | 0]]);
            if (methodFound.self) {
              regs[__pyvmRegWords[(wb + pc + 1) | 0]] = m;
              regs[__pyvmRegWords[(wb + pc + 2) | 0]] = obj;
            } else {
              regs[__pyvmRegWords[(wb + pc + 1) | 0]] = null;
              regs[__pyvmRegWords[(wb + pc + 2) | 0]] = m;
            }
            pc += 5;
            break;
          }
          case RegOp.STORE_ATTR: {
            const c = inl[pc] as AttrCache;
            // A property's setter or __setattr__ may read this frame's line (as LOAD_ATTR's).
            f.lastPc = pc;
            storeAttrCached(c, regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyObject, names[__pyvmRegWords[(wb + pc + 2) | 0]], regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject);
            pc += 4;
            break;
          }
          case RegOp.ATTR_OP_STORE: {
            // `o.n op= x` (the attrop pass: json_codec's `self.pos += 1`): LOAD_ATTR's inline hit,
            // int + and - inline (as BINARY_OP's), and the store cache's first way (as
            // storeAttrCached's) writing the result back into the instance dict's slot, with no
            // register written. Each step off its fast path runs as the separate instruction
            // did, at its traceback position: the lookup at the first operand word, the
            // operation at the second, the store at pc.
            const at = pc;
            const o = regs[__pyvmRegWords[(wb + at + 1) | 0]] as PyObject;
            const x = regs[__pyvmRegWords[(wb + at + 3) | 0]] as PyObject;
            const c = inl[at] as AttrCache;
            let t: PyObject | undefined;
            let d: PyDict | undefined;
            if (o instanceof PyInstance && o.ob_type.version === c.v0 && (d = o.__dict__) !== undefined && d.sk === c.k0) t = d.sv[c.i0];
            else {
              pc = at + 1;
              f.lastPc = pc;
              t = loadAttrOutOfLine(c, o, names[__pyvmRegWords[(wb + at + 2) | 0]]);
            }
            const oparg = __pyvmRegWords[(wb + at + 4) | 0];
            let r: PyObject | undefined;
            if (typeof t === 'number' && typeof x === 'number') {
              const y = oparg === 13 || oparg === 0 ? t + x : oparg === 23 || oparg === 10 ? t - x : NaN;
              if (y <= MAX_SAFE && y >= -MAX_SAFE) r = y;
            }
            if (r === undefined) {
              pc = at + 2;
              f.lastPc = pc;
              r = binaryOpOutOfLine(oparg, t, x);
            }
            const sc = inl[at + 1] as AttrCache;
            if (o instanceof PyInstance && o.ob_type.version === sc.v0 && (d = o.__dict__) !== undefined && d.sk === sc.k0 && sc.i0 >= 0) d.sv[sc.i0] = r;
            else {
              pc = at;
              f.lastPc = at;
              storeAttrOutOfLine(sc, o, names[__pyvmRegWords[(wb + at + 2) | 0]], r);
            }
            pc = at + 5;
            break;
          }
          case RegOp.UNARY_NEGATIVE:
            f.lastPc = pc;
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = negative(regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject);
            pc += 3;
            break;
          case RegOp.UNARY_NOT: {
            const v = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            let r: boolean;
            if (v === true) r = false;
            else if (v === false) r = true;
            else {
              f.lastPc = pc;
              r = !isTrue(v);
            }
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = r;
            pc += 3;
            break;
          }
          case RegOp.GLOBAL_BINARY_OP: {
            // LOAD_GLOBAL, then the BINARY_OP whose operands follow at pc + 2 (the globalop
            // pass). The lookup raises at pc + 1 (the LOAD_GLOBAL's traceback position), the
            // operation at pc + 2 (the BINARY_OP's). A case of its own, so that BINARY_OP's path
            // stays as it was (sharing it cost nbody/spectral_norm 4%); only int + and - inline,
            // the rest through binaryOpOutOfLine (keeps binaryOpFast's one call site in this loop).
            const c = inl[pc] as H.GlobalCache;
            const gdst = __pyvmRegWords[(wb + pc + 1) | 0];
            pc += 1;
            const gt = f.globals.tbl;
            let bt: HashTable | null;
            if (gt !== null && c.globalsVersion === gt.keysVersion && (c.builtinsVersion < 0 || ((bt = f.builtins.tbl) !== null && c.builtinsVersion === bt.keysVersion))) {
              regs[gdst] = (c.entry as DictEntry).value;
            } else {
              vm.cold(f, RegOp.LOAD_GLOBAL, pc - 1);
              regs[gdst] = vm.coldGlobal;
            }
            pc += 1;
            const a = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            const b = regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject;
            const oparg = __pyvmRegWords[(wb + pc + 4) | 0];
            let r: PyObject | undefined;
            if (typeof a === 'number' && typeof b === 'number') {
              const x = oparg === 0 || oparg === 13 ? a + b : oparg === 10 || oparg === 23 ? a - b : NaN;
              if (x <= MAX_SAFE && x >= -MAX_SAFE) r = x;
            }
            if (r === undefined) {
              // (the BINARY_OP's position, as BINARY_OP's runtime path stores it)
              f.lastPc = pc;
              r = binaryOpOutOfLine(oparg, a, b);
            }
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = r;
            pc += 5;
            break;
          }
          case RegOp.ISINSTANCE_GLOBAL: {
            // LOAD_GLOBAL f, LOAD_GLOBAL t and the call f(v, t) (the callglobal pass:
            // `isinstance(value, int)`): the lookups in source order, at operand words 1 and 3
            // (the LOAD_GLOBALs' traceback positions), then the call at pc. When f is the built-in
            // isinstance and v's type is exactly t, True without a call; otherwise the call
            // through support.ts isinstanceOutOfLine (isinstance's fixed-arity entry, or any
            // other callable as the runtime's call protocol calls it).
            const at = pc;
            const gt = f.globals.tbl;
            let bt: HashTable | null;
            let fnv: PyObject;
            let c = inl[at] as H.GlobalCache;
            pc = at + 1;
            if (gt !== null && c.globalsVersion === gt.keysVersion && (c.builtinsVersion < 0 || ((bt = f.builtins.tbl) !== null && c.builtinsVersion === bt.keysVersion))) {
              fnv = (c.entry as DictEntry).value;
            } else {
              vm.cold(f, RegOp.LOAD_GLOBAL, at);
              fnv = vm.coldGlobal;
            }
            c = inl[at + 2] as H.GlobalCache;
            pc = at + 3;
            let t: PyObject;
            if (gt !== null && c.globalsVersion === gt.keysVersion && (c.builtinsVersion < 0 || ((bt = f.builtins.tbl) !== null && c.builtinsVersion === bt.keysVersion))) {
              t = (c.entry as DictEntry).value;
            } else {
              vm.cold(f, RegOp.LOAD_GLOBAL, at + 2);
              t = vm.coldGlobal;
            }
            pc = at;
            const v = regs[__pyvmRegWords[(wb + at + 3) | 0]] as PyObject;
            let r: PyObject;
            if (fnv === vm.isinstanceFn && (typeof v === 'object' ? (v as PyBase).ob_type === t : typeof v === 'string' ? t === strType : typeof v === 'number' && t === intType)) r = true;
            else {
              f.lastPc = at;
              r = isinstanceOutOfLine(fnv, v, t);
            }
            regs[__pyvmRegWords[(wb + at + 1) | 0]] = r;
            pc = at + 5;
            break;
          }
          case RegOp.BINARY_OP: {
            // + - * (and % // on non-negative operands) on safe integers inline, as the stack VM's
            // BINARY_OP; the rest through the fast paths both VMs share (runtime/ops.ts binaryOpFast).
            const a = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            const b = regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject;
            const oparg = __pyvmRegWords[(wb + pc + 4) | 0];
            // One call site of binaryOpFast: TurboFan's inlining budget for this large function is
            // spent per site, and a single site keeps the float path's allocation inlined.
            let r: PyObject | undefined;
            if (typeof a === 'number' && typeof b === 'number') {
              if (oparg === 0 || oparg === 13) {
                const x = a + b;
                if (x <= MAX_SAFE && x >= -MAX_SAFE) r = x;
              } else if (oparg === 10 || oparg === 23) {
                const x = a - b;
                if (x <= MAX_SAFE && x >= -MAX_SAFE) r = x;
              } else if (oparg === 5 || oparg === 18) {
                const x = a * b;
                if (Number.isSafeInteger(x) && (x !== 0 || (a >= 0 && b >= 0))) r = x;
              } else if (oparg === 6 || oparg === 19) {
                // % and // on non-negative operands (as the stack VM's loop, 6435f26); by zero,
                // the ZeroDivisionError raised by the loop, without a JS throw (as the stack VM's).
                if (b > 0 && a >= 0) r = a % b;
                else if (b === 0) {
                  pending = intZeroDivisionError(oparg);
                  break dispatch;
                }
              } else if (oparg === 2 || oparg === 15) {
                if (b > 0 && a >= 0) r = Math.floor(a / b);
                else if (b === 0) {
                  pending = intZeroDivisionError(oparg);
                  break dispatch;
                }
              }
            }
            if (r === undefined) {
              // An operator's dunder (or __index__, __float__...) may read this frame's line
              // (sys._getframe(1).f_lineno, warnings' stacklevel): the offset is stored first, as
              // a call's and LOAD_ATTR's are, on the runtime paths only (the inline ones above and
              // numOp2's run no Python code); the same for the other operators below.
              f.lastPc = pc;
              r = binaryOpFast(oparg, a, b);
            }
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = r;
            pc += 5;
            break;
          }
          case RegOp.ATTR_BINARY_OP: {
            // Two LOAD_ATTRs and the BINARY_OP of their results (the attrop pass: `self.x -
            // other.x`). Each lookup is LOAD_ATTR's hit test, its miss loadAttrCached with pc on
            // the lookup's own word (pc + 1, pc + 2: its LOAD_ATTR's traceback position); the
            // operation through binaryOpOutOfLine (BINARY_OP's code and binaryOpFast's one call
            // site in this loop stay as they are) at the BINARY_OP's position (pc).
            const at = pc;
            const c1 = inl[at] as AttrCache;
            const o1 = regs[__pyvmRegWords[(wb + at + 2) | 0]] as PyObject;
            let v1: PyObject;
            let d1: PyDict | undefined;
            if (o1 instanceof PyInstance && o1.ob_type.version === c1.v0 && (d1 = o1.__dict__) !== undefined && d1.sk === c1.k0) v1 = d1.sv[c1.i0] as PyObject;
            else {
              pc = at + 1;
              f.lastPc = pc;
              v1 = loadAttrCached(c1, o1, names[__pyvmRegWords[(wb + at + 3) | 0]]);
            }
            const c2 = inl[at + 1] as AttrCache;
            const o2 = regs[__pyvmRegWords[(wb + at + 4) | 0]] as PyObject;
            let v2: PyObject;
            let d2: PyDict | undefined;
            if (o2 instanceof PyInstance && o2.ob_type.version === c2.v0 && (d2 = o2.__dict__) !== undefined && d2.sk === c2.k0) v2 = d2.sv[c2.i0] as PyObject;
            else {
              pc = at + 2;
              f.lastPc = pc;
              v2 = loadAttrCached(c2, o2, names[__pyvmRegWords[(wb + at + 5) | 0]]);
            }
            pc = at;
            f.lastPc = at;
            regs[__pyvmRegWords[(wb + at + 1) | 0]] = binaryOpOutOfLine(__pyvmRegWords[(wb + at + 6) | 0], v1, v2);
            pc = at + 7;
            break;
          }
          case RegOp.BINARY_OP2: {
            // Two BINARY_OPs, the first one's result a temporary of the second (the binop2 pass:
            // `dx * dx + dy * dy`). When every operand is an exact float or a small int, numOp2
            // computes both in doubles and allocates at most one float (the results binaryOpFast
            // gives, without the intermediate object); otherwise, as the two BINARY_OPs: the
            // inner one at the first operand word (its traceback position), the outer one at pc,
            // both through binaryOpOutOfLine (BINARY_OP's case and binaryOpFast's one call site
            // in this loop stay as they are).
            const at = pc;
            const b1 = regs[__pyvmRegWords[(wb + at + 2) | 0]] as PyObject;
            const b2 = regs[__pyvmRegWords[(wb + at + 3) | 0]] as PyObject;
            const b3 = regs[__pyvmRegWords[(wb + at + 4) | 0]] as PyObject;
            const o1 = __pyvmRegWords[(wb + at + 5) | 0];
            const o2 = __pyvmRegWords[(wb + at + 6) | 0];
            if (typeof b1 === 'object' && typeof b2 === 'object' && typeof b3 === 'object' && b1.ob_type === floatTypeK && b2.ob_type === floatTypeK && b3.ob_type === floatTypeK && ((FLOAT_INLINE_OPS >> o1) & (FLOAT_INLINE_OPS >> o2) & 1) !== 0) {
              // Three exact floats and + - * only (nbody's `b[3] -= dx * cm`): computed here, one
              // float allocated, as the stack VM's BINARY_OP__BINARY_OP float path; written in
              // the loop, not a call (numOp2 inlined into the loop would spend its inlining
              // budget: the stack VM's comment).
              const x = (b1 as PyFloat).value;
              const y = (b2 as PyFloat).value;
              const z = (b3 as PyFloat).value;
              let r: number;
              if (__pyvmRegWords[(wb + at + 7) | 0] === 0) {
                const t = o1 === 5 || o1 === 18 ? x * y : o1 === 0 || o1 === 13 ? x + y : x - y;
                r = o2 === 5 || o2 === 18 ? t * z : o2 === 0 || o2 === 13 ? t + z : t - z;
              } else {
                const t = o1 === 5 || o1 === 18 ? y * z : o1 === 0 || o1 === 13 ? y + z : y - z;
                r = o2 === 5 || o2 === 18 ? x * t : o2 === 0 || o2 === 13 ? x + t : x - t;
              }
              regs[__pyvmRegWords[(wb + at + 1) | 0]] = new FloatK(r);
              pc = at + 8;
              break;
            }
            const fr = numOp2(b1, b2, b3, __pyvmRegWords[(wb + at + 5) | 0], __pyvmRegWords[(wb + at + 6) | 0], __pyvmRegWords[(wb + at + 7) | 0]);
            if (fr !== undefined) regs[__pyvmRegWords[(wb + at + 1) | 0]] = fr;
            else if (__pyvmRegWords[(wb + at + 7) | 0] === 0) {
              pc = at + 1;
              f.lastPc = pc;
              const t = binaryOpOutOfLine(__pyvmRegWords[(wb + at + 5) | 0], b1, b2);
              pc = at;
              f.lastPc = at;
              regs[__pyvmRegWords[(wb + at + 1) | 0]] = binaryOpOutOfLine(__pyvmRegWords[(wb + at + 6) | 0], t, b3);
            } else {
              pc = at + 1;
              f.lastPc = pc;
              const t = binaryOpOutOfLine(__pyvmRegWords[(wb + at + 5) | 0], b2, b3);
              pc = at;
              f.lastPc = at;
              regs[__pyvmRegWords[(wb + at + 1) | 0]] = binaryOpOutOfLine(__pyvmRegWords[(wb + at + 6) | 0], b1, t);
            }
            pc = at + 8;
            break;
          }
          case RegOp.BINARY_OP3: {
            // BINARY_OP2's two operations and a third on their result (the binop2 pass: `2.0 * zr
            // * zi + ci`): numOp3 on exact floats and small ints, else the three in order, each at
            // its own traceback position (the first and second operand words, then pc).
            const at = pc;
            let fr = numOp3(f.words, at, regs);
            if (fr === undefined) {
              const b1 = regs[__pyvmRegWords[(wb + at + 2) | 0]] as PyObject;
              const b2 = regs[__pyvmRegWords[(wb + at + 3) | 0]] as PyObject;
              const b3 = regs[__pyvmRegWords[(wb + at + 4) | 0]] as PyObject;
              const b4 = regs[__pyvmRegWords[(wb + at + 8) | 0]] as PyObject;
              pc = at + 1;
              f.lastPc = pc;
              const s = __pyvmRegWords[(wb + at + 7) | 0] === 0 ? binaryOpOutOfLine(__pyvmRegWords[(wb + at + 5) | 0], b1, b2) : binaryOpOutOfLine(__pyvmRegWords[(wb + at + 5) | 0], b2, b3);
              pc = at + 2;
              f.lastPc = pc;
              const t = __pyvmRegWords[(wb + at + 7) | 0] === 0 ? binaryOpOutOfLine(__pyvmRegWords[(wb + at + 6) | 0], s, b3) : binaryOpOutOfLine(__pyvmRegWords[(wb + at + 6) | 0], b1, s);
              pc = at;
              f.lastPc = at;
              fr = __pyvmRegWords[(wb + at + 10) | 0] === 0 ? binaryOpOutOfLine(__pyvmRegWords[(wb + at + 9) | 0], t, b4) : binaryOpOutOfLine(__pyvmRegWords[(wb + at + 9) | 0], b4, t);
            }
            regs[__pyvmRegWords[(wb + at + 1) | 0]] = fr;
            pc = at + 11;
            break;
          }
          case RegOp.OP_CMP_JUMP: {
            // A BINARY_OP and the CMP_JUMP on its temporary result (the binop2 pass: `zr2 + zi2 >
            // 4.0`). numOpCompare decides on exact floats and small ints without the intermediate
            // object; otherwise the operation at the first operand word (its traceback
            // position), the comparison and its truth at pc, out of line.
            const at = pc;
            const x = regs[__pyvmRegWords[(wb + at + 1) | 0]] as PyObject;
            const y = regs[__pyvmRegWords[(wb + at + 2) | 0]] as PyObject;
            const z = regs[__pyvmRegWords[(wb + at + 3) | 0]] as PyObject;
            const flags = __pyvmRegWords[(wb + at + 6) | 0];
            let c = numOpCompare(x, y, z, __pyvmRegWords[(wb + at + 4) | 0], __pyvmRegWords[(wb + at + 5) | 0], flags);
            if (c < 0) {
              pc = at + 1;
              f.lastPc = pc;
              const t = binaryOpOutOfLine(__pyvmRegWords[(wb + at + 4) | 0], x, y);
              pc = at;
              f.lastPc = at;
              c = (flags & 1) === 0 ? compareTruth(t, z, __pyvmRegWords[(wb + at + 5) | 0]) : compareTruth(z, t, __pyvmRegWords[(wb + at + 5) | 0]);
            }
            pc = (c === 1) === ((flags & 2) !== 0) ? __pyvmRegWords[(wb + at + 7) | 0] : at + 8;
            break;
          }
          case RegOp.BINARY_SUBSCR: {
            const c = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            const sub = regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject;
            let r: PyObject | undefined;
            if (c instanceof PyList && typeof sub === 'number' && sub >= 0 && sub < c.items.length && c.ob_type === listType) r = c.items[sub];
            else if (c instanceof PyDict && c.ob_type === dictType) {
              r = c.get(sub);
              if (r === undefined) {
                // An exact dict's missing key (no __missing__) and, below, an exact list's
                // out-of-range index: raised by the loop, without a JS throw (as the stack VM's).
                pending = missingKeyError(sub);
                break dispatch;
              }
            } else if (c instanceof PyList && typeof sub === 'number' && c.ob_type === listType && (sub >= c.items.length || sub < -c.items.length)) {
              pending = listIndexError();
              break dispatch;
            }
            if (r === undefined) {
              f.lastPc = pc;
              r = getItem(c, sub);
            }
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = r;
            pc += 4;
            break;
          }
          case RegOp.STORE_SUBSCR: {
            const c = regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyObject;
            const sub = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            const v = regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject;
            if (c instanceof PyList && typeof sub === 'number' && sub >= 0 && sub < c.items.length && c.ob_type === listType) c.items[sub] = v;
            else {
              f.lastPc = pc;
              setItem(c, sub, v);
            }
            pc += 4;
            break;
          }
          case RegOp.SUBSCR_OP2_STORE: {
            // `c[k] op2= x op1 y` (the binop2 pass: nbody's `b[3] -= dx * cm`). On an exact list,
            // an index in range and three exact floats with + - *: the list and the index are
            // checked once and one float is allocated, stored straight into the list. Otherwise
            // the three steps as the separate instructions, each at its traceback position: the
            // subscript at the first operand word, the inner operation at the second, the outer
            // one at the third, the store at pc.
            const at = pc;
            const c = regs[__pyvmRegWords[(wb + at + 1) | 0]] as PyObject;
            const sub = regs[__pyvmRegWords[(wb + at + 2) | 0]] as PyObject;
            const x = regs[__pyvmRegWords[(wb + at + 3) | 0]] as PyObject;
            const y = regs[__pyvmRegWords[(wb + at + 4) | 0]] as PyObject;
            const o1 = __pyvmRegWords[(wb + at + 5) | 0];
            const o2 = __pyvmRegWords[(wb + at + 6) | 0];
            let t: PyObject | undefined;
            if (c instanceof PyList && typeof sub === 'number' && sub >= 0 && sub < c.items.length && c.ob_type === listType) {
              const items = c.items;
              t = items[sub];
              if (typeof t === 'object' && typeof x === 'object' && typeof y === 'object' && t.ob_type === floatTypeK && x.ob_type === floatTypeK && y.ob_type === floatTypeK && ((FLOAT_INLINE_OPS >> o1) & (FLOAT_INLINE_OPS >> o2) & 1) !== 0) {
                const p = (x as PyFloat).value;
                const q = (y as PyFloat).value;
                const u = o1 === 5 || o1 === 18 ? p * q : o1 === 0 || o1 === 13 ? p + q : p - q;
                const v = (t as PyFloat).value;
                items[sub] = new FloatK(o2 === 5 || o2 === 18 ? v * u : o2 === 0 || o2 === 13 ? v + u : v - u);
                pc = at + 7;
                break;
              }
            }
            if (t === undefined) {
              pc = at + 1;
              f.lastPc = pc;
              t = subscrOutOfLine(c, sub);
            }
            let r = numOp2(t, x, y, o1, o2, 1);
            if (r === undefined) {
              pc = at + 2;
              f.lastPc = pc;
              const u = binaryOpOutOfLine(o1, x, y);
              pc = at + 3;
              f.lastPc = pc;
              r = binaryOpOutOfLine(o2, t, u);
            }
            pc = at;
            f.lastPc = at;
            storeSubscrOutOfLine(c, sub, r);
            pc = at + 7;
            break;
          }
          case RegOp.SUBSCR2_OP2_STORE: {
            // `c[k] op2= x op1 c2[k2]` (the binop2 pass: nbody's `b[0] += dt * b[3]`): as
            // SUBSCR_OP2_STORE, with the inner operation's right operand read from a second list
            // between the first subscript and the operations. Off the fast path each step as the
            // separate instructions: the subscripts at the first and second operand words, the
            // inner operation at the third, the outer one at the fourth, the store at pc.
            const at = pc;
            const c = regs[__pyvmRegWords[(wb + at + 1) | 0]] as PyObject;
            const sub = regs[__pyvmRegWords[(wb + at + 2) | 0]] as PyObject;
            const x = regs[__pyvmRegWords[(wb + at + 3) | 0]] as PyObject;
            const c2 = regs[__pyvmRegWords[(wb + at + 4) | 0]] as PyObject;
            const sub2 = regs[__pyvmRegWords[(wb + at + 5) | 0]] as PyObject;
            const o1 = __pyvmRegWords[(wb + at + 6) | 0];
            const o2 = __pyvmRegWords[(wb + at + 7) | 0];
            let t: PyObject | undefined;
            let y: PyObject | undefined;
            if (c instanceof PyList && typeof sub === 'number' && sub >= 0 && sub < c.items.length && c.ob_type === listType) {
              t = c.items[sub];
              if (c2 instanceof PyList && typeof sub2 === 'number' && sub2 >= 0 && sub2 < c2.items.length && c2.ob_type === listType) {
                y = c2.items[sub2];
                if (typeof t === 'object' && typeof x === 'object' && typeof y === 'object' && t.ob_type === floatTypeK && x.ob_type === floatTypeK && y.ob_type === floatTypeK && ((FLOAT_INLINE_OPS >> o1) & (FLOAT_INLINE_OPS >> o2) & 1) !== 0) {
                  const p = (x as PyFloat).value;
                  const q = (y as PyFloat).value;
                  const u = o1 === 5 || o1 === 18 ? p * q : o1 === 0 || o1 === 13 ? p + q : p - q;
                  const v = (t as PyFloat).value;
                  c.items[sub] = new FloatK(o2 === 5 || o2 === 18 ? v * u : o2 === 0 || o2 === 13 ? v + u : v - u);
                  pc = at + 8;
                  break;
                }
              }
            }
            if (t === undefined) {
              pc = at + 1;
              f.lastPc = pc;
              t = subscrOutOfLine(c, sub);
            }
            if (y === undefined) {
              pc = at + 2;
              f.lastPc = pc;
              y = subscrOutOfLine(c2, sub2);
            }
            let r = numOp2(t, x, y, o1, o2, 1);
            if (r === undefined) {
              pc = at + 3;
              f.lastPc = pc;
              const u = binaryOpOutOfLine(o1, x, y);
              pc = at + 4;
              f.lastPc = pc;
              r = binaryOpOutOfLine(o2, t, u);
            }
            pc = at;
            f.lastPc = at;
            storeSubscrOutOfLine(c, sub, r);
            pc = at + 8;
            break;
          }
          case RegOp.COMPARE_OP: {
            const a = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            const b = regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject;
            let r: PyObject;
            if (typeof a === 'number' && typeof b === 'number') r = compareNumbers(a, b, __pyvmRegWords[(wb + pc + 4) | 0] as CompareOp);
            else {
              f.lastPc = pc;
              r = compareOpFast(a, b, __pyvmRegWords[(wb + pc + 4) | 0] as CompareOp);
            }
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = r;
            pc += 5;
            break;
          }
          case RegOp.IS_OP:
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = (regs[__pyvmRegWords[(wb + pc + 2) | 0]] === regs[__pyvmRegWords[(wb + pc + 3) | 0]]) !== (__pyvmRegWords[(wb + pc + 4) | 0] !== 0);
            pc += 5;
            break;
          case RegOp.CONTAINS_OP:
            f.lastPc = pc;
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = contains(regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject, regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject) !== (__pyvmRegWords[(wb + pc + 4) | 0] !== 0);
            pc += 5;
            break;
          case RegOp.BUILD_TUPLE: {
            const n = __pyvmRegWords[(wb + pc + 2) | 0];
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = new PyTuple(gather(regs, f.words, pc + 3, n));
            pc += 3 + n;
            break;
          }
          case RegOp.BUILD_LIST: {
            const n = __pyvmRegWords[(wb + pc + 2) | 0];
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = new PyList(gather(regs, f.words, pc + 3, n));
            pc += 3 + n;
            break;
          }
          case RegOp.LIST_APPEND:
            (regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyList).items.push(regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject);
            pc += 3;
            break;
          case RegOp.UNPACK_SEQUENCE: {
            // Words: count n, n destination registers, the source register.
            const n = __pyvmRegWords[(wb + pc + 1) | 0];
            const items = H.unpackSequence(regs[__pyvmRegWords[(wb + pc + 2 + n) | 0]] as PyObject, n);
            for (let i = 0; i < n; i++) regs[__pyvmRegWords[(wb + pc + 2 + i) | 0]] = items[i];
            pc += 3 + n;
            break;
          }
          case RegOp.JUMP:
            pc = __pyvmRegWords[(wb + pc + 1) | 0];
            break;
          case RegOp.JUMP_IF_FALSE: {
            const v = regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyObject;
            let t: boolean;
            if (v === false) t = false;
            else if (v === true) t = true;
            else {
              // A __bool__ (or __len__) may read this frame's line (see BINARY_OP).
              f.lastPc = pc;
              t = isTrue(v);
            }
            pc = t ? pc + 3 : __pyvmRegWords[(wb + pc + 2) | 0];
            break;
          }
          case RegOp.JUMP_IF_TRUE: {
            const v = regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyObject;
            let t: boolean;
            if (v === true) t = true;
            else if (v === false) t = false;
            else {
              f.lastPc = pc;
              t = isTrue(v);
            }
            pc = t ? __pyvmRegWords[(wb + pc + 2) | 0] : pc + 3;
            break;
          }
          case RegOp.JUMP_IF_NONE:
            pc = regs[__pyvmRegWords[(wb + pc + 1) | 0]] === None ? __pyvmRegWords[(wb + pc + 2) | 0] : pc + 3;
            break;
          case RegOp.JUMP_IF_NOT_NONE:
            pc = regs[__pyvmRegWords[(wb + pc + 1) | 0]] !== None ? __pyvmRegWords[(wb + pc + 2) | 0] : pc + 3;
            break;
          case RegOp.CMP_JUMP_IF_FALSE: {
            const a = regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyObject;
            const b = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            let r: PyObject;
            if (typeof a === 'number' && typeof b === 'number') r = compareNumbers(a, b, __pyvmRegWords[(wb + pc + 3) | 0] as CompareOp);
            else {
              f.lastPc = pc;
              r = compareOpFast(a, b, __pyvmRegWords[(wb + pc + 3) | 0] as CompareOp);
            }
            pc = (r === true ? true : r === false ? false : isTrue(r)) ? pc + 5 : __pyvmRegWords[(wb + pc + 4) | 0];
            break;
          }
          case RegOp.CMP_JUMP_IF_TRUE: {
            const a = regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyObject;
            const b = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            let r: PyObject;
            if (typeof a === 'number' && typeof b === 'number') r = compareNumbers(a, b, __pyvmRegWords[(wb + pc + 3) | 0] as CompareOp);
            else {
              f.lastPc = pc;
              r = compareOpFast(a, b, __pyvmRegWords[(wb + pc + 3) | 0] as CompareOp);
            }
            pc = (r === true ? true : r === false ? false : isTrue(r)) ? __pyvmRegWords[(wb + pc + 4) | 0] : pc + 5;
            break;
          }
          case RegOp.ATTR_JUMP: {
            // LOAD_ATTR + a conditional jump on the attribute (the attrjump pass). The lookup
            // raises with pc on the first operand word: the LOAD_ATTR's position in tracebacks.
            const at = pc;
            const c = inl[at] as AttrCache;
            pc = at + 1;
            // LOAD_ATTR's hit test (see there); a miss calls loadAttrCached.
            const o = regs[__pyvmRegWords[(wb + at + 1) | 0]] as PyObject;
            let v: PyObject;
            let d: PyDict | undefined;
            if (o instanceof PyInstance && o.ob_type.version === c.v0 && (d = o.__dict__) !== undefined && d.sk === c.k0) v = d.sv[c.i0];
            else {
              f.lastPc = pc;
              v = loadAttrCached(c, o, names[__pyvmRegWords[(wb + at + 2) | 0]]);
            }
            pc = at;
            const sense = __pyvmRegWords[(wb + at + 3) | 0];
            let take: boolean;
            if (sense === 0) {
              if (v === false) take = true;
              else if (v === true) take = false;
              else {
                f.lastPc = at;
                take = !isTrue(v);
              }
            } else if (sense === 1) {
              if (v === true) take = true;
              else if (v === false) take = false;
              else {
                f.lastPc = at;
                take = isTrue(v);
              }
            }
            else take = (v === None) === (sense === 2);
            pc = take ? __pyvmRegWords[(wb + at + 4) | 0] : at + 5;
            break;
          }
          case RegOp.IS_JUMP:
            pc = (regs[__pyvmRegWords[(wb + pc + 1) | 0]] === regs[__pyvmRegWords[(wb + pc + 2) | 0]]) !== (__pyvmRegWords[(wb + pc + 3) | 0] !== 0) ? __pyvmRegWords[(wb + pc + 4) | 0] : pc + 5;
            break;
          case RegOp.CONTAINS_JUMP:
            f.lastPc = pc;
            pc = contains(regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject, regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyObject) !== (__pyvmRegWords[(wb + pc + 3) | 0] !== 0) ? __pyvmRegWords[(wb + pc + 4) | 0] : pc + 5;
            break;
          case RegOp.GET_ITER:
            f.lastPc = pc;
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = getIter(regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject);
            pc += 3;
            break;
          case RegOp.FOR_ITER:
          case RegOp.FOR_ITER_BACK: {
            // A frame that runs a long loop (nbody's) has its register file in V8's old
            // generation, where each store of a young object (a float) takes the write
            // barrier's slow path; a copy every FRESH_REGS_ITERS iterations is young (see
            // RegVM.frameFor for pooled frames).
            if (--freshTick === 0) {
              freshTick = FRESH_REGS_ITERS;
              regs = f.regs = regs.slice();
            }
            // FOR_ITER_BACK (the loopinv pass) is FOR_ITER at the loop's bottom with the exits
            // swapped: an item jumps back to the body, exhaustion falls through.
            const obj = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            let v: PyObject | undefined;
            // The iterator's type by its ob_type (an iterator is an object), not instanceof: a
            // failing instanceof walks the whole prototype chain, once per item for a list
            // iterator and twice for a generator before its own test. The same tests as the
            // stack VM's FOR_ITER (A, 0490764); a tuple iterator is a PyListIter whose ob_type
            // is tuple_iterator; a str iterator goes to its own next (no slot dispatch). Anything else
            // (subclass instances included) takes iterNext.
            const itType = (obj as PyBase).ob_type;
            if (itType === rangeIteratorType) {
              const it = obj as PyRangeIter;
              if (it.remaining > 0) {
                it.remaining--;
                v = it.next;
                it.next += it.step;
              }
            } else if (itType === listIteratorType || itType === tupleIteratorType) {
              const it = obj as PyListIter;
              const seq = it.seq;
              if (seq !== null) {
                if (it.index < seq.items.length) v = seq.items[it.index++];
                else it.seq = null;
              }
            } else if (itType === generatorType && !(obj as PyGenerator).running && !(obj as PyGenerator).finished && (obj as PyGenerator).frame instanceof RegFrame) {
              const it = obj as PyGenerator;
              // Run the generator's frame in this loop (as the stack VM does, CPython 3.12's
              // FOR_ITER_GEN): its YIELD_VALUE writes this instruction's target and continues
              // after it, its RETURN_VALUE takes the exhausted exit.
              const gf = enterGenerator(vm, interp, it, it.frame as RegFrame, None);
              f.pc = pc;
              f.lastPc = pc;
              gf.back = f;
              f = gf;
              // (vm.cur stays the resumer: RegVM.current finds this frame from it, cheaper than a store of a young frame per item)
              wb = f.wbase | 0;
              regs = f.regs;
              inl = f.inl;
              names = f.names;
              pc = f.pc | 0;
              break;
            } else if (itType === strIteratorType) v = strIterNext(obj as PyStrIter);
            else v = iterNext(obj);
            if (v === undefined) pc = op === RegOp.FOR_ITER ? __pyvmRegWords[(wb + pc + 3) | 0] : pc + 4;
            else {
              regs[__pyvmRegWords[(wb + pc + 1) | 0]] = v;
              pc = op === RegOp.FOR_ITER ? pc + 4 : __pyvmRegWords[(wb + pc + 3) | 0];
            }
            break;
          }
          case RegOp.RETURN_VALUE: {
            const v = regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyObject;
            if (f === entry) {
              f.pc = pc;
              vm.leave(f);
              if (f.gen !== null) {
                f.gen.finished = true;
                f.gen.returnValue = v;
              } else vm.recycle(f, f.rc.returnClear);
              return v;
            }
            if (f.gen !== null) {
              // A generator resumed in this loop by FOR_ITER or SEND returned (what genResume
              // reports as exhaustion): the resumer's loop ends, SEND takes the value.
              const gen = f.gen;
              gen.finished = true;
              gen.returnValue = v;
              leaveGenerator(vm, gen, f);
              interp.depth--;
              const back = f.back as RegFrame;
              f.back = null;
              f = back;
              if (vm.cur !== f) vm.cur = f; // (see FOR_ITER: the resumer may still be vm.cur)
              wb = f.wbase | 0;
              regs = f.regs;
              inl = f.inl;
              names = f.names;
              pc = f.lastPc | 0;
              if (__pyvmRegWords[(wb + pc) | 0] === RegOp.FOR_ITER) pc = __pyvmRegWords[(wb + pc + 3) | 0];
              else if (__pyvmRegWords[(wb + pc) | 0] === RegOp.FOR_ITER_BACK) pc += 4;
              else {
                regs[__pyvmRegWords[(wb + pc + 2) | 0]] = v;
                f.delegatePc = -1;
                if (f.gen !== null) f.gen.yieldFrom = null;
                pc = __pyvmRegWords[(wb + pc + 4) | 0];
              }
              break;
            }
            const dest = f.retDest;
            interp.depth--;
            const done = f;
            const inst = done.initSelf;
            f = f.back as RegFrame;
            vm.cur = f;
            // vm.recycle(done) written out: the loop's inlining budget left it a real call (and
            // its pool an Array.prototype.push builtin call), per return. A frame returning here
            // has no generator; its sendDest and delegatePc are a generator frame's (never set).
            // The pool's invariant (every register below constStart of a pooled frame is
            // undefined) needs only [0, returnClear) cleared here: the translator proved the
            // rest undefined at every return (translator/retclear.ts).
            const drc = done.rc;
            if (done.locals === null && drc.freeCount < 32) {
              const dregs = done.regs;
              for (let i = drc.returnClear - 1; i >= 0; i--) dregs[i] = undefined;
              done.back = null;
              done.retDest = -1;
              done.initSelf = null;
              done.nextFree = drc.freeFrame as RegFrame | null;
              drc.freeFrame = done;
              drc.freeCount++;
            }
            wb = f.wbase | 0;
            regs = f.regs;
            inl = f.inl;
            names = f.names;
            pc = f.pc | 0;
            if (inst !== null) {
              if (inst === NotImplemented) {
                // The end of a binary dunder run by BINARY_OP_DUNDER / ATTR_BINARY_OP_DUNDER.
                const da = done.dunderLeft as PyObject;
                const db = done.dunderRight as PyObject;
                done.dunderLeft = null;
                done.dunderRight = null;
                if (v === NotImplemented) {
                  pc = f.lastPc | 0;
                  pending = binaryDunderError(__pyvmRegWords[wb + (pc + (__pyvmRegWords[(wb + pc) | 0] === RegOp.BINARY_OP_DUNDER ? 4 : 6))], da, db);
                  break dispatch;
                }
                regs[dest] = v;
                break;
              }
              // The end of an inlined `C(...)`: typeCall's check, raised at the caller's CALL.
              if (v !== None) {
                pc = f.lastPc | 0;
                pending = initResultError(v);
                break dispatch;
              }
              regs[dest] = inst;
            } else regs[dest] = v;
            break;
          }
          // ---- calls
          case RegOp.CALL:
          case RegOp.CALL_METHOD:
          case RegOp.CALL_ATTR:
          case RegOp.CALL_ATTR_BINARY_OP:
          case RegOp.CALL_GLOBAL: {
            // Operands: CALL dst, fn, kw, n, args...; CALL_METHOD dst, fn, self, kw, n, args...
            // (fn NULL: `self` is the callable, as after LOAD_METHOD of a non-method);
            // CALL_ATTR dst, obj, name, kw, n, args... (LOAD_METHOD's lookup, then CALL_METHOD);
            // CALL_GLOBAL dst, name, kw, n, args... (LOAD_GLOBAL's lookup, then CALL);
            // CALL_ATTR_BINARY_OP dst, obj, name, t, x, y, op, kw, n, args... (CALL_ATTR's lookup,
            // then t := x <op> y, then the call, whose argument is t).
            const dst = __pyvmRegWords[(wb + pc + 1) | 0];
            let fnv: Reg;
            let lead: Reg = undefined;
            let p = pc + 3;
            if (op === RegOp.CALL) fnv = regs[__pyvmRegWords[(wb + pc + 2) | 0]];
            else if (op === RegOp.CALL_METHOD) {
              fnv = regs[__pyvmRegWords[(wb + pc + 2) | 0]];
              lead = regs[__pyvmRegWords[(wb + p) | 0]];
              p++;
              if (fnv === null) {
                fnv = lead;
                lead = undefined;
              }
            } else {
              // The lookup raises with pc on the first operand word, which the translator maps
              // to the LOAD_METHOD's / LOAD_GLOBAL's offset (its line and caret range).
              const at = pc;
              pc = at + 1;
              if (op !== RegOp.CALL_GLOBAL) {
                const obj = regs[__pyvmRegWords[(wb + at + 2) | 0]] as PyObject;
                const c = inl[at] as AttrCache;
                // LOAD_METHOD's hit test (see there); a miss calls loadMethodCached.
                let d: PyDict | undefined;
                if (typeof obj === 'object' ? obj.ob_type.version === c.v0 && ((d = obj.__dict__) === undefined || d.sk === c.k0) : typeof obj === 'string' && strType.version === c.v0) {
                  fnv = c.f0 as PyObject;
                  lead = obj;
                } else {
                  fnv = loadMethodCached(c, obj, names[__pyvmRegWords[(wb + at + 3) | 0]]);
                  if (methodFound.self) lead = obj;
                }
                p = at + 4;
                if (op === RegOp.CALL_ATTR_BINARY_OP) {
                  // The operation after the lookup, raising at operand word 4 (the BINARY_OP's
                  // position); int + and - inline, the rest through binaryOpOutOfLine (as
                  // GLOBAL_BINARY_OP).
                  const x = regs[__pyvmRegWords[(wb + at + 5) | 0]] as PyObject;
                  const y = regs[__pyvmRegWords[(wb + at + 6) | 0]] as PyObject;
                  const oparg = __pyvmRegWords[(wb + at + 7) | 0];
                  let r: PyObject | undefined;
                  if (typeof x === 'number' && typeof y === 'number') {
                    const v = oparg === 0 || oparg === 13 ? x + y : oparg === 10 || oparg === 23 ? x - y : NaN;
                    if (v <= MAX_SAFE && v >= -MAX_SAFE) r = v;
                  }
                  if (r === undefined) {
                    pc = at + 4;
                    f.lastPc = pc;
                    r = binaryOpOutOfLine(oparg, x, y);
                  }
                  regs[__pyvmRegWords[(wb + at + 4) | 0]] = r;
                  p = at + 8;
                }
              } else {
                const c = inl[at] as H.GlobalCache;
                const gt = f.globals.tbl;
                let bt: HashTable | null;
                if (gt !== null && c.globalsVersion === gt.keysVersion && (c.builtinsVersion < 0 || ((bt = f.builtins.tbl) !== null && c.builtinsVersion === bt.keysVersion))) {
                  fnv = (c.entry as DictEntry).value;
                } else {
                  vm.cold(f, RegOp.LOAD_GLOBAL, at);
                  fnv = vm.coldGlobal;
                }
              }
              pc = at;
            }
            const kw = __pyvmRegWords[(wb + p) | 0];
            const n = __pyvmRegWords[(wb + p + 1) | 0];
            const argStart = p + 2;
            const next = argStart + n;
            // A Python function to run as a frame of this loop: a plain function, a bound
            // method's function (its self first), or a class's __init__ (the new instance
            // first; runtime/class.ts inlinableInit, as the stack VM does).
            let func: PyFunction | null = null;
            let inst: PyObject | null = null;
            let builtin: PyBuiltinFunction | null = null;
            let desc: PyMethodDescriptor | null = null;
            if (fnv instanceof PyFunction) func = fnv;
            // With a method's self (lead) the callable is a class's function or a method
            // descriptor of a built-in type (l.append, s.join): the descriptor is found with one
            // more test (each failing instanceof walks the callable's prototype chain), the
            // built-in function, bound method and class tests are skipped (rare cases, such as
            // a built-in function with self, take callObject below).
            else if (lead !== undefined) {
              if (fnv instanceof PyMethodDescriptor) desc = fnv;
            }
            // A class whose metaclass is type (`Vector(x, y, z)`), by one ob_type compare before
            // the built-in function, bound method and class tests (three instanceofs, two of
            // them misses that walk the class's prototype chain). Other metaclasses: below.
            else if (typeof fnv === 'object' && fnv !== null && fnv.ob_type === typeType) {
              if ((fnv as PyType).callEntry !== null) builtin = (fnv as PyType).callEntry;
              else if ((func = inlinableInit(fnv as PyType, true)) !== null) {
                inst = (fnv as PyType).inlInitArgs ? allocExceptionInstance(fnv as PyType, regs, f.words, argStart, n, kw, f) : allocInstance(fnv as PyType);
                lead = inst;
              }
            }
            // A built-in function (math.floor, len, ...) is found with one more test, before the
            // PyMethod / PyType tests whose misses walk its prototype chain, and called through
            // runtime/call.ts callBuiltin (as callObject and the stack VM's CALL call it).
            else if (fnv instanceof PyBuiltinFunction) builtin = fnv;
            else {
              if (fnv instanceof PyMethod) {
                const mf = fnv.func;
                if (mf instanceof PyFunction) {
                  func = mf;
                  lead = fnv.self;
                }
              } else if (fnv instanceof PyType) {
                // A built-in type (float(x), str(i)) is called as its call entry, a built-in
                // function (runtime/lib_type_calls.ts): the block below or callBuiltin.
                if (fnv.callEntry !== null) builtin = fnv.callEntry;
                else if ((func = inlinableInit(fnv, true)) !== null) {
                  // An exception class's instance gets the call's positional arguments as its args.
                  inst = fnv.inlInitArgs ? allocExceptionInstance(fnv, regs, f.words, argStart, n, kw, f) : allocInstance(fnv);
                  lead = inst;
                }
              }
            }
            // @count if (counts !== null) counts.calls++;
            if (func !== null) {
              const code = func.code;
              // The function's register code, cached on it for this pass set (a function's code
              // is never reassigned: pyvm has no __code__ setter, as the stack VM's stackDecoded
              // assumes), so one comparison with a local validates it.
              let rc = func.regDecoded as RegCode | undefined;
              if (rc === undefined || rc.passId !== cacheId) func.regDecoded = rc = vm.regCode(code);
              const nf = vm.frameFor(rc, func);
              const nregs = nf.regs;
              const nlead = lead !== undefined ? 1 : 0;
              if (kw < 0 && n + nlead === rc.simpleArgc) {
                // Exact positional arity: the arguments go straight into the new registers.
                if (nlead !== 0) nregs[0] = lead;
                for (let i = 0; i < n; i++) nregs[nlead + i] = regs[__pyvmRegWords[(wb + argStart + i) | 0]];
              } else if (kw >= 0 || !bindDefaultsFast(func, rc.simpleArgc, nregs, regs, f.words, argStart, n, lead)) {
                const args = argVector(n + nlead);
                if (nlead !== 0) args[0] = lead as PyObject;
                for (let i = 0; i < n; i++) args[nlead + i] = regs[__pyvmRegWords[(wb + argStart + i) | 0]] as PyObject;
                const kwnames = kw >= 0 ? ((f.rc.code.co_consts[kw] as PyTuple).items as string[]) : null;
                f.lastPc = pc;
                // On a binding error the half-filled frame is dropped (not returned to the pool).
                bindArguments(func, args, args.length - (kwnames !== null ? kwnames.length : 0), kwnames, null, nregs as (PyObject | undefined)[]);
              }
              const dead = inl[pc + 1] as DeadTemps | undefined;
              if (dead !== undefined) for (let i = 0; i < dead.length; i++) regs[dead[i]] = undefined;
              if (++interp.depth > interp.recursionLimit) {
                interp.depth--;
                raiseRecursionError();
              }
              // @count if (counts !== null) counts.framesPushed++;
              f.pc = next;
              f.lastPc = pc;
              nf.back = f;
              nf.retDest = dst;
              nf.initSelf = inst;
              f = nf;
              vm.cur = f;
              wb = nf.wbase | 0;
              regs = nregs;
              inl = nf.inl;
              names = nf.names;
              pc = 0;
              break;
            }
            if (
              kw < 0 &&
              n <= 2 &&
              (desc !== null ? (typeof lead === 'object' ? (lead as PyBase).ob_type : typeOf(lead as PyObject)) === desc.objclass : builtin !== null && n > 0)
            ) {
              // A built-in method found by LOAD_METHOD on exactly its own type with 0-2
              // positional arguments (l.append(x), d.get(k), l.pop()), or a built-in function
              // with 1-2 (len(x), isinstance(x, t)): runtime/function.ts's fixed-arity entries,
              // without an argument array, the method's own (exact0-2: the type test above is
              // theirs) as the stack VM's CALL calls them; a subclass's self takes callOn below,
              // which checks it. The receiver's type loaded here, not by typeOf (one megamorphic
              // load site for the whole runtime). One block for both: a second block in this
              // case moved the loop's compile (spectral_norm +10%).
              const a = n > 0 ? (regs[__pyvmRegWords[(wb + argStart) | 0]] as PyObject) : None;
              const b = n > 1 ? (regs[__pyvmRegWords[(wb + argStart + 1) | 0]] as PyObject) : None;
              const deadM = inl[pc + 1] as DeadTemps | undefined;
              if (deadM !== undefined) for (let i = 0; i < deadM.length; i++) regs[deadM[i]] = undefined;
              f.lastPc = pc;
              if (desc !== null) regs[dst] = n === 1 ? desc.exact1(lead as PyObject, a) : n === 0 ? desc.exact0(lead as PyObject) : desc.exact2(lead as PyObject, a, b);
              else regs[dst] = n === 1 ? (builtin as PyBuiltinFunction).fast1(a) : (builtin as PyBuiltinFunction).fast2(a, b);
              pc = next;
              break;
            }
            // Anything else goes through the runtime's call protocol; a built-in method found by
            // LOAD_METHOD on type(self)'s MRO is called on self (its self check, as the fixed-arity
            // entries above make theirs; no argument copy with self: its tp_call's work).
            const nlead = lead !== undefined && desc === null ? 1 : 0;
            const kwnames = kw >= 0 ? ((f.rc.code.co_consts[kw] as PyTuple).items as string[]) : null;
            const nkw = kwnames !== null ? kwnames.length : 0;
            const npos = n - nkw;
            const pos = argVector(npos + nlead);
            if (nlead !== 0) pos[0] = lead as PyObject;
            for (let i = 0; i < npos; i++) pos[nlead + i] = regs[__pyvmRegWords[(wb + argStart + i) | 0]] as PyObject;
            let kwmap: KwArgs = null;
            if (kwnames !== null) {
              kwmap = new Map();
              for (let i = 0; i < nkw; i++) kwmap.set(kwnames[i], regs[__pyvmRegWords[(wb + argStart + npos + i) | 0]] as PyObject);
            }
            const deadT = inl[pc + 1] as DeadTemps | undefined;
            if (deadT !== undefined) for (let i = 0; i < deadT.length; i++) regs[deadT[i]] = undefined;
            f.lastPc = pc;
            regs[dst] =
              builtin !== null
                ? callBuiltin(builtin, pos, kwmap)
                : desc !== null
                  ? desc.callOn(lead as PyObject, pos, kwmap)
                  : callObject(fnv as PyObject, pos, kwmap);
            pc = next;
            break;
          }
          case RegOp.RAISE_VARARGS: {
            const n = __pyvmRegWords[(wb + pc + 1) | 0];
            if (n === 0) {
              reraising = H.reraiseCurrent(vm.handled);
              pending = reraising;
              break dispatch;
            }
            pending = H.makeRaise(regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject, n === 2 ? (regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject) : undefined);
            break dispatch;
          }
          case RegOp.RERAISE: {
            const exc = regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyException;
            const lr = __pyvmRegWords[(wb + pc + 2) | 0];
            if (lr >= 0) f.lastPc = regs[lr] as number;
            reraising = exc;
            pending = exc;
            break dispatch;
          }
          case RegOp.PUSH_EXC_INFO: {
            const v = regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject;
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = vm.handled;
            vm.handled = v;
            regs[__pyvmRegWords[(wb + pc + 2) | 0]] = v;
            pc += 4;
            break;
          }
          case RegOp.POP_EXCEPT:
            vm.handled = regs[__pyvmRegWords[(wb + pc + 1) | 0]] as PyObject;
            pc += 2;
            break;
          case RegOp.CHECK_EXC_MATCH:
            // Every `except C:` clause runs it (the stack VM's loop has it too).
            regs[__pyvmRegWords[(wb + pc + 1) | 0]] = H.exceptionMatches(regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject, regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject);
            pc += 4;
            break;
          case RegOp.RETURN_GENERATOR: {
            const code = f.rc.code;
            const fn = f.func;
            const gen = new PyGenerator(f, code, fn !== null ? fn.name : code.co_name, fn !== null ? fn.qualname : code.co_qualname);
            if (code.co_flags & CO_NOT_PLAIN_GENERATOR) gen.ob_type = generatorTypeFor(code.co_flags);
            f.gen = gen;
            f.sendDest = __pyvmRegWords[(wb + pc + 1) | 0];
            f.pc = pc + 2;
            f.lastPc = pc;
            // Detach the frame: it runs again only when the generator is resumed.
            if (f === entry) {
              vm.leave(f);
              return gen;
            }
            const dest = f.retDest;
            const caller = f.back as RegFrame;
            f.back = null;
            f.retDest = -1;
            interp.depth--;
            f = caller;
            vm.cur = f;
            wb = f.wbase | 0;
            regs = f.regs;
            inl = f.inl;
            names = f.names;
            pc = f.pc | 0;
            regs[dest] = gen;
            break;
          }
          case RegOp.YIELD_VALUE: {
            const v = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            // Only a generator's own frame yields: an entry frame (genResume) returns the value,
            // a frame resumed by this loop's FOR_ITER or SEND hands it to the resumer.
            f.sendDest = __pyvmRegWords[(wb + pc + 1) | 0];
            f.pc = pc + 3;
            f.lastPc = pc;
            if (f === entry) {
              vm.leave(f);
              return v;
            }
            leaveGenerator(vm, f.gen as PyGenerator, f);
            interp.depth--;
            const back = f.back as RegFrame;
            f.back = null;
            f = back;
            if (vm.cur !== f) vm.cur = f; // (see FOR_ITER: the resumer may still be vm.cur)
            wb = f.wbase | 0;
            regs = f.regs;
            inl = f.inl;
            names = f.names;
            pc = f.lastPc | 0;
            if (__pyvmRegWords[(wb + pc) | 0] === RegOp.FOR_ITER) {
              regs[__pyvmRegWords[(wb + pc + 1) | 0]] = v;
              pc += 4;
            } else if (__pyvmRegWords[(wb + pc) | 0] === RegOp.FOR_ITER_BACK) {
              regs[__pyvmRegWords[(wb + pc + 1) | 0]] = v;
              pc = __pyvmRegWords[(wb + pc + 3) | 0];
            } else {
              // SEND: the delegating frame yields the value on (its own YIELD_VALUE follows).
              if (f.gen !== null) f.gen.yieldFrom = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
              f.delegatePc = pc;
              regs[__pyvmRegWords[(wb + pc + 1) | 0]] = v;
              pc += 5;
            }
            break;
          }
          case RegOp.SEND: {
            const recv = regs[__pyvmRegWords[(wb + pc + 2) | 0]] as PyObject;
            const sv = regs[__pyvmRegWords[(wb + pc + 3) | 0]] as PyObject;
            if (recv instanceof PyGenerator && !recv.running && !recv.finished && (sv === None || !recv.justStarted) && recv.frame instanceof RegFrame) {
              // As FOR_ITER: the delegate's frame runs in this loop.
              const gf = enterGenerator(vm, interp, recv, recv.frame, sv);
              f.pc = pc;
              f.lastPc = pc;
              gf.back = f;
              f = gf;
              // (vm.cur stays the resumer, as FOR_ITER)
              wb = f.wbase | 0;
              regs = f.regs;
              inl = f.inl;
              names = f.names;
              pc = f.pc | 0;
              break;
            }
            pc = vm.cold(f, op, pc) | 0;
            break;
          }
          case RegOp.COPY_FREE_VARS: {
            // Every closure call starts with it: kept in the main loop.
            const n = __pyvmRegWords[(wb + pc + 1) | 0];
            const closure = f.func !== null ? f.func.closure : null;
            const nl = f.rc.nlocalsplus;
            for (let i = 0; i < n; i++) regs[nl - n + i] = closure !== null ? closure[i] : undefined;
            pc += 2;
            break;
          }
          case RegOp.MAKE_CELL: {
            const a = __pyvmRegWords[(wb + pc + 1) | 0];
            const v = regs[a];
            regs[a] = new PyCell(v === null ? undefined : v);
            pc += 2;
            break;
          }
          case RegOp.BINARY_OP_DUNDER:
          case RegOp.ATTR_BINARY_OP_DUNDER: {
            // Binary dunders as frames of this loop, by quickening (RegCode.exec): a site's first
            // run (its _ADAPTIVE form, in vm.cold, so that this loop gets no feedback from it in
            // programs without dunders) rewrites its opcode word into this form when the operands
            // are two instances of one class with a plain Python dunder (support.ts
            // binaryDunderFor), into the plain BINARY_OP / ATTR_BINARY_OP otherwise: those cases
            // (the float paths) carry no test for it. Here the dunder runs as CALL runs a
            // function, with initSelf = NotImplemented telling RETURN_VALUE to raise the
            // TypeError for a NotImplemented result; other operands take the generic path. The
            // ATTR_ form looks its attributes up through loadAttrCached (at LOAD_ATTR's positions
            // pc + 1, pc + 2, as ATTR_BINARY_OP's misses); the operation is at pc.
            const at = pc;
            let a: PyObject;
            let b: PyObject;
            let oparg: number;
            let next: number;
            let cw: number;
            if (op === RegOp.BINARY_OP_DUNDER) {
              a = regs[__pyvmRegWords[(wb + at + 2) | 0]] as PyObject;
              b = regs[__pyvmRegWords[(wb + at + 3) | 0]] as PyObject;
              oparg = __pyvmRegWords[(wb + at + 4) | 0];
              next = at + 5;
              cw = at;
            } else {
              pc = at + 1;
              f.lastPc = pc;
              a = loadAttrCached(inl[at] as AttrCache, regs[__pyvmRegWords[(wb + at + 2) | 0]] as PyObject, names[__pyvmRegWords[(wb + at + 3) | 0]]);
              pc = at + 2;
              f.lastPc = pc;
              b = loadAttrCached(inl[at + 1] as AttrCache, regs[__pyvmRegWords[(wb + at + 4) | 0]] as PyObject, names[__pyvmRegWords[(wb + at + 5) | 0]]);
              pc = at;
              oparg = __pyvmRegWords[(wb + at + 6) | 0];
              next = at + 7;
              cw = at + 2;
            }
            const dfn = binaryDunderFor(inl, cw, oparg, a, b);
            if (dfn === null) {
              f.lastPc = at;
              regs[__pyvmRegWords[(wb + at + 1) | 0]] = binaryOpOutOfLine(oparg, a, b);
              pc = next;
              break;
            }
            let drc = dfn.regDecoded as RegCode | undefined;
            if (drc === undefined || drc.passId !== cacheId) dfn.regDecoded = drc = vm.regCode(dfn.code);
            const nf = vm.frameFor(drc, dfn);
            const nregs = nf.regs;
            nregs[0] = a;
            nregs[1] = b;
            if (++interp.depth > interp.recursionLimit) {
              interp.depth--;
              raiseRecursionError();
            }
            // @count if (counts !== null) counts.framesPushed++;
            f.pc = next;
            f.lastPc = at;
            nf.back = f;
            nf.retDest = __pyvmRegWords[(wb + at + 1) | 0];
            nf.initSelf = NotImplemented;
            nf.dunderLeft = a;
            nf.dunderRight = b;
            f = nf;
            vm.cur = f;
            wb = nf.wbase | 0;
            regs = nregs;
            inl = nf.inl;
            names = nf.names;
            pc = 0;
            break;
          }
          default:
            pc = vm.cold(f, op, pc) | 0;
            break;
        }
      }
    } catch (e) {
      pending = fromJsError(e);
    }
    {
      // Unwind: find a handler in this frame or pop frames until one has one.
      let exc = pending as PyException;
      pending = null;
      vm.cur = f; // (an exception out of a nested activation left it at a frame of that one)
      // RERAISE and a bare `raise` re-raise without a new traceback entry (ceval.c goes
      // straight to exception_unwind for them).
      let reraise = reraising === exc;
      reraising = null;
      // __context__ is set where the exception is raised (as _PyErr_SetObject), once: not in
      // the frames it propagates through, nor when it arrives from a loop it escaped (a Python
      // function called by runtime code). The handler it passes may have set it to None.
      if (exc === vm.escaped) vm.escaped = null;
      else if (!reraise) H.chainContext(exc, vm.handled);
      for (;;) {
        if (!reraise) exc.traceback = new PyTraceback(exc.traceback, f.rc.code, f.rc.offsetAtWord[pc] ?? 0, null);
        reraise = false;
        const h = findHandler(f.rc, pc);
        if (h >= 0) {
          const he = f.rc.handlers[h];
          const base = f.rc.nlocalsplus + he.depth;
          if (he.lasti) {
            regs[base] = pc;
            regs[base + 1] = exc;
          } else regs[base] = exc;
          pc = he.target | 0;
          break;
        }
        if (f === entry) {
          vm.leave(f);
          vm.escaped = exc;
          // The frame running when this activation began (RegVM.run linked it): runtime code
          // that catches the exception (iterNext's StopIteration, getattr's default) runs on.
          vm.cur = f.back;
          raiseOut(exc);
        }
        interp.depth--;
        const back = f.back as RegFrame;
        if (f.gen !== null) {
          // A generator resumed in this loop raised: as genResume would, in the resumer.
          f.back = null;
          const raised = leaveGeneratorRaising(vm, f.gen, f, exc);
          // A new exception in its place (PEP 479's RuntimeError) is raised here.
          if (raised !== exc) H.chainContext(raised, vm.handled);
          exc = raised;
        } else vm.recycle(f, f.rc.constStart); // as RETURN_VALUE: the traceback keeps the code and offset, not the frame
        f = back;
        vm.cur = f;
        wb = f.wbase | 0;
        regs = f.regs;
        inl = f.inl;
        names = f.names;
        pc = f.lastPc | 0;
      }
    }
  }
}

/** Leaves the loop with `exc` (a small function: V8's per-throw location lookup stays short). */
function raiseOut(exc: PyException): never {
  throw exc;
}
