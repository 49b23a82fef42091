// The contextlib module: contextmanager (generator-based context managers, with
// _GeneratorContextManager's exact __exit__ protocol; they are decorators too), suppress,
// closing, nullcontext, redirect_stdout and redirect_stderr. ExitStack, AsyncExitStack, the
// ABCs, ContextDecorator, asynccontextmanager, aclosing and chdir are Python source
// (contextlib_extra_source.ts), loaded on first use.

import { PyObject, PyBase, None } from '../object';
import { KwArgs, PyType } from '../type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, typeOf, isInstance } from '../types';
import { makeBuiltinFunction, PyMethod } from '../function';
import { getAttr, getAttrOpt } from '../attr';
import { callObject } from '../call';
import { PyException, isPyException, StopIteration, RuntimeError, newException } from '../exceptions';
import { currentInterp } from '../interp';
import { raise } from '../lib_errors';
import { addLibMethod } from '../lib_args';
import { defineModule, lazyAttributes } from './module_util';
import { definePythonModule } from './python_source';
import { importAbsolute } from '../vmhelpers';

class PyGenCM extends PyBase {
  constructor(public readonly gen: PyObject, public readonly func: PyObject, public readonly args: PyObject[], public readonly kwargs: KwArgs) {
    super();
  }
}
const genCMType = makeBuiltinType('_GeneratorContextManager', objectType, { module: 'contextlib' });
setBuiltinType(PyGenCM, genCMType);

function isStopIteration(e: unknown): e is PyException {
  return isPyException(e) && isInstance(e, StopIteration);
}

addLibMethod(genCMType, '__enter__', (self) => {
  try {
    return callObject(getAttr((self as PyGenCM).gen, '__next__'), [], null);
  } catch (e) {
    if (isStopIteration(e)) throw newException(RuntimeError, "generator didn't yield");
    throw e;
  }
}, { minArgs: 0, maxArgs: 0 });

addLibMethod(genCMType, '__exit__', (self, args) => {
  const gen = (self as PyGenCM).gen;
  const [typ, value] = args;
  if (typ === None) {
    try {
      callObject(getAttr(gen, '__next__'), [], null);
    } catch (e) {
      if (isStopIteration(e)) return false;
      throw e;
    }
    throw newException(RuntimeError, "generator didn't stop");
  }
  const exc = value === None ? callObject(typ, [], null) : value;
  try {
    callObject(getAttr(gen, 'throw'), [exc], null);
  } catch (e) {
    if (isStopIteration(e)) return e !== exc;
    if (isPyException(e) && isInstance(e, RuntimeError)) {
      if (e === exc) return false;
      if (isInstance(exc, StopIteration) && (e as PyException).cause === exc) return false;
      throw e;
    }
    if (e === exc) return false;
    throw e;
  }
  throw newException(RuntimeError, "generator didn't stop after throw()");
}, { minArgs: 3, maxArgs: 3 });

function newGenCM(func: PyObject, args: PyObject[], kwargs: KwArgs): PyGenCM {
  return new PyGenCM(callObject(func, args, kwargs), func, args, kwargs);
}

/** Makes the _GeneratorContextManager of func(*args, **kwargs): what a @contextmanager helper calls. */
const makeGenCM = makeBuiltinFunction('_make_gcm', (args: PyObject[], kwargs: KwArgs) => newGenCM(args[0], args.slice(1), kwargs));

