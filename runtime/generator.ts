// Generator objects (CPython's PyGenObject): a suspended frame plus the protocol around it
// (send, throw, close, __next__, the return value carried by StopIteration).
//
// The frame belongs to the backend that created the generator: the runtime keeps it opaque
// (`frame: unknown`) and resumes it through `interp.backend.resumeGenerator`, which runs
// the frame until its next YIELD_VALUE (returning the yielded value) or its return (setting
// `finished` and `returnValue`, returning undefined-free `returnValue`).

import { PyBase, PyObject, None } from './object';
import { generatorType, coroutineType, setSlots, typeOf, setBuiltinType, makeBuiltinType, objectType } from './types';
import {
  PyException, StopIteration, StopAsyncIteration, GeneratorExit, RuntimeError, ValueError, isPyException, newException,
  raiseTypeError, stopIterationValue,
} from './exceptions';
import { addMethod, addGetSet, addressOf } from './function';
import { currentInterp } from './interp';
import { CodeObject, CO_ITERABLE_COROUTINE, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../frontend/code';
import { lookupSpecial, getAttr } from './attr';
import { callObject } from './call';
import { PyType } from './type';

export class PyGenerator extends PyBase {
  /** The backend's suspended frame. */
  frame: unknown;
  /** True while the frame is executing (re-entrance is a ValueError). */
  running = false;
  /** True once the frame has returned or raised. */
  finished = false;
  /** True until the first resume (only None may be sent then). */
  justStarted = true;
  /** The value of the frame's `return` (valid when finished after a resume). */
  returnValue: PyObject = None;
  /** The iterator a `yield from`/await in the frame is delegating to, if any (gi_yieldfrom). */
  yieldFrom: PyObject | null = null;
  /** The exception being handled inside the generator while it is suspended (gi_exc_state). */
  excState: PyObject = None;

  constructor(frame: unknown, public readonly code: CodeObject, public name: string, public qualname: string) {
    super();
    this.frame = frame;
  }
}
setBuiltinType(PyGenerator, generatorType);

/** The type of an `async def` function's frame that yields (runtime/async_generator.ts gives it its methods). */
export const asyncGeneratorType = makeBuiltinType('async_generator', objectType);
setSlotsFor(generatorType);
setSlotsFor(coroutineType);

/** The flags that make a generator frame something other than a plain generator. */
export const CO_NOT_PLAIN_GENERATOR = CO_COROUTINE | CO_ASYNC_GENERATOR;

/**
 * The type of the generator object a frame of `flags` makes (RETURN_GENERATOR, both VMs):
 * coroutine, async_generator, else generator. A generator function marked
 * CO_ITERABLE_COROUTINE (types.coroutine) still makes a generator.
 */
export function generatorTypeFor(flags: number): PyType {
  if (flags & CO_COROUTINE) return coroutineType;
  if (flags & CO_ASYNC_GENERATOR) return asyncGeneratorType;
  return generatorType;
}

/**
 * An iterator whose exhaustion carries a value, as a generator's return does (the awaitables
 * of async generators: `await agen.__anext__()` evaluates to the yielded value, which they
 * report as StopIteration(value)). tp_iternext returns undefined on exhaustion with the
 * value left in `stopValue`, so that next(), SEND and exhaustedStopIteration can find it.
 */
export abstract class PyValuedIterator extends PyBase {
  stopValue: PyObject = None;
}

/**
 * Resumes `gen` with `value` (or throws `exc` into it). Returns the yielded value, or
 * undefined when the generator finished (its return value is in gen.returnValue).
 * Raises what the frame raises (StopIteration escaping the frame becomes RuntimeError, PEP 479).
 */
export function genResume(gen: PyGenerator, value: PyObject, exc: PyException | null): PyObject | undefined {
  if (gen.running) raiseValueErrorRunning(gen);
  if (gen.finished) {
    // A coroutine cannot be resumed once done (gen_send_ex2); close() never gets here.
    if (gen.ob_type === coroutineType) throw newException(RuntimeError, 'cannot reuse already awaited coroutine');
    // The return value is reported once, by the resume that finished the generator.
    gen.returnValue = None;
    if (exc !== null) throw exc;
    return undefined;
  }
  if (gen.justStarted && value !== None && exc === null) {
    raiseTypeError(`can't send non-None value to a just-started ${kindOf(gen)}`);
  }
  gen.running = true;
  let r: PyObject;
  try {
    r = currentInterp().backend.resumeGenerator(gen, value, exc);
  } catch (e) {
    gen.finished = true;
    throw isPyException(e) ? generatorRaised(e, gen) : e;
  } finally {
    gen.running = false;
    gen.justStarted = false;
  }
  if (gen.finished) return undefined;
  return r;
}

function raiseValueErrorRunning(gen: PyGenerator): never {
  throw newException(ValueError, `${kindOf(gen)} already executing`);
}

/** What suspended `gen` delegates to (`yield from`, `await`), as the backend that runs it keeps it. */
export function delegateOf(gen: PyGenerator): PyObject | null {
  return gen.justStarted || gen.finished ? null : currentInterp().backend.delegateOf(gen);
}

/** 'coroutine' or 'async generator' for the frame of an `async def`, else 'generator' (for messages). */
function kindOf(gen: PyGenerator): string {
  return gen.ob_type === coroutineType ? 'coroutine' : gen.ob_type === asyncGeneratorType ? 'async generator' : 'generator';
}

/**
 * The StopIteration that next(it) raises when tp_iternext reported exhaustion: for a
 * generator that has just returned, it carries the return value (StopIteration.value).
 */
export function exhaustedStopIteration(it: PyObject): PyException {
  if (it instanceof PyGenerator) return stopIterationWith(it.returnValue);
  if (it instanceof PyCoroWrapper) return stopIterationWith(it.coro.returnValue);
  if (it instanceof PyValuedIterator) return stopIterationWith(it.stopValue);
  return new PyException(StopIteration, []);
}

/** gen.send(value): the next yielded value, or raises StopIteration(return value). */
export function genSend(gen: PyGenerator, value: PyObject): PyObject {
  const r = genResume(gen, value, null);
  if (r === undefined) throw stopIterationWith(gen.returnValue);
  return r;
}

/** StopIteration carrying `value` (as the generator's return). */
export function stopIterationWith(value: PyObject): PyException {
  return new PyException(StopIteration, value === None ? [] : [value]);
}

/** gen.throw(exc): throws into the frame; returns the next yielded value or raises. */
export function genThrow(gen: PyGenerator, exc: PyException): PyObject {
  const r = genResume(gen, None, exc);
  if (r === undefined) throw stopIterationWith(gen.returnValue);
  return r;
}

/** gen.close(): throws GeneratorExit; a yield in response is a RuntimeError. */
export function genClose(gen: PyGenerator): void {
  if (gen.finished) return;
  if (gen.justStarted) {
    gen.finished = true;
    return;
  }
  try {
    const r = genResume(gen, None, newException(GeneratorExit));
    if (r !== undefined) throw newException(RuntimeError, 'generator ignored GeneratorExit');
  } catch (e) {
    if (isPyException(e) && (typeOf(e).isSubtypeOf(GeneratorExit) || typeOf(e).isSubtypeOf(StopIteration))) return;
    throw e;
  }
}

/** Makes an exception instance from gen.throw's arguments (type, or instance, [value]). */
export function exceptionFromThrowArgs(args: PyObject[]): PyException {
  const t = args[0];
  if (t instanceof PyException) return t;
  if (t instanceof PyType) {
    const v = args.length > 1 ? args[1] : None;
    if (v instanceof PyException) return v;
    const inst = callObject(t, v === None ? [] : [v], null);
    if (inst instanceof PyException) return inst;
  }
  raiseTypeError('exceptions must be classes or instances deriving from BaseException, not ' + typeOf(t).tpName);
}

function setSlotsFor(t: PyType): void {
  // A coroutine is not an iterator: `await` drives it (GET_AWAITABLE, SEND), or its __await__.
  if (t === generatorType) {
    setSlots(t, {
      tp_iter: (g) => g,
      tp_iternext: (g) => genResume(g as PyGenerator, None, null),
    });
  }
  setSlots(t, {
    tp_repr: (g) => `<${t.name} object ${(g as PyGenerator).qualname} at ${addressOf(g)}>`,
  });
  addMethod(t, 'send', (g, args) => genSend(g as PyGenerator, args[0]), { minArgs: 1, maxArgs: 1 });
  addMethod(t, 'throw', (g, args) => genThrow(g as PyGenerator, exceptionFromThrowArgs(args)), { minArgs: 1, maxArgs: 3 });
  addMethod(t, 'close', (g) => {
    genClose(g as PyGenerator);
    return None;
  }, { maxArgs: 0 });
  addGetSet(t, '__name__', (g) => (g as PyGenerator).name);
  addGetSet(t, '__qualname__', (g) => (g as PyGenerator).qualname);
  const prefix = t === coroutineType ? 'cr_' : 'gi_';
  addGetSet(t, prefix + 'running', (g) => (g as PyGenerator).running);
  addGetSet(t, prefix + 'code', (g) => (g as PyGenerator).code);
  addGetSet(t, prefix + 'suspended', (g) => !(g as PyGenerator).running && !(g as PyGenerator).finished && !(g as PyGenerator).justStarted);
  addGetSet(t, t === coroutineType ? 'cr_await' : 'gi_yieldfrom', (g) => delegateOf(g as PyGenerator) ?? None);
}

// ---- await ------------------------------------------------------------------------------------

/** coroutine.__await__(): an iterator over the coroutine (CPython's coroutine_wrapper). */
class PyCoroWrapper extends PyBase {
  constructor(readonly coro: PyGenerator) {
    super();
  }
}
const coroWrapperType = makeBuiltinType('coroutine_wrapper', objectType);
setBuiltinType(PyCoroWrapper, coroWrapperType);
setSlots(coroWrapperType, {
  tp_iter: (w) => w,
  tp_iternext: (w) => genResume((w as PyCoroWrapper).coro, None, null),
});
addMethod(coroWrapperType, 'send', (w, args) => genSend((w as PyCoroWrapper).coro, args[0]), { minArgs: 1, maxArgs: 1 });
addMethod(coroWrapperType, 'throw', (w, args) => genThrow((w as PyCoroWrapper).coro, exceptionFromThrowArgs(args)), { minArgs: 1, maxArgs: 3 });
addMethod(coroWrapperType, 'close', (w) => {
  genClose((w as PyCoroWrapper).coro);
  return None;
}, { maxArgs: 0 });
addMethod(coroutineType, '__await__', (g) => new PyCoroWrapper(g as PyGenerator), { maxArgs: 0 });

/**
 * GET_AWAITABLE (_PyCoro_GetAwaitableIter): what `await v` iterates. A coroutine itself
 * (unless another await is already driving it), a generator marked CO_ITERABLE_COROUTINE,
 * or the iterator v.__await__() returns, which must not be a coroutine.
 */
export function getAwaitable(v: PyObject): PyObject {
  if (v instanceof PyGenerator) {
    if (v.ob_type === coroutineType) {
      if (delegateOf(v) !== null) throw newException(RuntimeError, 'coroutine is being awaited already');
      return v;
    }
    if (v.code.co_flags & CO_ITERABLE_COROUTINE) return v;
  }
  const method = lookupSpecial(v, '__await__');
  if (method === undefined) raiseTypeError(`object ${typeOf(v).tpName} can't be used in 'await' expression`);
  const it = callObject(method, [], null);
  if (it instanceof PyGenerator && it.ob_type === coroutineType) raiseTypeError('__await__() returned a coroutine');
  if (typeOf(it).slots.tp_iternext === undefined) raiseTypeError(`__await__() returned non-iterator of type '${typeOf(it).tpName}'`);
  return it;
}

/**
 * What the resumer of a generator sees when `exc` escapes the generator's frame: the exception
 * itself, except that a StopIteration becomes RuntimeError("generator raised StopIteration")
 * with the StopIteration as its cause and context (PEP 479). Used by genResume and by both VMs'
 * in-loop generator resumption, so all three agree.
 */
export function generatorRaised(exc: PyException, gen: PyGenerator): PyException {
  const t = typeOf(exc);
  let name: string;
  if (t.isSubtypeOf(StopIteration)) name = 'StopIteration';
  // An async generator ends with StopAsyncIteration from its awaitables; raised in its frame
  // it would end the `async for` silently, so it is a RuntimeError as well (PEP 525).
  else if (t.isSubtypeOf(StopAsyncIteration) && gen.ob_type === asyncGeneratorType) name = 'StopAsyncIteration';
  else return exc;
  const re = newException(RuntimeError, `${kindOf(gen)} raised ${name}`);
  re.cause = exc;
  re.suppressContext = true;
  re.context = exc;
  return re;
}

// ---- SEND to something other than a generator ----------------------------------------------

/** Where delegateSend leaves the return value of the iterator it found exhausted. */
export const delegateResult: { value: PyObject } = { value: None };

/**
 * SEND's step for a receiver that is not a generator (an awaitable's iterator, `yield from`
 * over an iterator): `send(v)`, or the iterator's next item when v is None, as CPython's SEND.
 * Returns the yielded value, or undefined when the receiver is exhausted; its return value
 * (StopIteration.value, or what a valued iterator carries) is then in delegateResult.value.
 * A class's __next__ is called directly so that the value of the StopIteration it raises is
 * not lost (its tp_iternext slot reports exhaustion as undefined).
 */
export function delegateSend(sub: PyObject, v: PyObject): PyObject | undefined {
  try {
    if (v === None) {
      const t = typeOf(sub);
      if (t.slots.tp_iternext !== undefined) {
        const next = t.isHeapType ? lookupSpecial(sub, '__next__') : undefined;
        if (next !== undefined) return callObject(next, [], null);
        const r = t.slots.tp_iternext(sub);
        if (r === undefined) delegateResult.value = stopIterationValue(exhaustedStopIteration(sub));
        return r;
      }
    }
    return callObject(getAttr(sub, 'send'), [v], null);
  } catch (e) {
    if (isPyException(e) && typeOf(e).isSubtypeOf(StopIteration)) {
      delegateResult.value = stopIterationValue(e);
      return undefined;
    }
    throw e;
  }
}
