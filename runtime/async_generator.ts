// Asynchronous generators (PEP 525) and the runtime side of `async for` and `async with`,
// shared by both VMs: the async_generator type's methods, the awaitables they return
// (async_generator_asend, async_generator_athrow), the builtins aiter() and anext(), and
// the operations behind GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, END_ASYNC_FOR and
// ASYNC_GEN_WRAP.
//
// An async generator is a PyGenerator whose type is async_generator (runtime/generator.ts
// makes it at RETURN_GENERATOR). Its frame yields two kinds of values: those of its own
// `yield`, which ASYNC_GEN_WRAP has wrapped in a PyAsyncGenWrapped, and those an `await`
// inside it passes up from what it awaits, bare. Nobody iterates the generator directly: its
// methods return awaitables, and driving one resumes the frame. A wrapped value ends the
// await (the awaitable reports StopIteration(value), so `await agen.__anext__()` evaluates
// to it), a bare value goes on up to whoever drives the outer await, and the frame's end
// raises StopAsyncIteration, which ends an `async for`.
//
// Invariant: at most one awaitable drives a generator at a time (`runningAsync`); a second
// one started meanwhile is a RuntimeError, as in CPython.

import { PyBase, PyObject, None } from './object';
import { PyType } from './type';
import { makeBuiltinType, objectType, setBuiltinType, setSlots, typeOf } from './types';
import {
  PyException, StopAsyncIteration, GeneratorExit, RuntimeError, TypeError, isPyException, newException, raiseTypeError,
} from './exceptions';
import { addMethod, addGetSet, addressOf, addBuiltin } from './function';
import {
  PyGenerator, PyValuedIterator, asyncGeneratorType, genResume, exceptionFromThrowArgs, stopIterationWith,
  getAwaitable, delegateSend, delegateResult, delegateOf,
} from './generator';
import { lookupSpecial, getAttr } from './attr';
import { callObject } from './call';

// ---- the generator's own state -------------------------------------------------------------

/** What CPython keeps in PyAsyncGenObject beside the generator: ag_running_async, ag_closed. */
interface AsyncGenState {
  /** An awaitable is driving the generator (between its first step and its end). */
  runningAsync: boolean;
  /** aclose() was started, or the generator ended with StopAsyncIteration / GeneratorExit. */
  closed: boolean;
}

// Kept beside the generator rather than in PyGenerator, so that plain generators (many of
// them in the benchmarks) carry nothing for it.
const states = new WeakMap<PyGenerator, AsyncGenState>();

function stateOf(gen: PyGenerator): AsyncGenState {
  let st = states.get(gen);
  if (st === undefined) {
    st = { runningAsync: false, closed: false };
    states.set(gen, st);
  }
  return st;
}

/** A value of the async generator's own `yield` (ASYNC_GEN_WRAP), as opposed to one an await passes up. */
class PyAsyncGenWrapped extends PyBase {
  constructor(readonly value: PyObject) {
    super();
  }
}
const wrappedValueType = makeBuiltinType('async_generator_wrapped_value', objectType);
setBuiltinType(PyAsyncGenWrapped, wrappedValueType);

/** ASYNC_GEN_WRAP: marks `v` as yielded by the async generator itself. */
export function asyncGenWrap(v: PyObject): PyObject {
  return new PyAsyncGenWrapped(v);
}

function isExhaustion(e: unknown): boolean {
  return isPyException(e) && (typeOf(e).isSubtypeOf(StopAsyncIteration) || typeOf(e).isSubtypeOf(GeneratorExit));
}

// ---- the awaitables -----------------------------------------------------------------------

/** An awaitable's life: not started, being driven, done (a finished awaitable cannot be reused). */
const enum AwaitableState { INIT, ITER, CLOSED }

/**
 * What both awaitables share: the iterator protocol around `step`, which resumes the
 * generator and returns the value to pass up, or undefined when the await is over (its value
 * in stopValue), and raises what ends the await with an error.
 */
abstract class PyAsyncGenAwaitable extends PyValuedIterator {
  state = AwaitableState.INIT;

  constructor(readonly gen: PyGenerator) {
    super();
  }

  abstract step(v: PyObject, exc: PyException | null): PyObject | undefined;

