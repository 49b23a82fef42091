// The stack VM's eval loop: CPython 3.11's _PyEval_EvalFrameDefault, instruction for
// instruction (Python/ceval.c). One flat switch over the pre-decoded opcode; every operand
// goes through the value stack `s` with the stack pointer `sp`.
//
// Python-to-Python calls do NOT recurse in JavaScript: CALL pushes a new Frame linked to
// the caller (`back`) and the loop continues with it; RETURN_VALUE pops back. Only frames
// entered from JS (runtime -> Python calls, generator resumes) return out of this function.
//
// Exceptions: a Python exception is a PyException, raised by an instruction as `pending`
// (see the dispatch loop) or thrown by runtime code into the catch below. `unwind` is
// CPython's `error:`/`exception_unwind:` labels: add a traceback entry for the frame (not
// for a re-raise), find the handler in the exception table, cut the stack to its depth,
// push (lasti and) the exception, and jump; no handler pops the frame and unwinds the caller.
//
// COUNTING: stackvm/eval_counting.ts is GENERATED from this file by
// scripts/gen-stackvm-counting.js: each `// @count ` comment below becomes live code there
// (and evalFrame becomes evalFrameCounting). This loop has no counting code at all.

import { O, C } from './opcodes.generated';
import { Frame, Q } from './frame';
import type { StackVM } from './vm';
import { PyObject, PyBase, PyTuple, PyFloat, None as NoneImport } from '../runtime/object';
import { PyDict as PyDictImport } from '../runtime/dict';
import { CompareOp, PyType } from '../runtime/type';
import { typeOf, generatorType as generatorTypeImport, methodType, dictType, typeType, floatType } from '../runtime/types';
import { PyException, PyTraceback, fromJsError, AssertionError, raiseTypeError, NameError, newException, KeyError, IndexError, ZeroDivisionError } from '../runtime/exceptions';
import { PyFunction, PyCell, PyMethod, PyMethodDescriptor, PyBuiltinFunction } from '../runtime/function';
import {
  binaryOpFast, compareOpFast, compareNumbers, isTrue, getIter, contains, getItem, setItem, delItem, negative,
  positive, invert, len,
} from '../runtime/ops';
import { delAttr, methodFound } from '../runtime/attr';
import { inlinableInit, allocInstance, initResultError } from '../runtime/class';
import { loadAttrCached, loadMethodCached, storeAttrCached } from '../runtime/attrcache';
import { callObject, callBuiltin, kwargsFromVector } from '../runtime/call';
import {
  PyList as PyListImport, PySet, PyListIter, PyRangeIter, PySlice, dictMerge, rangeIteratorType as rangeIteratorTypeImport,
  listIteratorType as listIteratorTypeImport, tupleIteratorType as tupleIteratorTypeImport,
} from '../runtime/containers';
import { PyGenerator as PyGeneratorImport, genResume, getAwaitable } from '../runtime/generator';
import { asyncGenWrap, getAIter, getANext, beforeAsyncWith, endsAsyncFor } from '../runtime/async_generator';
import { PyStrIter, strIteratorType, strIterNext } from '../runtime/str_methods';
import {
  loadGlobalCached, loadName, nameError, unboundLocalError, unboundFreeError, makeRaise, reraiseCurrent,
  chainContext, exceptionMatches, unpackSequence, unpackEx, formatValue, dictMergeForCall, listExtend, expandCallArgs,
  makeFunction, loadBuildClass, beforeWith, isMapping, isSequence, matchKeys, matchClass, importName, importFrom, importStar,
} from '../runtime/vmhelpers';
import { exceptionGroupMatch, prepReraiseStar } from '../runtime/exception_group';
import { findHandler } from '../frontend/exceptiontable';
import { CO_FAST_FREE, CodeObject } from '../frontend/code';
import { raiseSystemError, sendTo, withExceptStart } from './support';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Loop iterations (JUMP_BACKWARD__FOR_ITER) between copies of the running frame's slot array. */
const FRESH_SLOTS_ITERS = 1024;

// Module-level copies of the imports the loop tests against on its hot paths (L's 12:52
// finding): TS compiles `x instanceof PyFunction` to a load of `function_1.PyFunction`, a
// field of the exports object that V8 cannot treat as constant (TS writes `exports.X = void
// 0` first), so each use paid a load and a feedback check; a module-level const is a
// TurboFan constant. (Those modules are fully loaded before this one, whichever is required
// first: checked for every entry module.) Not the call path's PyFunction, methodType and
// methodFound: as consts they made stack fib 25 84 -> 92 ms (docs/performance.md, A session 8).
const None = NoneImport;
const floatTypeK = floatType;
/**
 * Every code object's decoded words (stackvm/frame.ts, set there before this module runs): a
 * global variable assigned once, which TurboFan embeds as a constant, where a module-level
 * const is a context load with a hole check. Unit u of the running frame's code is at
 * `wb + u` (wb = f.decoded.wbase, set at each frame switch).
 */
declare const __pyvmStackWords: Int32Array;
const PyDict = PyDictImport;
type PyDict = PyDictImport;
const PyList = PyListImport;
type PyList = PyListImport;
const PyGenerator = PyGeneratorImport;
type PyGenerator = PyGeneratorImport;
const generatorType = generatorTypeImport;
const rangeIteratorType = rangeIteratorTypeImport;
const listIteratorType = listIteratorTypeImport;
const tupleIteratorType = tupleIteratorTypeImport;

/**
 * Runs `entry` (and every frame it calls) until `entry` returns or yields. `throwIn`, when
 * given, is raised at the frame's current instruction first (generator.throw()).
 */