// A _GeneratorContextManager is also a ContextDecorator: `@cm(args)` over a function runs each
// call inside a fresh manager made from the same generator function and arguments.
addLibMethod(genCMType, '_recreate_cm', (self) => {
  const g = self as PyGenCM;
  return newGenCM(g.func, g.args, g.kwargs);
}, { minArgs: 0, maxArgs: 0 });
setSlots(genCMType, {
  tp_call: (self, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) raise('TypeError', `ContextDecorator.__call__() got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
    if (args.length === 0) raise('TypeError', "ContextDecorator.__call__() missing 1 required positional argument: 'func'");
    if (args.length > 1) raise('TypeError', `ContextDecorator.__call__() takes 2 positional arguments but ${args.length + 1} were given`);
    const decorate = getAttr(importAbsolute(currentInterp(), '_pyvm_contextlib'), '_decorate');
    return callObject(decorate, [self, args[0]], null);
  },
});

/**
 * @contextmanager: a Python function (so that it binds as a method, as CPython's helper does)
 * wrapping func, with func's __name__, __qualname__, __doc__, __module__ and __wrapped__;
 * calling it makes a _GeneratorContextManager around func(*args).
 */
function contextmanager(func: PyObject): PyObject {
  const wrap = getAttr(importAbsolute(currentInterp(), '_pyvm_contextlib'), '_wrap');
  return callObject(wrap, [func, makeGenCM], null);
}

definePythonModule('_pyvm_contextlib', `
from functools import wraps


def _wrap(func, make):
    @wraps(func)
    def helper(*args, **kwds):
        return make(func, *args, **kwds)
    return helper


async def _value(v):
    return v


def _decorate(cm, func):
    @wraps(func)
    def inner(*args, **kwds):
        with cm._recreate_cm():
            return func(*args, **kwds)
    return inner
`, { hideFrames: true });

class PySuppress extends PyBase {
  constructor(public readonly excs: PyObject[]) {
    super();
  }
}
const suppressType = makeBuiltinType('suppress', objectType, { module: 'contextlib' });
setBuiltinType(PySuppress, suppressType);
setSlots(suppressType, { tp_new: (_t, args) => new PySuppress(args) });
addLibMethod(suppressType, '__enter__', () => None, { minArgs: 0, maxArgs: 0 });
addLibMethod(suppressType, '__exit__', (self, args) => {
  const typ = args[0];
  if (typ === None || !(typ instanceof PyType)) return false;
  return (self as PySuppress).excs.some((x) => x instanceof PyType && typ.isSubtypeOf(x));
}, { minArgs: 3, maxArgs: 3 });

class PyWrapCM extends PyBase {
  saved: PyObject = None;
  constructor(public readonly kind: 'closing' | 'nullcontext' | 'redirect_stdout' | 'redirect_stderr', public readonly thing: PyObject) {
    super();
  }
}
function wrapType(name: PyWrapCM['kind']): PyType {
  const t = makeBuiltinType(name, objectType, { module: 'contextlib' });
  setSlots(t, {
    tp_new: (_t, args) => {
      const w = new PyWrapCM(name, args.length > 0 ? args[0] : None);
      w.ob_type = t;
      return w;
    },
  });
  addLibMethod(t, '__enter__', (self) => {
    const w = self as PyWrapCM;
    if (w.kind === 'redirect_stdout' || w.kind === 'redirect_stderr') {
      const stream = w.kind === 'redirect_stdout' ? 'stdout' : 'stderr';
      const sys = currentInterp().sys.__dict__;
      w.saved = sys.getStr(stream) ?? None;
      sys.setStr(stream, w.thing);
    }
    return w.thing;
  }, { minArgs: 0, maxArgs: 0 });
  addLibMethod(t, '__exit__', (self) => {
    const w = self as PyWrapCM;
    if (w.kind === 'closing') callObject(getAttr(w.thing, 'close'), [], null);
    if (w.kind === 'redirect_stdout' || w.kind === 'redirect_stderr') {
      currentInterp().sys.__dict__.setStr(w.kind === 'redirect_stdout' ? 'stdout' : 'stderr', w.saved);
    }
    return false;
  }, { minArgs: 3, maxArgs: 3 });
  return t;
}
const closingType = wrapType('closing');
const nullcontextType = wrapType('nullcontext');
// nullcontext is an async context manager too (3.10): __aenter__/__aexit__ return coroutines.
const awaitable = (v: PyObject): PyObject => callObject(getAttr(importAbsolute(currentInterp(), '_pyvm_contextlib'), '_value'), [v], null);
addLibMethod(nullcontextType, '__aenter__', (self) => awaitable((self as PyWrapCM).thing), { minArgs: 0, maxArgs: 0 });
addLibMethod(nullcontextType, '__aexit__', () => awaitable(None), { minArgs: 0 });
const redirectStdoutType = wrapType('redirect_stdout');
const redirectStderrType = wrapType('redirect_stderr');

defineModule('contextlib', (m) => {
  m.fn('contextmanager', (args) => contextmanager(args[0]), { minArgs: 1, maxArgs: 1 });
  m.set('suppress', suppressType);
  m.set('closing', closingType);
  m.set('nullcontext', nullcontextType);
  m.set('redirect_stdout', redirectStdoutType);
  m.set('redirect_stderr', redirectStderrType);
  m.set('_GeneratorContextManager', genCMType);
  // PEP 562: the ABCs, decorators and exit stacks are Python source (contextlib_extra_source.ts).
  lazyAttributes(m, new Map(['AbstractContextManager', 'AbstractAsyncContextManager', 'ContextDecorator',
    'AsyncContextDecorator', 'ExitStack', 'AsyncExitStack', 'asynccontextmanager', 'aclosing', 'chdir',
    '_AsyncGeneratorContextManager', '_BaseExitStack'].map((n) => [n, '_contextlib_extra'])));
  void typeOf;
  void PyMethod;
});