  /**
   * The generator's answer to a resume: a wrapped value ends the await with it, a bare value
   * is passed up, the generator's end is StopAsyncIteration (async_gen_unwrap).
   */
  protected unwrap(resume: () => PyObject | undefined): PyObject | undefined {
    const st = stateOf(this.gen);
    let r: PyObject | undefined;
    try {
      r = resume();
    } catch (e) {
      if (isExhaustion(e)) st.closed = true;
      st.runningAsync = false;
      throw e;
    }
    if (r === undefined) {
      st.runningAsync = false;
      throw newException(StopAsyncIteration);
    }
    if (r instanceof PyAsyncGenWrapped) {
      st.runningAsync = false;
      this.stopValue = r.value;
      return undefined;
    }
    return r;
  }
}

/** async_generator_asend: what __anext__() and asend(v) return. */
class PyAsyncGenASend extends PyAsyncGenAwaitable {
  constructor(gen: PyGenerator, readonly sendValue: PyObject) {
    super(gen);
  }

  step(v: PyObject, exc: PyException | null): PyObject | undefined {
    if (this.state === AwaitableState.CLOSED) throw newException(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
    const gen = this.gen;
    if (exc === null) {
      const st = stateOf(gen);
      if (this.state === AwaitableState.INIT) {
        if (st.runningAsync) {
          this.state = AwaitableState.CLOSED;
          throw newException(RuntimeError, 'anext(): asynchronous generator is already running');
        }
        if (v === None) v = this.sendValue;
        this.state = AwaitableState.ITER;
      }
      st.runningAsync = true;
    }
    try {
      const r = this.unwrap(() => genResume(gen, v, exc));
      if (r === undefined) this.state = AwaitableState.CLOSED;
      return r;
    } catch (e) {
      this.state = AwaitableState.CLOSED;
      throw e;
    }
  }
}

/** async_generator_athrow: what athrow(...) returns, and aclose() (with no exception to throw). */
class PyAsyncGenAThrow extends PyAsyncGenAwaitable {
  constructor(gen: PyGenerator, readonly args: PyObject[] | null) {
    super(gen);
  }

  private get isClose(): boolean {
    return this.args === null;
  }