export function evalFrame(vm: StackVM, entry: Frame, throwIn: PyException | null): PyObject {
  let f = entry;
  // `current` is the running frame whenever runtime code runs: set here and at each frame
  // switch below (calls, returns, generators entered and left, an exception's unwinding);
  // vm.ts activate restores the caller's when this activation returns.
  vm.current = f;
  let s = f.s;
  let sp = f.sp;
  let pc = f.pc | 0;
  let ipc = f.lasti;
  let code: CodeObject = f.code;
  let wb = f.decoded.wbase | 0;
  let consts = code.co_consts;
  let names = code.co_names;
  let kwnames: readonly string[] | null = null;
  /** The exception being raised is a re-raise: no new traceback entry (RERAISE, bare raise). */
  let reraising = false;
  /** The exception arrived from a nested loop with its context already set (vm.escaped). */
  let chained = false;
  let pending: PyException | null = throwIn;
  /** Loop iterations left before the running frame's slot array is copied (see below). */
  let freshTick = FRESH_SLOTS_ITERS;
  // @count const counters = vm.counters!;

  for (;;) {
    try {
      // A Python exception raised by an instruction leaves this loop with `pending = exc;
      // break dispatch;` rather than a JS throw: V8 computes a message location for every
      // throw (a linear scan of the throwing function's source positions, and a
      // deoptimisation-state translation in optimised code), which in a function as large as
      // this one cost ~15 us per exception. Exceptions thrown by the runtime's helpers
      // arrive through the catch below.
      if (pending === null) dispatch: for (;;) {
        ipc = pc;
        const word = __pyvmStackWords[(wb + pc) | 0];
        const op = word & 0xff;
        const oparg = word >> 8;
        pc++;
        // @count counters.count(f, ipc, f.decoded.ops[ipc], sp);
        switch (op) {
          case O.NOP:
          case O.RESUME:
            break;
          case Q.RESUME__POP_TOP:
            // A generator resumed after a `yield` statement (other than by FOR_ITER, which
            // does this itself): the sent value is discarded.
            // @count counters.count(f, pc, O.POP_TOP, sp);
            pc++;
            s[--sp] = undefined;
            break;
          case O.EXTENDED_ARG:
            // The next instruction's argument already includes this prefix (see frame.ts).
            break;
          case O.CACHE:
            raiseSystemError('executed a CACHE entry');
            break;

          // ---------------------------------------------------------------- locals and constants
          case O.LOAD_FAST: {
            const v = s[oparg];
            if (v === undefined) {
              pending = unboundLocalError(code.co_localsplusnames[oparg]);
              break dispatch;
            }
            s[sp++] = v;
            break;
          }
          case O.STORE_FAST:
            s[oparg] = s[--sp];
            break;

          // Superinstructions (frame.ts quicken): the second instruction's oparg is __pyvmStackWords[wb + pc] >> 8;
          // pc then moves past it. ipc is set to it only when it raises (traceback position).
          case Q.LOAD_FAST__LOAD_FAST: {
            const v = s[oparg];
            if (v === undefined) {
              pending = unboundLocalError(code.co_localsplusnames[oparg]);
              break dispatch;
            }
            s[sp++] = v;
            // @count counters.count(f, pc, O.LOAD_FAST, sp);
            const a2 = __pyvmStackWords[(wb + pc++) | 0] >> 8;
            const v2 = s[a2];
            if (v2 === undefined) {
              ipc = pc - 1;
              pending = unboundLocalError(code.co_localsplusnames[a2]);
              break dispatch;
            }
            s[sp++] = v2;
            break;
          }
          case Q.LOAD_FAST__LOAD_CONST: {
            const v = s[oparg];
            if (v === undefined) {
              pending = unboundLocalError(code.co_localsplusnames[oparg]);
              break dispatch;
            }
            s[sp++] = v;
            // @count counters.count(f, pc, O.LOAD_CONST, sp);
            s[sp++] = consts[__pyvmStackWords[(wb + pc++) | 0] >> 8];
            break;
          }
          case Q.LOAD_CONST__LOAD_FAST: {
            s[sp++] = consts[oparg];
            // @count counters.count(f, pc, O.LOAD_FAST, sp);
            const a2 = __pyvmStackWords[(wb + pc++) | 0] >> 8;
            const v2 = s[a2];
            if (v2 === undefined) {
              ipc = pc - 1;
              pending = unboundLocalError(code.co_localsplusnames[a2]);
              break dispatch;
            }
            s[sp++] = v2;
            break;
          }
          case Q.STORE_FAST__LOAD_FAST: {
            s[oparg] = s[--sp];
            // @count counters.count(f, pc, O.LOAD_FAST, sp);
            const a2 = __pyvmStackWords[(wb + pc++) | 0] >> 8;
            const v2 = s[a2];
            if (v2 === undefined) {
              ipc = pc - 1;
              pending = unboundLocalError(code.co_localsplusnames[a2]);
              break dispatch;
            }
            s[sp++] = v2;
            break;
          }
          case Q.STORE_FAST__STORE_FAST:
            s[oparg] = s[--sp];
            // @count counters.count(f, pc, O.STORE_FAST, sp);
            s[__pyvmStackWords[(wb + pc++) | 0] >> 8] = s[--sp];
            break;
          case O.DELETE_FAST:
            if (s[oparg] === undefined) {
              pending = unboundLocalError(code.co_localsplusnames[oparg]);
              break dispatch;
            }
            s[oparg] = undefined;
            break;
          case O.LOAD_CONST:
            s[sp++] = consts[oparg];
            break;
          case Q.POP_TOP__AFTER_CALL:
          case O.POP_TOP:
            sp--;
            s[sp] = undefined;
            break;
          case O.PUSH_NULL:
            s[sp++] = undefined;
            break;
          case O.COPY:
            s[sp] = s[sp - oparg];
            sp++;
            break;
          case O.SWAP: {
            const t = s[sp - 1];
            s[sp - 1] = s[sp - oparg];
            s[sp - oparg] = t;
            break;
          }

          // ---------------------------------------------------------------- cells
          case O.MAKE_CELL:
            s[oparg] = new PyCell(s[oparg]);
            break;
          case O.LOAD_CLOSURE:
            s[sp++] = s[oparg];
            break;
          case O.LOAD_DEREF: {
            const v = (s[oparg] as PyCell).contents;
            if (v === undefined) {
              pending = derefError(code, oparg);
              break dispatch;
            }
            s[sp++] = v;
            break;
          }
          case O.STORE_DEREF:
            (s[oparg] as PyCell).contents = s[--sp];
            break;
          case O.DELETE_DEREF: {
            const c = s[oparg] as PyCell;
            if (c.contents === undefined) {
              pending = derefError(code, oparg);
              break dispatch;
            }
            c.contents = undefined;
            break;
          }
          case O.LOAD_CLASSDEREF: {
            const name = code.co_localsplusnames[oparg];
            let v: PyObject | undefined = f.locals instanceof PyDict ? f.locals.getStr(name) : undefined;
            if (v === undefined) {
              v = (s[oparg] as PyCell).contents;
              if (v === undefined) {
                pending = derefError(code, oparg);
                break dispatch;
              }
            }
            s[sp++] = v;
            break;
          }
          case O.COPY_FREE_VARS: {
            const closure = f.func!.closure!;
            const offset = code.co_localsplusnames.length - oparg;
            for (let i = 0; i < oparg; i++) s[offset + i] = closure[i];
            break;
          }

          // ---------------------------------------------------------------- globals and names
          case O.LOAD_GLOBAL: {
            const c = f.decoded.globalCaches[ipc];
            const v = loadGlobalCached(c, f.globals, f.builtins, names[oparg >> 1], code);
            if (oparg & 1) s[sp++] = undefined;
            s[sp++] = v;
            pc += C.LOAD_GLOBAL;
            break;
          }
          case O.STORE_GLOBAL:
            f.globals.setStr(names[oparg], s[--sp]!);
            break;
          case O.DELETE_GLOBAL:
            if (f.globals.delete(names[oparg]) === undefined) {
              pending = nameError(names[oparg], null, f.globals, f.builtins, null);
              break dispatch;
            }
            break;
          case O.LOAD_NAME:
            s[sp++] = loadName(f.locals!, f.globals, f.builtins, names[oparg]);
            break;
          case O.STORE_NAME: {
            const v = s[--sp]!;
            const loc = f.locals!;
            if (loc instanceof PyDict && loc.ob_type === dictType) loc.setStr(names[oparg], v); // exact dict, as CPython
            else setItem(loc, names[oparg], v);
            break;
          }
          case O.DELETE_NAME: {
            const loc = f.locals!;
            const name = names[oparg];
            if (loc instanceof PyDict) {
              if (loc.delete(name) === undefined) {
                pending = nameError(name, loc, f.globals, f.builtins, null);
                break dispatch;
              }
            } else delItem(loc, name);
            break;
          }
          case O.SETUP_ANNOTATIONS: {
            const loc = f.locals!;
            if (loc instanceof PyDict) {
              if (loc.getStr('__annotations__') === undefined) loc.setStr('__annotations__', new PyDict());
            } else setItem(loc, '__annotations__', new PyDict());
            break;
          }
          case O.LOAD_BUILD_CLASS: {
            s[sp++] = loadBuildClass(f.builtins);
            break;
          }
          case O.LOAD_ASSERTION_ERROR:
            s[sp++] = AssertionError;
            break;

          // ---------------------------------------------------------------- attributes
          case Q.LOAD_FAST__COPY__LOAD_ATTR:
          case Q.LOAD_FAST__LOAD_ATTR:
          case O.LOAD_ATTR: {
            let obj: PyObject | undefined;
            let a = oparg;
            if (op === O.LOAD_ATTR) obj = s[sp - 1];
            else {
              // The LOAD_FAST before it (frame.ts quicken), then this LOAD_ATTR at pc; or
              // `obj.x op= v`'s LOAD_FAST, COPY 1, LOAD_ATTR (the object pushed twice).
              obj = s[oparg];
              if (obj === undefined) {
                pending = unboundLocalError(code.co_localsplusnames[oparg]);
                break dispatch;
              }
              s[sp++] = obj;
              if (op === Q.LOAD_FAST__COPY__LOAD_ATTR) {
                // @count counters.count(f, pc, O.COPY, sp);
                pc++;
                s[sp++] = obj;
              }
              // @count counters.count(f, pc, O.LOAD_ATTR, sp);
              ipc = pc;
              a = __pyvmStackWords[(wb + pc++) | 0] >> 8;
            }
            const c = f.decoded.attrCaches[ipc];
            // A property's getter (or __getattr__) may read this frame's line (sys._getframe(1),
            // warnings' stacklevel): its offset is stored as a call's is (the register VM's
            // LOAD_ATTR does the same, c7973ca).
            f.lasti = ipc;
            s[sp - 1] = loadAttrCached(c, obj!, names[a]);
            pc += C.LOAD_ATTR;
            break;
          }
          case Q.LOAD_FAST__STORE_ATTR:
          case Q.LOAD_FAST__LOAD_FAST__STORE_ATTR:
          case Q.LOAD_CONST__LOAD_FAST__STORE_ATTR:
          case Q.SWAP2__STORE_ATTR:
          case O.STORE_ATTR: {
            let obj: PyObject | undefined;
            let v: PyObject | undefined;
            let a = oparg;
            if (op === O.STORE_ATTR) {
              obj = s[--sp];
              v = s[--sp];
              s[sp] = undefined;
              s[sp + 1] = undefined;
            } else if (op === Q.SWAP2__STORE_ATTR) {
              // `obj.x op= v`'s write (frame.ts quicken): the SWAP 2 before the store at pc,
              // both read where they are (the object under the value), nothing swapped.
              v = s[--sp];
              obj = s[--sp];
              s[sp] = undefined;
              s[sp + 1] = undefined;
              // @count counters.count(f, pc, O.STORE_ATTR, sp + 2);
              ipc = pc;
              a = __pyvmStackWords[(wb + pc++) | 0] >> 8;
            } else {
              // The loads before it (frame.ts quicken), read in place and never pushed: the
              // value (a local or constant, or on the stack for the pair), then the object.
              let o = oparg;
              if (op === Q.LOAD_FAST__STORE_ATTR) {
                v = s[--sp];
                s[sp] = undefined;
              } else {
                if (op === Q.LOAD_CONST__LOAD_FAST__STORE_ATTR) v = consts[oparg];
                else {
                  v = s[oparg];
                  if (v === undefined) {
                    pending = unboundLocalError(code.co_localsplusnames[oparg]);
                    break dispatch;
                  }
                }
                // @count counters.count(f, pc, O.LOAD_FAST, sp + 1);
                ipc = pc;
                o = __pyvmStackWords[(wb + pc++) | 0] >> 8;
              }
              obj = s[o];
              if (obj === undefined) {
                pending = unboundLocalError(code.co_localsplusnames[o]);
                break dispatch;
              }
              // @count counters.count(f, pc, O.STORE_ATTR, sp + 2); // the pair popped the value, the triple pushed nothing
              ipc = pc;
              a = __pyvmStackWords[(wb + pc++) | 0] >> 8;
            }
            const c = f.decoded.attrCaches[ipc];
            // A property's setter or __setattr__ may read this frame's line (as LOAD_ATTR's).
            f.lasti = ipc;
            storeAttrCached(c, obj!, names[a], v!);
            pc += C.STORE_ATTR;
            break;
          }
          case O.DELETE_ATTR:
            f.lasti = ipc;
            delAttr(s[--sp]!, names[oparg]);
            break;
          // ---------------------------------------------------------------- operators
          case Q.LOAD_FAST__LOAD_ATTR__BINARY_OP:
          case Q.LOAD_FAST__LOAD_FAST__BINARY_OP:
          case Q.LOAD_FAST__LOAD_CONST__BINARY_OP:
          case Q.LOAD_FAST__BINARY_OP:
          case Q.LOAD_CONST__BINARY_OP:
          case Q.BINARY_OP__STORE_FAST:
          case Q.BINARY_OP__BINARY_OP:
          case O.BINARY_OP: {
            // + - * % // on safe integers inline (the commonest cases; they allocate nothing);
            // everything else, floats included, through the shared runtime/ops.ts binaryOpFast.
            // One call site of binaryOpFast (R measured the same shape on the register VM).
            let w: PyObject | undefined;
            // The operator and the BINARY_OP unit's own (quickened) opcode.
            let bop = oparg;
            let bq = op;
            if (op === O.BINARY_OP || op === Q.BINARY_OP__STORE_FAST || op === Q.BINARY_OP__BINARY_OP) w = s[--sp];
            else if (op === Q.LOAD_FAST__LOAD_ATTR__BINARY_OP) {
              // The right operand an attribute of a local (`other.x`), through the LOAD_ATTR's cache.
              const obj = s[oparg];
              if (obj === undefined) {
                pending = unboundLocalError(code.co_localsplusnames[oparg]);
                break dispatch;
              }
              // @count counters.count(f, pc, O.LOAD_ATTR, sp + 1);
              ipc = pc;
              f.lasti = ipc;
              w = loadAttrCached(f.decoded.attrCaches[ipc], obj, names[__pyvmStackWords[(wb + pc++) | 0] >> 8]);
              pc += C.LOAD_ATTR;
              // @count counters.count(f, pc, O.BINARY_OP, sp + 1);
              ipc = pc;
              const bw = __pyvmStackWords[(wb + pc++) | 0];
              bop = bw >> 8;
              bq = bw & 0xff;
            } else {
              // The LOAD_FAST / LOAD_CONST (pair), or LOAD_FAST and LOAD_FAST / LOAD_CONST
              // (triple), before the BINARY_OP (frame.ts quicken): the left operand of a
              // triple is pushed, the right operand is read in place and never pushed.
              let a = oparg;
              let fromConst = op === Q.LOAD_CONST__BINARY_OP;
              if (op === Q.LOAD_FAST__LOAD_FAST__BINARY_OP || op === Q.LOAD_FAST__LOAD_CONST__BINARY_OP) {
                const l = s[oparg];
                if (l === undefined) {
                  pending = unboundLocalError(code.co_localsplusnames[oparg]);
                  break dispatch;
                }
                s[sp++] = l;
                // @count counters.count(f, pc, f.decoded.ops[pc], sp);
                ipc = pc;
                a = __pyvmStackWords[(wb + pc++) | 0] >> 8;
                fromConst = op === Q.LOAD_FAST__LOAD_CONST__BINARY_OP;
              }
              if (fromConst) w = consts[a];
              else {
                w = s[a];
                if (w === undefined) {
                  pending = unboundLocalError(code.co_localsplusnames[a]);
                  break dispatch;
                }
              }
              // @count counters.count(f, pc, O.BINARY_OP, sp + 1);
              ipc = pc;
              const bw = __pyvmStackWords[(wb + pc++) | 0];
              bop = bw >> 8;
              bq = bw & 0xff;
            }
            const v = s[sp - 1]!;
            let x: PyObject;
            if (bq === Q.BINARY_OP__BINARY_OP && typeof v === 'object' && typeof w === 'object' && v.ob_type === floatTypeK && w.ob_type === floatTypeK && typeof (x = s[sp - 2]!) === 'object' && x.ob_type === floatTypeK) {
              // A BINARY_OP on this one's result next (frame.ts quicken), on three exact floats
              // and + - * only: IEEE double arithmetic is Python's and cannot raise, so both
              // run here and one float is allocated. Written here, not a call: the register
              // VM's numOp2 was inlined by TurboFan into the loop, whose inlining budget it
              // then filled (raytrace lost pushFrame, storeAttrCached, loadMethodCached,
              // inlinableInit); the loop's body costs none of the budget.
              const b = (v as PyFloat).value;
              const c = (w as PyFloat).value;
              // Opargs (NB_*, frame.ts fusedOpArg): 5/18 * and *=, 0/13 + and +=, else 10/23 - and -=.
              const t = bop === 5 || bop === 18 ? b * c : bop === 0 || bop === 13 ? b + c : b - c;
              const a = (x as PyFloat).value;
              s[sp] = undefined;
              s[--sp] = undefined;
              pc += C.BINARY_OP;
              // @count counters.count(f, pc, O.BINARY_OP, sp + 1);
              ipc = pc;
              const bw = __pyvmStackWords[(wb + pc++) | 0];
              const op2 = bw >> 8;
              const fr = new PyFloat(op2 === 5 || op2 === 18 ? a * t : op2 === 0 || op2 === 13 ? a + t : a - t);
              pc += C.BINARY_OP;
              if ((bw & 0xff) !== Q.BINARY_OP__STORE_FAST) {
                s[sp - 1] = fr;
                break;
              }
              // @count counters.count(f, pc, O.STORE_FAST, sp);
              s[__pyvmStackWords[(wb + pc++) | 0] >> 8] = fr;
              s[--sp] = undefined;
              break;
            }
            let r: PyObject | undefined;
            if (typeof v === 'number' && typeof w === 'number') {
              if (bop === 0 || bop === 13) {
                const x = v + w;
                if (x <= MAX_SAFE && x >= -MAX_SAFE) r = x;
              } else if (bop === 10 || bop === 23) {
                const x = v - w;
                if (x <= MAX_SAFE && x >= -MAX_SAFE) r = x;
              } else if (bop === 5 || bop === 18) {
                // Not exact beyond 2**53, and -0 is no Python int: both go the general way.
                const x = v * w;
                if (Number.isSafeInteger(x) && (x !== 0 || (v >= 0 && w >= 0))) r = x;
              } else if (bop === 6 || bop === 19) {
                // % and // of non-negative ints: JS and Python agree (no sign rules).
                if (w > 0 && v >= 0) r = v % w;
                else if (w === 0) {
                  // Raised as the loop's own errors are, without a JS throw (as BINARY_SUBSCR's
                  // KeyError).
                  pending = newException(ZeroDivisionError, 'integer modulo by zero');
                  break dispatch;
                }
              } else if (bop === 2 || bop === 15) {
                if (w > 0 && v >= 0) r = Math.floor(v / w);
                else if (w === 0) {
                  pending = newException(ZeroDivisionError, 'integer division or modulo by zero');
                  break dispatch;
                }
              }
            }
            let res: PyObject;
            if (r !== undefined) res = r;
            else {
              // An operator's dunder (or a __index__, __float__...) may read this frame's line
              // (sys._getframe(1).f_lineno, warnings' stacklevel): the offset is stored first, as
              // a call's and LOAD_ATTR's are; the same below for the other operators' runtime
              // paths.
              f.lasti = ipc;
              res = binaryOpFast(bop, v, w!);
            }
            s[sp] = undefined;
            pc += C.BINARY_OP;
            if (bq !== Q.BINARY_OP__STORE_FAST) {
              s[sp - 1] = res;
              break;
            }
            // The STORE_FAST after the cache entry (frame.ts quicken), without a dispatch.
            // @count counters.count(f, pc, O.STORE_FAST, sp);
            s[__pyvmStackWords[(wb + pc++) | 0] >> 8] = res;
            s[--sp] = undefined;
            break;
          }
          case Q.COMPARE_OP__JUMP_IF_FALSE:
          case Q.COMPARE_OP__JUMP_IF_TRUE:
          case O.COMPARE_OP: {
            const w = s[--sp]!;
            const v = s[sp - 1]!;
            let r: PyObject;
            if (typeof v === 'number' && typeof w === 'number') r = compareNumbers(v, w, oparg as CompareOp);
            else {
              f.lasti = ipc;
              r = compareOpFast(v, w, oparg as CompareOp);
            }
            s[sp] = undefined;
            pc += C.COMPARE_OP;
            if (op === O.COMPARE_OP) {
              s[sp - 1] = r;
              break;
            }
            // The POP_JUMP_IF_FALSE/TRUE after the cache entries (frame.ts quicken), without
            // a dispatch; ipc moves to it first, as a failing __bool__ is raised there.
            ipc = pc;
            // @count counters.count(f, pc, f.decoded.ops[pc], sp);
            const target = __pyvmStackWords[(wb + pc++) | 0] >> 8;
            s[--sp] = undefined;
            if (op === Q.COMPARE_OP__JUMP_IF_FALSE ? r === false || (r !== true && !isTrue(r)) : r === true || (r !== false && isTrue(r))) pc = target;
            break;
          }
          case O.IS_OP: {
            const w = s[--sp];
            s[sp - 1] = (s[sp - 1] === w) !== (oparg === 1);
            break;
          }
          case O.CONTAINS_OP: {
            const container = s[--sp]!;
            f.lasti = ipc;
            s[sp - 1] = contains(container, s[sp - 1]!) !== (oparg === 1);
            break;
          }
          case O.UNARY_NEGATIVE:
            f.lasti = ipc;
            s[sp - 1] = negative(s[sp - 1]!);
            break;
          case O.UNARY_POSITIVE:
            f.lasti = ipc;
            s[sp - 1] = positive(s[sp - 1]!);
            break;
          case O.UNARY_INVERT:
            f.lasti = ipc;
            s[sp - 1] = invert(s[sp - 1]!);
            break;
          case O.UNARY_NOT: {
            const v = s[sp - 1]!;
            if (v === true) s[sp - 1] = false;
            else if (v === false) s[sp - 1] = true;
            else {
              f.lasti = ipc;
              s[sp - 1] = !isTrue(v);
            }
            break;
          }

          // ---------------------------------------------------------------- subscripts
          case Q.LOAD_FAST__LOAD_FAST__BINARY_SUBSCR:
          case Q.LOAD_FAST__LOAD_CONST__BINARY_SUBSCR:
          case Q.LOAD_FAST__LOAD_FAST__AUG_BINARY_SUBSCR:
          case Q.LOAD_FAST__LOAD_CONST__AUG_BINARY_SUBSCR:
          case Q.COPY2__COPY2__BINARY_SUBSCR:
          case O.BINARY_SUBSCR: {
            let sub: PyObject;
            let c: PyObject;
            if (op === O.BINARY_SUBSCR) {
              sub = s[--sp]!;
              c = s[sp - 1]!;
            } else if (op !== Q.COPY2__COPY2__BINARY_SUBSCR) {
              // The container a local, the index a local or constant (frame.ts quicken), read
              // in place; `c[i] op= v`'s form (AUG) pushes them as its two COPYs leave them.
              const cv = s[oparg];
              if (cv === undefined) {
                pending = unboundLocalError(code.co_localsplusnames[oparg]);
                break dispatch;
              }
              // @count counters.count(f, pc, f.decoded.ops[pc], sp + 1);
              const a2 = __pyvmStackWords[(wb + pc) | 0] >> 8;
              let iv: PyObject | undefined;
              if (op === Q.LOAD_FAST__LOAD_CONST__BINARY_SUBSCR || op === Q.LOAD_FAST__LOAD_CONST__AUG_BINARY_SUBSCR) iv = consts[a2];
              else {
                iv = s[a2];
                if (iv === undefined) {
                  ipc = pc;
                  pending = unboundLocalError(code.co_localsplusnames[a2]);
                  break dispatch;
                }
              }
              pc++;
              c = cv;
              sub = iv;
              if (op === Q.LOAD_FAST__LOAD_FAST__AUG_BINARY_SUBSCR || op === Q.LOAD_FAST__LOAD_CONST__AUG_BINARY_SUBSCR) {
                s[sp++] = cv;
                s[sp++] = iv;
                // @count counters.count(f, pc, O.COPY, sp);
                // @count counters.count(f, pc + 1, O.COPY, sp + 1);
                pc += 2;
              }
              // @count counters.count(f, pc, O.BINARY_SUBSCR, sp + 2);
              ipc = pc++;
              sp++;
            } else {
              // `c[i] op= v` (frame.ts quicken): the COPY 2 pair's duplicates are not stored;
              // the subscript's result goes above the container and index.
              sub = s[sp - 1]!;
              c = s[sp - 2]!;
              // @count counters.count(f, pc, O.COPY, sp + 1);
              // @count counters.count(f, pc + 1, O.BINARY_SUBSCR, sp + 2);
              ipc = pc + 1;
              pc += 2;
              sp++;
            }
            let r: PyObject | undefined;
            if (c instanceof PyList && typeof sub === 'number' && sub >= 0 && sub < c.items.length && c.ob_type === vm.listType) r = c.items[sub];
            else if (c instanceof PyDict && c.ob_type === vm.dictType) {
              r = c.get(sub);
              if (r === undefined) {
                // A missing key of an exact dict (no __missing__): the KeyError is raised as
                // the loop's own errors are, without a JS throw (~0.5-1 us each in V8).
                pending = new PyException(KeyError, [sub]);
                break dispatch;
              }
            } else if (c instanceof PyList && typeof sub === 'number' && c.ob_type === vm.listType && (sub >= c.items.length || sub < -c.items.length)) {
              pending = newException(IndexError, 'list index out of range');
              break dispatch;
            }
            if (r !== undefined) s[sp - 1] = r;
            else {
              f.lasti = ipc;
              s[sp - 1] = getItem(c, sub);
            }
            pc += C.BINARY_SUBSCR;
            break;
          }
          case Q.SWAP3__SWAP2__STORE_SUBSCR:
          case O.STORE_SUBSCR: {
            let sub: PyObject;
            let c: PyObject;
            let v: PyObject;
            if (op === O.STORE_SUBSCR) {
              sub = s[--sp]!;
              c = s[--sp]!;
              v = s[--sp]!;
            } else {
              // `c[i] op= v` (frame.ts quicken): SWAP 3 and SWAP 2 would leave value,
              // container, index; read where they are, nothing swapped.
              // @count counters.count(f, pc, O.SWAP, sp);
              // @count counters.count(f, pc + 1, O.STORE_SUBSCR, sp);
              ipc = pc + 1;
              pc += 2;
              v = s[--sp]!;
              sub = s[--sp]!;
              c = s[--sp]!;
            }
            if (c instanceof PyList && typeof sub === 'number' && sub >= 0 && sub < c.items.length && c.ob_type === vm.listType) c.items[sub] = v;
            else {
              f.lasti = ipc;
              setItem(c, sub, v);
            }
            pc += C.STORE_SUBSCR;
            break;
          }
          case O.DELETE_SUBSCR: {
            const sub = s[--sp]!;
            f.lasti = ipc;
            delItem(s[--sp]!, sub);
            break;
          }
          case O.BUILD_SLICE: {
            const step = oparg === 3 ? s[--sp]! : None;
            const stop = s[--sp]!;
            s[sp - 1] = new PySlice(s[sp - 1]!, stop, step);
            break;
          }

          // ---------------------------------------------------------------- building
          // The items are moved by a loop (s.slice is a runtime call in optimised code) into a
          // packed array, and their stack slots cleared.
          case O.BUILD_TUPLE:
          case O.BUILD_LIST: {
            const items: PyObject[] = [];
            const start = sp - oparg;
            for (let i = start; i < sp; i++) {
              items.push(s[i]!);
              s[i] = undefined;
            }
            sp = start;
            s[sp++] = op === O.BUILD_TUPLE ? new PyTuple(items) : new PyList(items);
            break;
          }
          case O.BUILD_SET: {
            const set = new PySet();
            for (let i = sp - oparg; i < sp; i++) set.add(s[i]!);
            sp -= oparg;
            s[sp++] = set;
            break;
          }
          case O.BUILD_MAP: {
            const d = new PyDict();
            for (let i = sp - 2 * oparg; i < sp; i += 2) d.set(s[i]!, s[i + 1]!);
            sp -= 2 * oparg;
            s[sp++] = d;
            break;
          }
          case O.BUILD_CONST_KEY_MAP: {
            const keys = (s[--sp] as PyTuple).items;
            const d = new PyDict();
            const start = sp - oparg;
            for (let i = 0; i < oparg; i++) d.set(keys[i], s[start + i]!);
            sp = start;
            s[sp++] = d;
            break;
          }
          case O.BUILD_STRING: {
            let out = '';
            for (let i = sp - oparg; i < sp; i++) out += s[i] as string;
            sp -= oparg;
            s[sp++] = out;
            break;
          }
          case O.FORMAT_VALUE: {
            const spec = (oparg & 4) !== 0 ? (s[--sp] as string) : '';
            f.lasti = ipc; // (a __format__ or __str__ may read this frame's line)
            s[sp - 1] = formatValue(s[sp - 1]!, oparg & 3, spec);
            break;
          }
          case O.LIST_APPEND: {
            const v = s[--sp]!;
            (s[sp - oparg] as PyList).items.push(v);
            break;
          }
          case O.SET_ADD: {
            const v = s[--sp]!;
            (s[sp - oparg] as PySet).add(v);
            break;
          }
          case O.MAP_ADD: {
            const v = s[--sp]!;
            const k = s[--sp]!;
            (s[sp - oparg] as PyDict).set(k, v);
            break;
          }
          case O.LIST_EXTEND: {
            const v = s[--sp]!;
            listExtend(s[sp - oparg] as PyList, v);
            break;
          }
          case O.SET_UPDATE: {
            const v = s[--sp]!;
            const set = s[sp - oparg] as PySet;
            const it = getIter(v);
            const next = typeOf(it).slots.tp_iternext!;
            for (let x = next(it); x !== undefined; x = next(it)) set.add(x);
            break;
          }
          case O.DICT_UPDATE: {
            const v = s[--sp]!;
            const d = s[sp - oparg] as PyDict;
            if (!(v instanceof PyDict) && typeOf(v).lookup('keys') === undefined) {
              raiseTypeError(`'${typeOf(v).name}' object is not a mapping`);
            }
            dictMerge(d, v);
            break;
          }
          case O.DICT_MERGE: {
            const v = s[--sp]!;
            dictMergeForCall(s[sp - oparg] as PyDict, v, s[sp - 2 - oparg]!);
            break;
          }
          case O.LIST_TO_TUPLE:
            s[sp - 1] = new PyTuple((s[sp - 1] as PyList).items.slice());
            break;
          case O.UNPACK_SEQUENCE: {
            const v = s[--sp]!;
            const items = unpackSequence(v, oparg);
            for (let i = oparg - 1; i >= 0; i--) s[sp++] = items[i];
            pc += C.UNPACK_SEQUENCE;
            break;
          }
          case O.UNPACK_EX: {
            const v = s[--sp]!;
            const items = unpackEx(v, oparg & 0xff, oparg >> 8);
            for (let i = items.length - 1; i >= 0; i--) s[sp++] = items[i];
            break;
          }
          case O.GET_LEN:
            s[sp] = len(s[sp - 1]!);
            sp++;
            break;

          // ---------------------------------------------------------------- jumps
          case O.JUMP_FORWARD:
          case O.JUMP_BACKWARD:
          case O.JUMP_BACKWARD_NO_INTERRUPT:
            pc = oparg;
            break;
          case Q.JUMP_BACKWARD__FOR_ITER_STORE:
          case Q.JUMP_BACKWARD__FOR_ITER: {
            // A frame that runs a long loop (nbody's) has its slot array in V8's old
            // generation, where each store of a young object (a float) takes the write
            // barrier's slow path; a copy every FRESH_SLOTS_ITERS iterations is young (see
            // StackVM.pushFrame for pooled frames; R's 349dfab in the register VM).
            if (--freshTick === 0) {
              freshTick = FRESH_SLOTS_ITERS;
              s = f.s = s.slice();
            }
            // The jump runs its target FOR_ITER for a range or list iterator or a generator (the
            // iterator is on top of the stack there too); others take FOR_ITER's own dispatch.
            const obj = s[sp - 1]!;
            // The iterator's type by its ob_type (iterators are objects), not instanceof: a
            // failing instanceof walks the whole prototype chain, twice per item for a
            // generator before its own test.
            const itType = (obj as PyBase).ob_type;
            if (itType === rangeIteratorType) {
              const it = obj as PyRangeIter;
              ipc = oparg;
              // @count counters.count(f, oparg, O.FOR_ITER, sp);
              if (it.remaining > 0) {
                it.remaining--;
                const x = it.next;
                it.next += it.step;
                pc = oparg + 1;
                if (op === Q.JUMP_BACKWARD__FOR_ITER_STORE) {
                  // The loop variable's STORE_FAST after the FOR_ITER, without a dispatch.
                  // @count counters.count(f, pc, O.STORE_FAST, sp + 1);
                  s[__pyvmStackWords[(wb + pc) | 0] >> 8] = x;
                  pc++;
                } else s[sp++] = x;
              } else {
                s[--sp] = undefined;
                pc = __pyvmStackWords[(wb + oparg) | 0] >> 8;
                // @count counters.jumped(f, oparg);
              }
              break;
            }
            if (itType === listIteratorType || itType === tupleIteratorType) {
              const it = obj as PyListIter;
              ipc = oparg;
              // @count counters.count(f, oparg, O.FOR_ITER, sp);
              const seq = it.seq;
              if (seq !== null && it.index < seq.items.length) {
                const x = seq.items[it.index++];
                pc = oparg + 1;
                if (op === Q.JUMP_BACKWARD__FOR_ITER_STORE) {
                  // The loop variable's STORE_FAST after the FOR_ITER, without a dispatch.
                  // @count counters.count(f, pc, O.STORE_FAST, sp + 1);
                  s[__pyvmStackWords[(wb + pc) | 0] >> 8] = x;
                  pc++;
                } else s[sp++] = x;
              } else {
                it.seq = null;
                s[--sp] = undefined;
                pc = __pyvmStackWords[(wb + oparg) | 0] >> 8;
                // @count counters.jumped(f, oparg);
              }
              break;
            }
            if (itType === generatorType && !(obj as PyGenerator).running && !(obj as PyGenerator).finished) {
              const it = obj as PyGenerator;
              // A generator: FOR_ITER's resumption below (vm.enterGenerator), without the
              // FOR_ITER's dispatch. The resumer continues after the FOR_ITER when it yields.
              ipc = oparg;
              // @count counters.count(f, oparg, O.FOR_ITER, sp);
              f.sp = sp;
              f.pc = oparg + 1;
              f.lasti = oparg;
              f = vm.enterGenerator(it, None, f);
              vm.current = f;
              s = f.s;
              sp = f.sp;
              pc = f.pc | 0;
              code = f.code;
              wb = f.decoded.wbase | 0;
              consts = code.co_consts;
              names = code.co_names;
              if ((__pyvmStackWords[(wb + pc) | 0] & 0xff) === Q.RESUME__POP_TOP) {
                // The `yield` statement's RESUME and POP_TOP (the None just sent) run here.
                // @count counters.count(f, pc + 1, O.POP_TOP, sp);
                s[--sp] = undefined;
                pc += 2;
              }
              break;
            }
            pc = oparg;
            break;
          }
          case O.POP_JUMP_FORWARD_IF_FALSE:
          case O.POP_JUMP_BACKWARD_IF_FALSE: {
            const v = s[--sp]!;
            if (v === false) pc = oparg;
            else if (v !== true) {
              f.lasti = ipc; // (a __bool__ or __len__ may read this frame's line)
              if (!isTrue(v)) pc = oparg;
            }
            break;
          }
          case O.POP_JUMP_FORWARD_IF_TRUE:
          case O.POP_JUMP_BACKWARD_IF_TRUE: {
            const v = s[--sp]!;
            if (v === true) pc = oparg;
            else if (v !== false) {
              f.lasti = ipc; // (a __bool__ or __len__ may read this frame's line)
              if (isTrue(v)) pc = oparg;
            }
            break;
          }
          case O.POP_JUMP_FORWARD_IF_NONE:
          case O.POP_JUMP_BACKWARD_IF_NONE:
            if (s[--sp] === None) pc = oparg;
            break;
          case O.POP_JUMP_FORWARD_IF_NOT_NONE:
          case O.POP_JUMP_BACKWARD_IF_NOT_NONE:
            if (s[--sp] !== None) pc = oparg;
            break;
          case O.JUMP_IF_FALSE_OR_POP: {
            const v = s[sp - 1]!;
            if (v !== false && v !== true) f.lasti = ipc;
            if (v === false || (v !== true && !isTrue(v))) {
              pc = oparg;
              // @count counters.jumped(f, ipc);
            } else sp--;
            break;
          }
          case O.JUMP_IF_TRUE_OR_POP: {
            const v = s[sp - 1]!;
            if (v !== true && v !== false) f.lasti = ipc;
            if (v === true || (v !== false && isTrue(v))) {
              pc = oparg;
              // @count counters.jumped(f, ipc);
            } else sp--;
            break;
          }

          // ---------------------------------------------------------------- iteration
          case O.GET_ITER:
            f.lasti = ipc;
            s[sp - 1] = getIter(s[sp - 1]!);
            break;
          case O.GET_YIELD_FROM_ITER: {
            const v = s[sp - 1]!;
            if (!(v instanceof PyGenerator)) s[sp - 1] = getIter(v);
            break;
          }
          case O.FOR_ITER: {
            const obj = s[sp - 1]!;
            let x: PyObject | undefined;
            // By ob_type, as in JUMP_BACKWARD__FOR_ITER above.
            const itType = (obj as PyBase).ob_type;
            if (itType === rangeIteratorType) {
              const it = obj as PyRangeIter;
              if (it.remaining > 0) {
                it.remaining--;
                x = it.next;
                it.next += it.step;
              }
            } else if (itType === listIteratorType || itType === tupleIteratorType) {
              const it = obj as PyListIter;
              const seq = it.seq;
              if (seq !== null) {
                if (it.index < seq.items.length) x = seq.items[it.index++];
                else it.seq = null;
              }
            } else if (itType === generatorType && !(obj as PyGenerator).running && !(obj as PyGenerator).finished) {
              const it = obj as PyGenerator;
              // Run the generator's frame in this loop (vm.enterGenerator); its yield pushes
              // the value here, its return ends the loop (RETURN_VALUE below).
              f.sp = sp;
              f.pc = pc;
              f.lasti = ipc;
              f = vm.enterGenerator(it, None, f);
              vm.current = f;
              s = f.s;
              sp = f.sp;
              pc = f.pc | 0;
              code = f.code;
              wb = f.decoded.wbase | 0;
              consts = code.co_consts;
              names = code.co_names;
              if ((__pyvmStackWords[(wb + pc) | 0] & 0xff) === Q.RESUME__POP_TOP) {
                // The `yield` statement's RESUME and POP_TOP (the None just sent) run here.
                // @count counters.count(f, pc + 1, O.POP_TOP, sp);
                s[--sp] = undefined;
                pc += 2;
              }
              break;
            } else if (itType === strIteratorType) {
              // A str iterator's own next, not the slot dispatch (as the register VM's FOR_ITER, 54aa572).
              x = strIterNext(obj as PyStrIter);
            } else {
              x = typeOf(obj).slots.tp_iternext!(obj);
            }
            if (x !== undefined) s[sp++] = x;
            else {
              s[--sp] = undefined;
              pc = oparg;
              // @count counters.jumped(f, ipc);
            }
            break;
          }

          // ---------------------------------------------------------------- functions and calls
          case O.MAKE_FUNCTION: {
            const fcode = s[--sp] as CodeObject;
            const closure = oparg & 8 ? s[--sp] : undefined;
            const annotations = oparg & 4 ? s[--sp] : undefined;
            const kwdefaults = oparg & 2 ? s[--sp] : undefined;
            const defaults = oparg & 1 ? s[--sp] : undefined;
            const fn = makeFunction(fcode, f.globals, f.builtins, defaults, kwdefaults, annotations, closure);
            s[sp++] = fn;
            // A module's or class body's function (co_flags without CO_OPTIMIZED, 1): made again
            // by each run of a program in one process, its code's pooled frames adopt it
            // (StackVM.adoptPool). Not for closures made in a function's calls.
            if ((code.co_flags & 1) === 0) vm.adoptPool(fn);
            break;
          }
          case O.KW_NAMES:
            kwnames = (consts[oparg] as PyTuple).items as string[];
            break;
          case O.PRECALL: {
            if (s[sp - oparg - 2] === undefined) {
              const callable = s[sp - oparg - 1];
              if (callable instanceof PyMethod) {
                s[sp - oparg - 1] = callable.self;
                s[sp - oparg - 2] = callable.func;
              }
            }
            pc += C.PRECALL;
            break;
          }
          // LOAD_METHOD just before the CALL cases: its fused form with the zero-argument call
          // after it falls through into them.
          case Q.LOAD_FAST__LOAD_METHOD__CALL:
          case Q.LOAD_FAST__LOAD_METHOD:
          // @ts-expect-error TS7029: the fused form falls through into the CALL cases on purpose.
          case O.LOAD_METHOD: {
            let obj: PyObject | undefined;
            let a = oparg;
            if (op === O.LOAD_METHOD) obj = s[sp - 1];
            else {
              // The LOAD_FAST before it (frame.ts quicken), then this LOAD_METHOD at pc.
              obj = s[oparg];
              if (obj === undefined) {
                pending = unboundLocalError(code.co_localsplusnames[oparg]);
                break dispatch;
              }
              s[sp++] = obj;
              // @count counters.count(f, pc, O.LOAD_METHOD, sp);
              ipc = pc;
              a = __pyvmStackWords[(wb + pc++) | 0] >> 8;
            }
            const c = f.decoded.attrCaches[ipc];
            const m = loadMethodCached(c, obj!, names[a]);
            if (methodFound.self) {
              s[sp - 1] = m;
              s[sp++] = obj;
            } else {
              s[sp - 1] = undefined;
              s[sp++] = m;
            }
            pc += C.LOAD_METHOD;
            if (op !== Q.LOAD_FAST__LOAD_METHOD__CALL) break;
            // `x.m()` (frame.ts quicken): the PRECALL 0 here, then on into PRECALL__CALL's case
            // below (the CALL's argc is 0 for this form) without a dispatch.
            // @count counters.count(f, pc, O.PRECALL, sp);
            ipc = pc++;
          }
          // falls through

          case Q.LOAD_FAST__PRECALL__CALL:
          case Q.PRECALL__CALL:
          case O.CALL: {
            // The call's argc (the fused LOAD_FAST__LOAD_METHOD__CALL's oparg is its LOAD_FAST's;
            // LOAD_FAST__PRECALL__CALL's is its PRECALL's, after the argument's push).
            let argc = oparg;
            if (op === Q.LOAD_FAST__LOAD_METHOD__CALL) argc = 0;
            else if (op === Q.LOAD_FAST__PRECALL__CALL) {
              const v = s[oparg];
              if (v === undefined) {
                pending = unboundLocalError(code.co_localsplusnames[oparg]);
                break dispatch;
              }
              s[sp++] = v;
              // @count counters.count(f, pc, O.PRECALL, sp);
              ipc = pc;
              argc = __pyvmStackWords[(wb + pc++) | 0] >> 8;
            }
            let isMeth = s[sp - argc - 2] !== undefined;
            let callable = s[isMeth ? sp - argc - 2 : sp - argc - 1]!;
            // Each class test below is made once: an instanceof that fails walks the callable's
            // whole prototype chain (~8 ns), and a built-in function, a built-in method and a
            // class each failed two or three of them before.
            let isFn = callable instanceof PyFunction;
            if (op !== O.CALL) {
              // PRECALL (a bound method's self and function unpacked into the call), then
              // straight on to the CALL after its cache entry, without a dispatch.
              // A bound method by its ob_type (the type of PyMethod objects only): a class or
              // a built-in function called here misses no instanceof (each miss walks the
              // callable's whole prototype chain).
              if (!isMeth && !isFn && (callable as PyBase).ob_type === methodType) {
                const m = callable as PyMethod;
                s[sp - argc - 1] = m.self;
                s[sp - argc - 2] = m.func;
                isMeth = true;
                callable = m.func;
                isFn = callable instanceof PyFunction;
              }
              pc += C.PRECALL;
              // @count counters.count(f, pc, O.CALL, sp);
              ipc = pc++;
            }
            const nargs = isMeth ? argc + 1 : argc;
            const argStart = sp - nargs;
            const kwn = kwnames;
            kwnames = null;
            pc += C.CALL;
            let fn: PyFunction | null = null;
            let inst: PyObject | null = null;
            // With a method's self (isMeth) the callable is a class's function or method
            // descriptor (LOAD_METHOD) or a bound method's function (PRECALL): the class and
            // built-in function tests below are skipped for it (their misses walk the callable's
            // prototype chain) and rare cases (a bound class or built-in) take callObject.
            // A built-in function, or a built-in type's call entry (float(x), str(i), range(n):
            // runtime/lib_type_calls.ts), called below as a built-in function.
            let bf: PyBuiltinFunction | null = null;
            if (isFn) fn = callable as PyFunction;
            else if (!isMeth) {
              // A class whose metaclass is type (`Vector(x, y, z)`) by one ob_type compare first
              // (the register VM's cf2f73b): the built-in function test, a failing instanceof,
              // walked the class's prototype chain. Other metaclasses: the PyType test.
              let cls: PyType | null = null;
              if (typeof callable === 'object' && callable !== null && (callable as PyBase).ob_type === typeType) cls = callable as PyType;
              else if (callable instanceof PyBuiltinFunction) bf = callable;
              else if (callable instanceof PyType) cls = callable;
              if (cls !== null) {
                if (cls.callEntry !== null) bf = cls.callEntry;
                else if ((fn = inlinableInit(cls, true)) !== null) {
                  // A class with a Python __init__: allocate here, run __init__(inst, args...)
                  // as a frame of this loop; RETURN_VALUE hands back `inst` (f.initSelf). An
                  // exception class's instance gets the positional arguments as its args.
                  inst = allocInstance(cls, s, argStart, kwn === null ? argc : argc - kwn.length);
                }
              }
            }
            if (fn !== null) {
              let nf: Frame;
              if (inst === null) nf = vm.pushFrame(fn, s as PyObject[], argStart, nargs, kwn, null);
              else {
                s[argStart - 1] = inst;
                nf = vm.pushFrame(fn, s as PyObject[], argStart - 1, nargs + 1, kwn, null);
                nf.initSelf = inst;
              }
              // Everything from the NULL/method slot up is consumed; the result goes there.
              for (let i = sp - argc - 2; i < sp; i++) s[i] = undefined;
              f.sp = sp - argc - 2;
              f.pc = pc;
              f.lasti = ipc;
              nf.back = f;
              f = nf;
              vm.current = f;
              s = f.s;
              sp = f.sp;
              code = f.code;
              wb = f.decoded.wbase | 0;
              consts = code.co_consts;
              names = code.co_names;
              // A function without cells starts with its RESUME (a no-op here): skipped
              // when quickening (frame.ts Decoded.startPc).
              pc = f.decoded.startPc | 0;
              // @count if (pc === 1) counters.count(f, 0, O.RESUME, sp);
              break;
            }
            let res: PyObject;
            // The CALL's offset for a built-in that reads the frame (sys._getframe().f_lineno).
            f.lasti = ipc;
            const nkw = kwn === null ? 0 : kwn.length;
            if (bf !== null && nkw === 0) {
              // len(x), math.floor(x): the checked built-in call straight away (callObject's
              // second case; the register VM's CALL tests it in the same place). A copy loop,
              // not s.slice (a runtime call in V8's optimised code).
              if (nargs === 1) res = bf.fast1(s[argStart]!);
              else if (nargs === 2) res = bf.fast2(s[argStart]!, s[argStart + 1]!);
              else {
                const callArgs = new Array<PyObject>(nargs);
                for (let i = 0; i < nargs; i++) callArgs[i] = s[argStart + i]!;
                res = callBuiltin(bf, callArgs, null);
              }
              const newSp = sp - argc - 2;
              for (let i = newSp; i < sp; i++) s[i] = undefined;
              sp = newSp;
              if ((__pyvmStackWords[(wb + pc) | 0] & 0xff) === Q.POP_TOP__AFTER_CALL) {
                // A call statement (`l.append(x)`): its POP_TOP (frame.ts quicken) runs here,
                // without a dispatch, as after a Python function's return.
                // @count counters.count(f, pc, O.POP_TOP, sp + 1);
                pc++;
                break;
              }
              s[sp++] = res;
              break;
            }
            const self = s[argStart]!;
            // The receiver's type loaded here, not by typeOf (one megamorphic load site for the
            // whole runtime; as loadMethodCached does).
            if (isMeth && nkw === 0 && callable instanceof PyMethodDescriptor && (typeof self === 'object' ? self.ob_type : typeOf(self)) === callable.objclass) {
              // A built-in method found by LOAD_METHOD on exactly its own type (s.split(),
              // l.append(x)): self needs no check and goes separately (the register VM's
              // CALL_METHOD does the same); 0-2 arguments through runtime/function.ts's
              // fixed-arity entries for exactly objclass (exact0-2: the test above is theirs),
              // without an argument array.
              if (argc <= 2) {
                const a = argc > 0 ? s[argStart + 1]! : None;
                const b = argc > 1 ? s[argStart + 2]! : None;
                res = argc === 1 ? callable.exact1(self, a) : argc === 0 ? callable.exact0(self) : callable.exact2(self, a, b);
              } else {
                const rest = new Array<PyObject>(argc);
                for (let i = 0; i < argc; i++) rest[i] = s[argStart + 1 + i]!;
                res = callable.callWithSelf(self, rest, null);
              }
              const newSp = sp - argc - 2;
              for (let i = newSp; i < sp; i++) s[i] = undefined;
              sp = newSp;
              if ((__pyvmStackWords[(wb + pc) | 0] & 0xff) === Q.POP_TOP__AFTER_CALL) {
                // A call statement (`l.append(x)`): its POP_TOP (frame.ts quicken) runs here,
                // without a dispatch, as after a Python function's return.
                // @count counters.count(f, pc, O.POP_TOP, sp + 1);
                pc++;
                break;
              }
              s[sp++] = res;
              break;
            }
            const callArgs = new Array<PyObject>(nargs);
            for (let i = 0; i < nargs; i++) callArgs[i] = s[argStart + i]!;
            if (nkw === 0) res = callObject(callable, callArgs, null);
            else {
              const [pos, kw] = kwargsFromVector(callArgs, nargs - nkw, kwn);
              res = callObject(callable, pos, kw);
            }
            const newSp = sp - argc - 2;
            for (let i = newSp; i < sp; i++) s[i] = undefined;
            sp = newSp;
            if ((__pyvmStackWords[(wb + pc) | 0] & 0xff) === Q.POP_TOP__AFTER_CALL) {
              // A call statement (`l.append(x)`): its POP_TOP (frame.ts quicken) runs here,
              // without a dispatch, as after a Python function's return.
              // @count counters.count(f, pc, O.POP_TOP, sp + 1);
              pc++;
              break;
            }
            s[sp++] = res;
            break;
          }
          case O.CALL_FUNCTION_EX: {
            const kwargs = oparg & 1 ? s[--sp] : undefined;
            const callargs = s[--sp]!;
            const func = s[sp - 1]!;
            const [a, kw] = expandCallArgs(func, callargs, kwargs);
            if (func instanceof PyFunction) {
              const nf = vm.pushFrame(func, a, 0, a.length, null, kw);
              s[sp - 1] = undefined;
              s[sp - 2] = undefined;
              f.sp = sp - 2;
              f.pc = pc;
              f.lasti = ipc;
              nf.back = f;
              f = nf;
              vm.current = f;
              s = f.s;
              sp = f.sp;
              pc = 0;
              code = f.code;
              wb = f.decoded.wbase | 0;
              consts = code.co_consts;
              names = code.co_names;
              break;
            }
            f.lasti = ipc;
            const res = callObject(func, a, kw);
            s[--sp] = undefined;
            s[sp - 1] = res;
            break;
          }
          case Q.JUMP_FORWARD__RETURN_VALUE:
          case Q.LOAD_FAST__RETURN_VALUE:
          case Q.LOAD_CONST__RETURN_VALUE:
          case O.RETURN_VALUE: {
            let v: PyObject;
            if (op === O.RETURN_VALUE) v = s[--sp]!;
            else if (op === Q.JUMP_FORWARD__RETURN_VALUE) {
              // The RETURN_VALUE at the jump's target (frame.ts quicken), run here.
              // @count counters.count(f, oparg, O.RETURN_VALUE, sp);
              ipc = oparg;
              pc = oparg + 1;
              v = s[--sp]!;
            } else {
              // The LOAD_FAST or LOAD_CONST before it (frame.ts quicken), then RETURN_VALUE.
              if (op === Q.LOAD_CONST__RETURN_VALUE) v = consts[oparg];
              else {
                const l = s[oparg];
                if (l === undefined) {
                  pending = unboundLocalError(code.co_localsplusnames[oparg]);
                  break dispatch;
                }
                v = l;
              }
              // @count counters.count(f, pc, O.RETURN_VALUE, sp + 1);
              ipc = pc++;
            }
            vm.depth--;
            if (f === entry) {
              f.sp = sp;
              f.pc = pc;
              f.lasti = ipc;
              vm.yielded = false;
              if (f.func !== null) f.release();
              return v;
            }
            const back = f.back!;
            if (f.generator !== null) {
              // A generator resumed by FOR_ITER or SEND (vm.enterGenerator) returned: the
              // resumer's loop ends (FOR_ITER) or takes the return value (SEND), as when
              // genResume reports exhaustion.
              f.generator.finished = true;
              f.generator.returnValue = v;
              vm.leaveGenerator(f, null);
              f = back;
              vm.current = f;
              s = f.s;
              sp = f.sp;
              code = f.code;
              wb = f.decoded.wbase | 0;
              consts = code.co_consts;
              names = code.co_names;
              if ((__pyvmStackWords[(wb + f.lasti) | 0] & 0xff) === O.FOR_ITER) s[--sp] = undefined;
              else s[sp - 1] = v;
              pc = __pyvmStackWords[(wb + f.lasti) | 0] >> 8;
              // @count counters.jumped(f, f.lasti);
              break;
            }
            const inst = f.initSelf;
            {
              // f.release() written out (a call from the loop otherwise): back to its code's
              // pool, its slots cleared; func, globals and builtins kept (frame.ts).
              const d = f.decoded;
              if (d.freeCount < 16) {
                // The locals and the stack up to the returned value's slot: every pop above
                // it already cleared its slot (the loop's invariant), so not the whole array.
                const fs = f.s;
                for (let i = 0; i <= sp; i++) fs[i] = undefined;
                f.sp = f.base;
                f.pc = 0;
                f.lasti = -1;
                f.back = null;
                f.kwnames = null;
                f.initSelf = null;
                f.locals = null;
                f.nextFree = d.freeFrame;
                d.freeFrame = f;
                d.freeCount++;
              }
            }
            f = back;
            vm.current = f;
            s = f.s;
            sp = f.sp;
            pc = f.pc | 0;
            code = f.code;
            wb = f.decoded.wbase | 0;
            consts = code.co_consts;
            names = code.co_names;
            if (inst !== null) {
              // The end of an inlined `C(...)`: typeCall's check, raised at the caller's CALL.
              if (v !== None) {
                ipc = f.lasti;
                pending = initResultError(v);
                break dispatch;
              }
              v = inst;
            }
            if ((__pyvmStackWords[(wb + pc) | 0] & 0xff) === Q.POP_TOP__AFTER_CALL) {
              // A call statement: its POP_TOP (frame.ts quicken) runs here, without a dispatch.
              // @count counters.count(f, pc, O.POP_TOP, sp + 1);
              pc++;
              break;
            }
            s[sp++] = v;
            break;
          }

          // ---------------------------------------------------------------- generators
          case O.RETURN_GENERATOR: {
            const gen = vm.makeGenerator(f);
            f.sp = sp;
            f.pc = pc;
            f.lasti = ipc;
            vm.depth--;
            if (f === entry) {
              vm.yielded = false;
              return gen;
            }
            const back = f.back!;
            f.back = null;
            f = back;
            vm.current = f;
            s = f.s;
            sp = f.sp;
            pc = f.pc | 0;
            code = f.code;
            wb = f.decoded.wbase | 0;
            consts = code.co_consts;
            names = code.co_names;
            s[sp++] = gen;
            break;
          }
          case O.YIELD_VALUE: {
            const v = s[--sp]!;
            f.sp = sp;
            f.pc = pc;
            f.lasti = ipc;
            vm.depth--;
            if (f === entry) {
              vm.yielded = true;
              return v;
            }
            // Resumed in this loop by FOR_ITER or SEND: the value goes to the resumer.
            const back = f.back!;
            vm.leaveGenerator(f, null);
            f = back;
            vm.current = f;
            s = f.s;
            sp = f.sp;
            pc = f.pc | 0;
            code = f.code;
            wb = f.decoded.wbase | 0;
            consts = code.co_consts;
            names = code.co_names;
            s[sp++] = v;
            break;
          }
          case O.SEND: {
            const v = s[--sp]!;
            const sub = s[sp - 1]!;
            if (sub instanceof PyGenerator && !sub.running && !sub.finished && (v === None || !sub.justStarted)) {
              // As FOR_ITER: the delegate's frame runs in this loop.
              f.sp = sp;
              f.pc = pc;
              f.lasti = ipc;
              f = vm.enterGenerator(sub, v, f);
              vm.current = f;
              s = f.s;
              sp = f.sp;
              pc = f.pc | 0;
              code = f.code;
              wb = f.decoded.wbase | 0;
              consts = code.co_consts;
              names = code.co_names;
              break;
            }
            const r = sendTo(vm, sub, v);
            if (r === undefined) {
              // The sub-iterator returned: its value replaces it; continue after the loop.
              s[sp - 1] = vm.sendReturn;
              pc = oparg;
              // @count counters.jumped(f, ipc);
            } else {
              s[sp++] = r;
            }
            break;
          }
          case O.GET_AWAITABLE:
            s[sp - 1] = getAwaitable(s[sp - 1]!);
            break;
          // async generators, async for, async with (runtime/async_generator.ts)
          case O.ASYNC_GEN_WRAP:
            s[sp - 1] = asyncGenWrap(s[sp - 1]!);
            break;
          case O.GET_AITER:
            s[sp - 1] = getAIter(s[sp - 1]!);
            break;
          case O.GET_ANEXT:
            s[sp] = getANext(s[sp - 1]!);
            sp++;
            break;
          case O.BEFORE_ASYNC_WITH: {
            const [exit, res] = beforeAsyncWith(s[sp - 1]!);
            s[sp - 1] = exit;
            s[sp++] = res;
            break;
          }
          case O.END_ASYNC_FOR: {
            // The handler of the loop's __anext__ await: StopAsyncIteration ends the loop, any
            // other exception goes on with its traceback as it is (as RERAISE).
            const exc = s[sp - 1]!;
            sp -= 2;
            if (!endsAsyncFor(exc)) {
              reraising = true;
              pending = exc as PyException;
              break dispatch;
            }
            break;
          }

          // ---------------------------------------------------------------- exceptions
          case O.RAISE_VARARGS: {
            if (oparg === 0) {
              reraising = true;
              pending = reraiseCurrent(vm.excInfo);
              break dispatch;
            }
            const cause = oparg === 2 ? s[--sp]! : undefined;
            const exc = s[--sp]!;
            pending = makeRaise(exc, cause);
            break dispatch;
          }
          case O.RERAISE: {
            const exc = s[--sp] as PyException;
            if (oparg !== 0) f.lasti = s[sp - oparg] as number;
            reraising = true;
            pending = exc;
            break dispatch;
          }
          case O.PUSH_EXC_INFO: {
            const v = s[sp - 1]!;
            s[sp - 1] = vm.excInfo;
            s[sp++] = v;
            vm.excInfo = v;
            break;
          }
          case O.POP_EXCEPT:
            vm.excInfo = s[--sp]!;
            s[sp] = undefined;
            break;
          case O.CHECK_EXC_MATCH: {
            const t = s[sp - 1]!;
            s[sp - 1] = exceptionMatches(s[sp - 2]!, t);
            break;
          }
          case O.CHECK_EG_MATCH: {
            // [exc, type] -> [rest, match]; the part handled becomes the handled exception.
            const [rest, match] = exceptionGroupMatch(s[sp - 2]!, s[sp - 1]!);
            s[sp - 2] = rest;
            s[sp - 1] = match;
            if (match !== None) vm.excInfo = match;
            break;
          }
          case O.PREP_RERAISE_STAR:
            s[sp - 2] = prepReraiseStar(s[sp - 2]!, s[sp - 1]!);
            s[--sp] = undefined;
            break;
          case O.BEFORE_WITH: {
            f.lasti = ipc;
            const [exit, res] = beforeWith(s[sp - 1]!);
            s[sp - 1] = exit;
            s[sp++] = res;
            break;
          }
          case O.WITH_EXCEPT_START:
            f.lasti = ipc;
            s[sp] = withExceptStart(s[sp - 4]!, s[sp - 1] as PyException);
            sp++;
            break;

          // ---------------------------------------------------------------- imports
          case O.IMPORT_NAME: {
            // The imported module's code, a module __getattr__ or a warning's stacklevel may
            // read this frame's line (the register VM stores it too).
            f.lasti = ipc;
            const fromlist = s[--sp]!;
            const level = s[sp - 1] as number;
            s[sp - 1] = importName(vm.interp, names[oparg], f.globals, f.builtins, fromlist, level);
            break;
          }
          case O.IMPORT_FROM:
            f.lasti = ipc;
            s[sp] = importFrom(vm.interp, s[sp - 1]!, names[oparg]);
            sp++;
            break;
          case O.IMPORT_STAR:
            f.lasti = ipc;
            importStar(s[--sp]!, f.locals!);
            break;

          // ---------------------------------------------------------------- pattern matching
          case O.MATCH_MAPPING:
            s[sp] = isMapping(s[sp - 1]!);
            sp++;
            break;
          case O.MATCH_SEQUENCE:
            s[sp] = isSequence(s[sp - 1]!);
            sp++;
            break;
          case O.MATCH_KEYS:
            s[sp] = matchKeys(s[sp - 2]!, s[sp - 1] as PyTuple);
            sp++;
            break;
          case O.MATCH_CLASS: {
            const namesT = s[--sp] as PyTuple;
            const type = s[--sp]!;
            s[sp - 1] = matchClass(s[sp - 1]!, type, oparg, namesT);
            break;
          }
          case O.PRINT_EXPR:
            vm.printExpr(s[--sp]!);
            break;

          default:
            raiseSystemError(`pyvm: unknown opcode ${op}`);
        }
      }
    } catch (e) {
      const x = fromJsError(e);
      if (e !== x) reraising = false;
      pending = x;
      // An exception back from a nested loop (vm.escaped) was chained where it was raised.
      if (x === vm.escaped) {
        vm.escaped = null;
        chained = true;
      }
    }
    // exception_unwind (out of line: it runs only when something raised).
    f = unwind(vm, entry, f, sp, ipc, pending!, reraising, chained);
    vm.current = f;
    chained = false;
    pending = null;
    reraising = false;
    kwnames = null;
    s = f.s;
    sp = f.sp;
    pc = f.pc | 0;
    code = f.code;
    wb = f.decoded.wbase | 0;
    consts = code.co_consts;
    names = code.co_names;
  }
}