  step(v: PyObject, exc: PyException | null): PyObject | undefined {
    if (this.state === AwaitableState.CLOSED) throw newException(RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
    const gen = this.gen;
    const st = stateOf(gen);
    if (exc !== null) return this.finish(() => this.resumeClosing(() => genResume(gen, None, exc)));
    if (gen.finished) {
      this.state = AwaitableState.CLOSED;
      this.stopValue = None;
      return undefined;
    }
    if (this.state === AwaitableState.INIT) {
      if (st.runningAsync) {
        this.state = AwaitableState.CLOSED;
        throw newException(RuntimeError, `${this.isClose ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
      }
      if (st.closed) {
        this.state = AwaitableState.CLOSED;
        throw newException(StopAsyncIteration);
      }
      if (v !== None) throw newException(RuntimeError, "can't send non-None value to a just-started coroutine");
      this.state = AwaitableState.ITER;
      st.runningAsync = true;
      if (this.isClose) {
        st.closed = true;
        return this.finish(() => this.resumeClosing(() => genResume(gen, None, newException(GeneratorExit))));
      }
      const thrown = exceptionFromThrowArgs(this.args as PyObject[]);
      return this.finish(() => this.unwrap(() => genResume(gen, None, thrown)));
    }
    return this.finish(() => this.resumeClosing(() => genResume(gen, v, null)));
  }

  /**
   * Resumes for aclose(), where the generator must not yield a value of its own (it may still
   * await); or, for athrow(), unwraps as asend does.
   */
  private resumeClosing(resume: () => PyObject | undefined): PyObject | undefined {
    if (!this.isClose) return this.unwrap(resume);
    const r = resume();
    if (r === undefined) throw newException(StopAsyncIteration);
    if (r instanceof PyAsyncGenWrapped) {
      stateOf(this.gen).runningAsync = false;
      this.state = AwaitableState.CLOSED;
      throw newException(RuntimeError, 'async generator ignored GeneratorExit');
    }
    return r;
  }

  /**
   * The end of the await on an error: the generator is no longer driven, and for aclose() its
   * StopAsyncIteration or GeneratorExit means "closed" (the await ends with None).
   */
  private finish(run: () => PyObject | undefined): PyObject | undefined {
    try {
      return run();
    } catch (e) {
      stateOf(this.gen).runningAsync = false;
      this.state = AwaitableState.CLOSED;
      if (this.isClose && isExhaustion(e)) {
        this.stopValue = None;
        return undefined;
      }
      throw e;
    }
  }
}

/** send()/throw()'s result: the value to pass up, or StopIteration with the value the await ended with. */
function endedWith(a: PyValuedIterator, r: PyObject | undefined): PyObject {
  if (r === undefined) throw stopIterationWith(a.stopValue);
  return r;
}

/** The awaitables' Python face: an iterator (send, throw, close) that is its own __await__. */
function setAwaitableSlots(t: PyType): void {
  setSlots(t, {
    tp_iter: (a) => a,
    tp_iternext: (a) => (a as PyAsyncGenAwaitable).step(None, null),
    tp_repr: (a) => `<${t.name} object at ${addressOf(a)}>`,
  });
  addMethod(t, 'send', (a, args) => endedWith(a as PyAsyncGenAwaitable, (a as PyAsyncGenAwaitable).step(args[0], null)), { minArgs: 1, maxArgs: 1 });
  addMethod(t, 'throw', (a, args) => endedWith(a as PyAsyncGenAwaitable, (a as PyAsyncGenAwaitable).step(None, exceptionFromThrowArgs(args))), { minArgs: 1, maxArgs: 3 });
  addMethod(t, 'close', (a) => {
    (a as PyAsyncGenAwaitable).state = AwaitableState.CLOSED;
    return None;
  }, { maxArgs: 0 });
  addMethod(t, '__await__', (a) => a, { maxArgs: 0 });
}

const asendType = makeBuiltinType('async_generator_asend', objectType);
setBuiltinType(PyAsyncGenASend, asendType);
setAwaitableSlots(asendType);
const athrowType = makeBuiltinType('async_generator_athrow', objectType);
setBuiltinType(PyAsyncGenAThrow, athrowType);
setAwaitableSlots(athrowType);

// ---- async_generator's methods ------------------------------------------------------------

setSlots(asyncGeneratorType, {
  tp_repr: (g) => `<async_generator object ${(g as PyGenerator).qualname} at ${addressOf(g)}>`,
});
addMethod(asyncGeneratorType, '__aiter__', (g) => g, { maxArgs: 0 });
addMethod(asyncGeneratorType, '__anext__', (g) => new PyAsyncGenASend(g as PyGenerator, None), { maxArgs: 0 });
addMethod(asyncGeneratorType, 'asend', (g, args) => new PyAsyncGenASend(g as PyGenerator, args[0]), { minArgs: 1, maxArgs: 1 });
addMethod(asyncGeneratorType, 'athrow', (g, args) => new PyAsyncGenAThrow(g as PyGenerator, args), { minArgs: 1, maxArgs: 3 });
addMethod(asyncGeneratorType, 'aclose', (g) => new PyAsyncGenAThrow(g as PyGenerator, null), { maxArgs: 0 });
addGetSet(asyncGeneratorType, '__name__', (g) => (g as PyGenerator).name);
addGetSet(asyncGeneratorType, '__qualname__', (g) => (g as PyGenerator).qualname);
addGetSet(asyncGeneratorType, 'ag_running', (g) => stateOf(g as PyGenerator).runningAsync);
addGetSet(asyncGeneratorType, 'ag_code', (g) => (g as PyGenerator).code);
addGetSet(asyncGeneratorType, 'ag_await', (g) => delegateOf(g as PyGenerator) ?? None);

// ---- async for, async with ----------------------------------------------------------------

/** Is `v` an asynchronous iterator (its type has __anext__)? */
function hasANext(v: PyObject): boolean {
  return typeOf(v).lookup('__anext__') !== undefined;
}

/** GET_AITER: `aiter` of an `async for`, with the statement's own messages. */
export function getAIter(obj: PyObject): PyObject {
  return aiterOf(
    obj,
    (o) => `'async for' requires an object with __aiter__ method, got ${typeOf(o).tpName}`,
    (it) => `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).tpName}`,
  );
}

/** obj.__aiter__(), checked to be an asynchronous iterator; the two failures' messages are the caller's. */
function aiterOf(obj: PyObject, notIterable: (o: PyObject) => string, notIterator: (it: PyObject) => string): PyObject {
  const method = lookupSpecial(obj, '__aiter__');
  if (method === undefined) raiseTypeError(notIterable(obj));
  const it = callObject(method, [], null);
  if (!hasANext(it)) raiseTypeError(notIterator(it));
  return it;
}

/** GET_ANEXT: the awaitable of the `async for`'s next item (aiter.__anext__(), made awaitable). */
export function getANext(aiter: PyObject): PyObject {
  if (aiter instanceof PyGenerator && aiter.ob_type === asyncGeneratorType) return new PyAsyncGenASend(aiter, None);
  const method = lookupSpecial(aiter, '__anext__');
  if (method === undefined) raiseTypeError(`'async for' requires an iterator with __anext__ method, got ${typeOf(aiter).tpName}`);
  const next = callObject(method, [], null);
  try {
    return getAwaitable(next);
  } catch (e) {
    if (!isPyException(e)) throw e;
    const err = newException(TypeError, `'async for' received an invalid object from __anext__: ${typeOf(next).tpName}`);
    err.cause = e;
    err.context = e;
    throw err;
  }
}

/** END_ASYNC_FOR: does exception `exc` end the loop (StopAsyncIteration), rather than propagate? */
export function endsAsyncFor(exc: PyObject): boolean {
  return exc instanceof PyException && typeOf(exc).isSubtypeOf(StopAsyncIteration);
}

/** BEFORE_ASYNC_WITH: [bound __aexit__, the result of __aenter__()] (an awaitable, awaited next). */
export function beforeAsyncWith(mgr: PyObject): [PyObject, PyObject] {
  const enter = lookupSpecial(mgr, '__aenter__');
  if (enter === undefined) raiseTypeError(`'${typeOf(mgr).tpName}' object does not support the asynchronous context manager protocol`);
  const exit = lookupSpecial(mgr, '__aexit__');
  if (exit === undefined) {
    raiseTypeError(`'${typeOf(mgr).tpName}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  return [exit, callObject(enter, [], null)];
}

// ---- aiter(), anext() ---------------------------------------------------------------------

/** anext(it, default)'s awaitable: the awaitable of it.__anext__(), its StopAsyncIteration turned into the default. */
class PyANextAwaitable extends PyValuedIterator {
  private inner: PyObject | null = null;

  constructor(readonly wrapped: PyObject, readonly defaultValue: PyObject) {
    super();
  }

  step(v: PyObject, exc: PyException | null): PyObject | undefined {
    if (this.inner === null) {
      const w = this.wrapped;
      this.inner = w instanceof PyAsyncGenAwaitable ? w : getAwaitable(w);
    }
    const inner = this.inner;
    try {
      if (inner instanceof PyGenerator) {
        // A coroutine (an `async def __anext__`): resumed directly, as SEND would.
        const r = genResume(inner, v, exc);
        if (r === undefined) this.stopValue = inner.returnValue;
        return r;
      }
      if (exc !== null) return callObject(getAttr(inner, 'throw'), [exc], null);
      const r = delegateSend(inner, v);
      if (r === undefined) this.stopValue = delegateResult.value;
      return r;
    } catch (e) {
      if (isPyException(e) && typeOf(e).isSubtypeOf(StopAsyncIteration)) {
        this.stopValue = this.defaultValue;
        return undefined;
      }
      throw e;
    }
  }
}
const anextAwaitableType = makeBuiltinType('anext_awaitable', objectType);
setBuiltinType(PyANextAwaitable, anextAwaitableType);
setSlots(anextAwaitableType, {
  tp_iter: (a) => a,
  tp_iternext: (a) => (a as PyANextAwaitable).step(None, null),
});
addMethod(anextAwaitableType, 'send', (a, args) => endedWith(a as PyANextAwaitable, (a as PyANextAwaitable).step(args[0], null)), { minArgs: 1, maxArgs: 1 });
addMethod(anextAwaitableType, 'throw', (a, args) => endedWith(a as PyANextAwaitable, (a as PyANextAwaitable).step(None, exceptionFromThrowArgs(args))), { minArgs: 1, maxArgs: 3 });
addMethod(anextAwaitableType, '__await__', (a) => a, { maxArgs: 0 });



addBuiltin('aiter', (args) => aiterOf(
  args[0],
  (o) => `'${typeOf(o).tpName}' object is not an async iterable`,
  (it) => `aiter() returned not an async iterator of type '${typeOf(it).tpName}'`,
), { minArgs: 1, maxArgs: 1 });

addBuiltin('anext', (args) => {
  const it = args[0];
  const method = lookupSpecial(it, '__anext__');
  if (method === undefined) raiseTypeError(`'${typeOf(it).tpName}' object is not an async iterator`);
  const awaitable = callObject(method, [], null);
  return args.length === 1 ? awaitable : new PyANextAwaitable(awaitable, args[1]);
}, { minArgs: 1, maxArgs: 2 });