/**
 * CPython's `exception_unwind:` for `exc` raised at instruction `ipc` of `f` (stack pointer
 * `sp`): adds the traceback entry (not for a re-raise), finds the handler in the exception
 * table, cuts the stack to its depth and pushes (lasti and) the exception; a frame without
 * one is finished and the search goes on in its caller. Returns the frame to continue
 * with, its `sp` and `pc` set to the handler; leaves evalFrame (throws) past `entry`.
 */
function unwind(vm: StackVM, entry: Frame, f: Frame, sp: number, ipc: number, exc: PyException, reraising: boolean, chained: boolean): Frame {
  let s = f.s;
  let lookupAt = ipc;
  if (!reraising) {
    f.lasti = ipc;
    // __context__ is set where the exception is raised (_PyErr_SetObject), once: not when
    // it arrives from a loop it escaped (`chained`), nor in the frames it propagates through.
    if (!chained) chainContext(exc, vm.excInfo);
  }
  for (;;) {
    if (!reraising) {
      exc.traceback = new PyTraceback(exc.traceback, f.code, f.lasti * 2, null);
      vm.onException?.(f, exc);
    }
    reraising = false;
    const h = findHandler(f.decoded.handlers, lookupAt);
    if (h !== null) {
      const newSp = f.base + h.depth;
      for (let i = newSp; i < sp; i++) s[i] = undefined;
      sp = newSp;
      if (h.lasti) s[sp++] = f.lasti;
      s[sp++] = exc;
      f.sp = sp;
      f.pc = h.target;
      return f;
    }
    // No handler: the frame is done.
    vm.depth--;
    for (let i = f.base; i < sp; i++) s[i] = undefined;
    f.sp = f.base;
    if (f.generator !== null) f.generator.finished = true;
    if (f === entry) {
      // Back to its code's pool, as RETURN_VALUE does (a traceback keeps the code and the
      // position, not the frame; release leaves generator frames alone).
      if (f.func !== null) f.release();
      vm.escaped = exc;
      throw exc;
    }
    const back = f.back!;
    f.back = null;
    if (f.generator !== null) {
      // A generator resumed in this loop raised: as genResume would, in the resumer.
      // The exception itself was chained where it was raised; PEP 479's RuntimeError in its
      // place has the StopIteration as its context (generatorRaised).
      exc = vm.leaveGenerator(f, exc)!;
    }
    f.release();
    f = back;
    s = f.s;
    sp = f.sp;
    lookupAt = f.lasti;
    exc = fromJsError(exc);
  }
}

function derefError(code: CodeObject, i: number): PyException {
  const name = code.co_localsplusnames[i];
  if (code.co_localspluskinds[i] & CO_FAST_FREE) return unboundFreeError(name);
  return unboundLocalError(name);
}


void genResume;
void PyTuple;
