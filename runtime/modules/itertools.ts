// The itertools module (Modules/itertoolsmodule.c): each iterator is a built-in type whose
// instances wrap a JS generator over the object model's iteration protocol, so results
// and laziness match CPython's (count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse, groupby, islice, starmap, tee, zip_longest,
// product, permutations, combinations, combinations_with_replacement, pairwise). Those with
// CPython's __reduce__/__setstate__ (count, repeat, accumulate, chain, compress, dropwhile,
// takewhile, filterfalse, islice, starmap, cycle, zip_longest, product, permutations,
// combinations, combinations_with_replacement) keep their state in variables those closures
// share (stepper); groupby, pairwise and tee have none yet ('cannot pickle').

import { PyObject, PyTuple, None, PyBase, PyFloat } from '../object';
import { PyType, KwArgs } from '../type';
import { makeBuiltinType, objectType, setSlots, typeOf } from '../types';
import { addClassMethod, addressOf } from '../function';
import { getIter, isTrue, toArray, binaryOp, repr, richEq, index as opIndex, hasIndex } from '../ops';
import { callObject } from '../call';
import { getAttr } from '../attr';
import { raise } from '../lib_errors';
import { parseArgs, noKwargs, addLibMethod } from '../lib_args';
import * as I from '../int_ops';
import { defineModule } from './module_util';
import { currentInterp } from '../interp';
import { PyDict } from '../dict';
import { PyList } from '../containers';

/**
 * CPython 3.11's rule for keywords to these types' constructors: refused for the type itself and
 * a subclass that keeps its __init__ (a subclass with its own __init__ may take keywords).
 */
function noKwargsUnlessInit(name: string, t: PyType, kwargs: KwArgs): void {
  if (kwargs !== null && kwargs.size > 0 && t.lookup('__init__') === objectType.lookup('__init__')) noKwargs(name, kwargs);
}

/** CPython's 'NAME expected N argument(s), got M' for a fixed positional count. */
function expectArgs(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) raise('TypeError', `${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** PyNumber_Check: what count() accepts as start and step. */
function isNumber(v: PyObject): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined
    || t.lookup('__complex__') !== undefined || t.tpName === 'complex' || hasIndex(v);
}

/** An itertools iterator: a JS generator yielding Python objects. */
class PyItIter extends PyBase {
  /** Inside gen.next(): a JS generator cannot be re-entered (see itType's tp_iternext). */
  running = false;
  /** __reduce__'s value (CPython's, for pickle and copy), when this iterator has one. */
  reduce: (() => PyObject) | null = null;
  /** __setstate__, for the iterators whose __reduce__ gives a state. */
  setstate: ((state: PyObject) => void) | null = null;
  constructor(type: PyType, public readonly gen: Iterator<PyObject>, public readonly reprFn: (() => string) | null = null) {
    super();
    this.ob_type = type;
    // an instance of a Python subclass has a __dict__ (CPython's subclass_with_new sets attributes)
    if (type.instancesHaveDict) this.__dict__ = new PyDict();
  }
}

/**
 * Pulls from a Python iterable as a JS iterator. iter() is called now, as CPython's
 * constructors call PyObject_GetIter (a non-iterable argument is a TypeError at construction).
 */
function pyIter(iterable: PyObject): Generator<PyObject> {
  return iterOver(getIter(iterable));
}

function* iterOver(it: PyObject): Generator<PyObject> {
  const next = typeOf(it).slots.tp_iternext!;
  for (;;) {
    const x = next(it);
    if (x === undefined) return;
    yield x;
  }
}

/**
 * The next item of an itertools iterator. A Python __next__ or key function that calls next()
 * on this same iterator would re-enter a running JS generator (a TypeError of V8's: a crash of
 * pyvm); CPython's C iterators are state machines that allow it (test_pairwise_reenter). Until
 * these are too (groupby is), it is a RuntimeError, CPython's own for tee.
 */
function guardedNext(it: PyItIter, name: string): PyObject | undefined {
  if (it.running) raise('RuntimeError', `cannot re-enter the ${name} iterator`);
  it.running = true;
  try {
    const r = it.gen.next();
    return r.done ? undefined : r.value;
  } finally {
    it.running = false;
  }
}

function itType(name: string, make: (args: PyObject[], kwargs: KwArgs, t: PyType) => PyItIter): PyType {
  const t = makeBuiltinType(name, objectType, { module: 'itertools', baseType: true });
  setSlots(t, {
    tp_new: (type, args, kwargs) => make(args, kwargs, type),
    tp_iter: (v) => v,
    tp_iternext: (v) => guardedNext(v as PyItIter, name),
    tp_repr: (v) => {
      const f = (v as PyItIter).reprFn;
      return f === null ? `<itertools.${name} object at ${addressOf(v)}>` : f();
    },
  });
  addLibMethod(t, '__reduce__', (v) => {
    const f = (v as PyItIter).reduce;
    return f === null ? raise('TypeError', `cannot pickle '${typeOf(v).tpName}' object`) : f();
  }, { minArgs: 0, maxArgs: 0 });
  addLibMethod(t, '__setstate__', (v, args) => {
    const f = (v as PyItIter).setstate;
    if (f === null) raise('AttributeError', `'${typeOf(v).tpName}' object has no attribute '__setstate__'`);
    f!(args[0]);
    return None;
  }, { minArgs: 1, maxArgs: 1 });
  return t;
}

/** A JS iterator over a next() function (undefined: exhausted), for iterators with visible state. */
function stepper(next: () => PyObject | undefined): Iterator<PyObject> {
  return {
    next: (): IteratorResult<PyObject> => {
      const v = next();
      return v === undefined ? { done: true, value: undefined } : { done: false, value: v };
    },
  };
}

/** The Python iterator of an iterable and its next function. */
function srcIter(iterable: PyObject): [PyObject, () => PyObject | undefined] {
  const it = getIter(iterable);
  const next = typeOf(it).slots.tp_iternext!;
  return [it, () => next(it)];
}

/** An iterator with a __reduce__ (and __setstate__ when given). */
function withReduce(it: PyItIter, reduce: () => PyObject, setstate: ((s: PyObject) => void) | null = null): PyItIter {
  it.reduce = reduce;
  it.setstate = setstate;
  return it;
}

function intsOf(state: PyObject, n: number, what: string): number[] {
  if (!(state instanceof PyTuple)) raise('TypeError', 'state is not a tuple');
  const items = (state as PyTuple).items;
  if (items.length !== n) raise('ValueError', `invalid arguments`);
  return items.map((x) => intArg(x, `an integer is required (got type ${typeOf(x).tpName})${what}`));
}

function intArg(v: PyObject, msg: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (!hasIndex(v)) raise('TypeError', msg);
  return Number(opIndex(v));
}

const countType = itType('count', (args, kwargs, t) => {
  const [startA, stepA] = parseArgs({ fname: 'count', names: ['start', 'step'], required: 0 }, args, kwargs);
  if ((startA !== undefined && !isNumber(startA)) || (stepA !== undefined && !isNumber(stepA))) raise('TypeError', 'a number is required');
  let cur: PyObject = startA === undefined ? 0 : startA;
  const step: PyObject = stepA === undefined ? 1 : stepA;
  const plain = stepA === undefined || (typeof step === 'number' && step === 1);
  const self: PyItIter = new PyItIter(t, (function* () {
    for (;;) {
      const v = cur;
      cur = typeof cur === 'number' && typeof step === 'number' && Number.isSafeInteger(cur + step) ? cur + step : binaryOp(0, cur, step);
      yield v;
    }
  })(), () => (plain ? `count(${repr(cur)})` : `count(${repr(cur)}, ${repr(step)})`));
  return withReduce(self, () => new PyTuple([typeOf(self), new PyTuple(plain ? [cur] : [cur, step])]));
});

const cycleType = itType('cycle', (args, kwargs, t) => {
  noKwargsUnlessInit('cycle', t, kwargs);
  expectArgs('cycle', args, 1);
  // CPython 3.11's cycle: the source until it ends (saving its items unless firstpass), then saved
  let src: [PyObject, () => PyObject | undefined] | null = srcIter(args[0]);
  let saved = new PyList([]);
  let index = 0;
  let firstpass = false;
  const self = new PyItIter(t, stepper(() => {
    if (src !== null) {
      const x = src[1]();
      if (x !== undefined) {
        if (!firstpass) saved.items.push(x);
        return x;
      }
      src = null;
    }
    const items = saved.items;
    if (items.length === 0) return undefined;
    if (index >= items.length) index = 0;
    const x = items[index++];
    if (index >= items.length) index = 0;
    return x;
  }));
  return withReduce(self, () => {
    if (src === null) {
      const it = getIter(saved);
      if (index !== 0) callObject(getAttr(it, '__setstate__'), [index], null);
      return new PyTuple([typeOf(self), new PyTuple([it]), new PyTuple([saved, true])]);
    }
    return new PyTuple([typeOf(self), new PyTuple([src[0]]), new PyTuple([saved, firstpass])]);
  }, (st) => {
    if (!(st instanceof PyTuple)) raise('TypeError', 'state is not a tuple');
    const items = (st as PyTuple).items;
    if (items.length !== 2) raise('TypeError', `function takes exactly 2 arguments (${items.length} given)`);
    if (!(items[0] instanceof PyList) || typeOf(items[0]).name !== 'list') raise('TypeError', `argument 1 must be list, not ${typeOf(items[0]).tpName}`);
    const fp = intArg(items[1], `'${typeOf(items[1]).tpName}' object cannot be interpreted as an integer`);
    saved = items[0] as PyList;
    firstpass = fp !== 0;
    index = 0;
  });
});

const repeatType = itType('repeat', (args, kwargs, t) => {
  const [obj, times] = parseArgs({ fname: 'repeat', names: ['object', 'times'], required: 1 }, args, kwargs);
  let left = times === undefined ? -1 : Math.max(0, intArg(times, `'${typeOf(times).tpName}' object cannot be interpreted as an integer`));
  const self = new PyItIter(t, (function* () {
    while (left !== 0) {
      if (left > 0) left--;
      yield obj!;
    }
  })(), () => (times === undefined ? `repeat(${repr(obj!)})` : `repeat(${repr(obj!)}, ${left})`));
  return withReduce(self, () => new PyTuple([typeOf(self), new PyTuple(times === undefined ? [obj!] : [obj!, left])]));
});

const accumulateType = itType('accumulate', (args, kwargs, t) => {
  const [iterable, func, initial] = parseArgs({ fname: 'accumulate', names: ['iterable', 'func', 'initial'], required: 1, kwOnlyFrom: 2 }, args, kwargs);
  const [it, next] = srcIter(iterable!);
  let init: PyObject | undefined = initial === undefined || initial === None ? undefined : initial;
  let total: PyObject | undefined;
  const fn = func === undefined ? None : func;
  const self = new PyItIter(t, stepper(() => {
    if (init !== undefined) {
      total = init;
      init = undefined;
      return total;
    }
    const x = next();
    if (x === undefined) return undefined;
    total = total === undefined ? x : fn === None ? binaryOp(0, total, x) : callObject(fn, [total, x], null);
    return total;
  }));
  // CPython's accumulate_reduce: a pending initial goes first through chain; a total is the state
  return withReduce(self, () => {
    if (init !== undefined) return new PyTuple([typeOf(self), new PyTuple([callObject(chainType, [new PyTuple([init]), it], null), fn]), None]);
    if (total === None) {
      // a None state would not be set: islice(accumulate(chain((None,), it), func), 1, None)
      const again = callObject(typeOf(self), [callObject(chainType, [new PyTuple([None]), it], null), fn], null);
      return new PyTuple([isliceType, new PyTuple([again, 1, None])]);
    }
    return new PyTuple([typeOf(self), new PyTuple([it, fn]), total ?? None]);
  }, (st) => {
    total = st;
  });
});

/** chain over the iterables an iterator gives (CPython's chain: source and active, its __reduce__ state). */
function chainOver(t: PyType, sourceIt: PyObject): PyItIter {
  let source: [PyObject, () => PyObject | undefined] | null = [sourceIt, () => typeOf(sourceIt).slots.tp_iternext!(sourceIt)];
  let active: [PyObject, () => PyObject | undefined] | null = null;
  const self = new PyItIter(t, stepper(() => {
    for (;;) {
      if (active !== null) {
        const x = active[1]();
        if (x !== undefined) return x;
        active = null;
      }
      if (source === null) return undefined;
      const a = source[1]();
      if (a === undefined) {
        source = null;
        return undefined;
      }
      active = srcIter(a);
    }
  }));
  return withReduce(self, () => {
    if (source === null) return new PyTuple([typeOf(self), new PyTuple([])]);
    const st = active === null ? [source[0]] : [source[0], active[0]];
    return new PyTuple([typeOf(self), new PyTuple([]), new PyTuple(st)]);
  }, (st) => {
    if (!(st instanceof PyTuple)) raise('TypeError', 'state is not a tuple');
    const items = (st as PyTuple).items;
    if (items.length < 1 || items.length > 2) raise('TypeError', `chain.__setstate__ expected ${items.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${items.length}`);
    const isIter = (v: PyObject): boolean => typeOf(v).slots.tp_iternext !== undefined;
    if (!isIter(items[0]) || (items.length === 2 && !isIter(items[1]))) raise('TypeError', 'Arguments must be iterators.');
    const src = items[0];
    source = [src, () => typeOf(src).slots.tp_iternext!(src)];
    if (items.length === 2) {
      const act = items[1];
      active = [act, () => typeOf(act).slots.tp_iternext!(act)];
    } else active = null;
  });
}

const chainType = itType('chain', (args, kwargs, t) => {
  noKwargsUnlessInit('chain', t, kwargs);
  return chainOver(t, getIter(new PyTuple(args.slice())));
});
addClassMethod(chainType, 'from_iterable', (cls, args) => chainOver(cls as PyType, getIter(args[0])));

const compressType = itType('compress', (args, kwargs, t) => {
  const [data, selectors] = parseArgs({ fname: 'compress', names: ['data', 'selectors'], required: 2 }, args, kwargs);
  const [dIt, d] = srcIter(data!);
  const [sIt, s] = srcIter(selectors!);
  const self = new PyItIter(t, stepper(() => {
    for (;;) {
      const a = d();
      if (a === undefined) return undefined;
      const b = s();
      if (b === undefined) return undefined;
      if (isTrue(b)) return a;
    }
  }));
  return withReduce(self, () => new PyTuple([typeOf(self), new PyTuple([dIt, sIt])]));
});

const dropwhileType = itType('dropwhile', (args, kwargs, t) => {
  noKwargsUnlessInit('dropwhile', t, kwargs);
  expectArgs('dropwhile', args, 2);
  const [it, next] = srcIter(args[1]);
  let dropping = true;
  const self = new PyItIter(t, stepper(() => {
    for (;;) {
      const x = next();
      if (x === undefined) return undefined;
      if (dropping && isTrue(callObject(args[0], [x], null))) continue;
      dropping = false;
      return x;
    }
  }));
  return withReduce(self, () => new PyTuple([typeOf(self), new PyTuple([args[0], it]), !dropping]), (st) => {
    dropping = !isTrue(st);
  });
});

const takewhileType = itType('takewhile', (args, kwargs, t) => {
  noKwargsUnlessInit('takewhile', t, kwargs);
  expectArgs('takewhile', args, 2);
  const [it, next] = srcIter(args[1]);
  let stopped = false;
  const self = new PyItIter(t, stepper(() => {
    if (stopped) return undefined;
    const x = next();
    if (x === undefined) return undefined;
    if (isTrue(callObject(args[0], [x], null))) return x;
    stopped = true;
    return undefined;
  }));
  return withReduce(self, () => new PyTuple([typeOf(self), new PyTuple([args[0], it]), stopped]), (st) => {
    stopped = isTrue(st);
  });
});

const filterfalseType = itType('filterfalse', (args, kwargs, t) => {
  noKwargsUnlessInit('filterfalse', t, kwargs);
  expectArgs('filterfalse', args, 2);
  const [it, next] = srcIter(args[1]);
  const self = new PyItIter(t, stepper(() => {
    for (;;) {
      const x = next();
      if (x === undefined) return undefined;
      const keep = args[0] === None ? isTrue(x) : isTrue(callObject(args[0], [x], null));
      if (!keep) return x;
    }
  }));
  return withReduce(self, () => new PyTuple([typeOf(self), new PyTuple([args[0], it])]));
});

const grouperType = makeBuiltinType('_grouper', objectType, { module: 'itertools' });
setSlots(grouperType, {
  // _grouper(parent, tgtkey), what a group's __reduce__ gives: it becomes the parent's current group
  tp_new: (_t, args, kwargs) => {
    noKwargs('_grouper', kwargs);
    if (args.length !== 2) raise('TypeError', `_grouper expected 2 arguments, got ${args.length}`);
    const parent = args[0];
    if (!(parent instanceof PyItIter && parent.gen instanceof GroupbyState)) {
      return raise('TypeError', `_grouper() argument 1 must be itertools.groupby, not ${typeOf(parent).tpName}`);
    }
    return parent.gen.newGrouper(args[1]);
  },
  tp_iter: (v) => v,
  tp_iternext: (v) => {
    const r = (v as PyItIter).gen.next();
    return r.done ? undefined : r.value;
  },
});
// _grouper_reduce: a group its groupby has moved past pickles as an empty iterator
addLibMethod(grouperType, '__reduce__', (v) => {
  const g = (v as PyItIter).gen as GrouperState;
  if (g.parent.currGrouper !== g) return new PyTuple([builtinIter(), new PyTuple([new PyTuple([])])]);
  return new PyTuple([grouperType, new PyTuple([g.parent.owner!, g.tgtKey])]);
}, { minArgs: 0, maxArgs: 0 });

function builtinIter(): PyObject {
  return currentInterp().builtins.getStr('iter')!;
}

/**
 * groupby's state, as CPython's C groupby (not a JS generator): the key function is Python code
 * that may advance a group or the groupby itself (CPython's test_issue30347), and a JS
 * generator re-entered that way throws. The current value is taken (set to null) before it is
 * returned (with its key), and the next one is read only when asked for.
 */
class GroupbyState {
  tgtKey: PyObject | null = null;
  currKey: PyObject | null = null;
  currValue: PyObject | null = null;
  currGrouper: object | null = null;
  /** The groupby object itself (a group's __reduce__ names it). */
  owner: PyItIter | null = null;
  private readonly nextOf: (it: PyObject) => PyObject | undefined;
  constructor(readonly it: PyObject, readonly keyfunc: PyObject) {
    this.nextOf = typeOf(it).slots.tp_iternext!;
  }
  /** A group of this groupby for the key, now its current group. */
  newGrouper(key: PyObject): PyItIter {
    const grouper = new GrouperState(this, key);
    this.currGrouper = grouper;
    return new PyItIter(grouperType, grouper);
  }
  /** groupby_step: false when the iterator is exhausted. */
  step(): boolean {
    const v = this.nextOf(this.it);
    if (v === undefined) return false;
    const k = this.keyfunc === None ? v : callObject(this.keyfunc, [v], null);
    this.currValue = v;
    this.currKey = k;
    return true;
  }
  /** groupby_next: skips the rest of the current group, then (key, grouper). */
  next(): IteratorResult<PyObject> {
    this.currGrouper = null;
    for (;;) {
      if (this.currKey !== null) {
        if (this.tgtKey === null) break;
        if (!richEq(this.tgtKey, this.currKey)) break;
      }
      if (!this.step()) return { done: true, value: undefined };
    }
    const key = this.currKey!;
    this.tgtKey = key;
    return { done: false, value: new PyTuple([key, this.newGrouper(key)]) };
  }
}

/** _grouper_next: the group's items while the groupby has not moved on. */
class GrouperState {
  constructor(readonly parent: GroupbyState, readonly tgtKey: PyObject) {}
  next(): IteratorResult<PyObject> {
    const p = this.parent;
    if (p.currGrouper !== this) return { done: true, value: undefined };
    if (p.currValue === null && !p.step()) return { done: true, value: undefined };
    if (!richEq(this.tgtKey, p.currKey!)) return { done: true, value: undefined };
    const v = p.currValue!;
    p.currValue = null;
    p.currKey = null;
    return { done: false, value: v };
  }
}

const groupbyType = itType('groupby', (args, kwargs, t) => {
  const [iterable, keyfunc] = parseArgs({ fname: 'groupby', names: ['iterable', 'key'], required: 1 }, args, kwargs);
  const state = new GroupbyState(getIter(iterable!), keyfunc === undefined ? None : keyfunc);
  const self = new PyItIter(t, state);
  state.owner = self;
  // groupby_reduce: (type, (it, keyfunc)) and, once a value is pending, (currkey, currvalue, tgtkey)
  return withReduce(self, () => {
    const head = new PyTuple([typeOf(self), new PyTuple([state.it, state.keyfunc])]);
    if (state.tgtKey === null || state.currKey === null || state.currValue === null) return head;
    return new PyTuple([...head.items, new PyTuple([state.currKey, state.currValue, state.tgtKey])]);
  }, (st) => {
    if (!(st instanceof PyTuple)) raise('TypeError', 'state is not a tuple');
    const items = (st as PyTuple).items;
    if (items.length !== 3) raise('TypeError', `function takes exactly 3 arguments (${items.length} given)`);
    [state.currKey, state.currValue, state.tgtKey] = items;
  });
});

const isliceType = itType('islice', (args, kwargs, t) => {
  noKwargsUnlessInit('islice', t, kwargs);
  if (args.length < 2 || args.length > 4) raise('TypeError', `islice expected ${args.length < 2 ? 'at least 2' : 'at most 4'} arguments, got ${args.length}`);
  const idx = (v: PyObject, what: string): number | null => {
    if (v === None) return null;
    if (!hasIndex(v)) {
      raise('ValueError', what);
    }
    const n = Number(opIndex(v));
    if (n < 0) raise('ValueError', what);
    return n;
  };
  let start = 0, stop: number | null, step = 1;
  const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  if (args.length === 2) stop = idx(args[1], stopMsg);
  else {
    start = idx(args[1], 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.') ?? 0;
    stop = idx(args[2], stopMsg);
    if (args.length === 4) {
      const s = idx(args[3], 'Step for islice() must be a positive integer or None.');
      step = s ?? 1;
      if (step === 0) raise('ValueError', 'Step for islice() must be a positive integer or None.');
    }
  }
  const [it, src] = srcIter(args[0]);
  let i = 0;
  let next = start;
  let dead = false;
  const self = new PyItIter(t, stepper(() => {
    if (dead) return undefined;
    if (stop !== null && next >= stop) {
      // consume up to stop as CPython does
      while (i < stop) {
        if (src() === undefined) break;
        i++;
      }
      dead = true;
      return undefined;
    }
    let x = src();
    while (x !== undefined && i < next) {
      i++;
      x = src();
    }
    if (x === undefined) {
      dead = true;
      return undefined;
    }
    i++;
    next += step;
    return x;
  }));
  // CPython's islice_reduce: (islice, (it, next, stop, step), cnt); an exhausted one (iter([]), 0)
  return withReduce(self, () => {
    if (dead) return new PyTuple([typeOf(self), new PyTuple([getIter(new PyList([])), 0]), 0]);
    return new PyTuple([typeOf(self), new PyTuple([it, next, stop ?? None, step]), i]);
  }, (st) => {
    i = intArg(st, `'${typeOf(st).tpName}' object cannot be interpreted as an integer`);
  });
});

const starmapType = itType('starmap', (args, kwargs, t) => {
  noKwargsUnlessInit('starmap', t, kwargs);
  expectArgs('starmap', args, 2);
  const [it, next] = srcIter(args[1]);
  const self = new PyItIter(t, stepper(() => {
    const x = next();
    return x === undefined ? undefined : callObject(args[0], toArray(x), null);
  }));
  return withReduce(self, () => new PyTuple([typeOf(self), new PyTuple([args[0], it])]));
});

const zipLongestType = itType('zip_longest', (args, kwargs, t) => {
  let fill: PyObject = None;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      // CPython 3.11's itertools.c says it without the keyword's name.
      if (k !== 'fillvalue') raise('TypeError', 'zip_longest() got an unexpected keyword argument');
      fill = v;
    }
  }
  // CPython's zip_longest: an exhausted iterator is dropped (null); __reduce__ gives () for it
  const its: ([PyObject, () => PyObject | undefined] | null)[] = args.map((a) => srcIter(a));
  let active = its.length;
  const self = new PyItIter(t, stepper(() => {
    if (its.length === 0 || active === 0) return undefined;
    const row: PyObject[] = [];
    for (let i = 0; i < its.length; i++) {
      const src = its[i];
      if (src === null) {
        row.push(fill);
        continue;
      }
      const x = src[1]();
      if (x === undefined) {
        its[i] = null;
        active--;
        if (active === 0) return undefined;
        row.push(fill);
      } else row.push(x);
    }
    return new PyTuple(row);
  }));
  return withReduce(self, () => new PyTuple([typeOf(self), new PyTuple(its.map((x) => (x === null ? new PyTuple([]) : x[0]))), fill]), (st) => {
    fill = st;
  });
});

const productType = itType('product', (args, kwargs, t) => {
  let repeat = 1;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k !== 'repeat') raise('TypeError', `'${k}' is an invalid keyword argument for product()`);
      repeat = intArg(v, `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
      if (repeat < 0) raise('ValueError', 'repeat argument cannot be negative');
    }
  }
  const pools0 = args.map((a) => toArray(a));
  const pools: PyObject[][] = [];
  for (let r = 0; r < repeat; r++) pools.push(...pools0);
  let idx: number[] | null = null;
  let stopped = false;
  const row = (): PyTuple => new PyTuple(idx!.map((j, i) => pools[i][j]));
  const self = new PyItIter(t, stepper(() => {
    if (stopped) return undefined;
    if (idx === null) {
      if (pools.some((p) => p.length === 0)) {
        stopped = true;
        return undefined;
      }
      idx = pools.map(() => 0);
      return row();
    }
    let i = pools.length - 1;
    while (i >= 0) {
      idx[i]++;
      if (idx[i] < pools[i].length) break;
      idx[i] = 0;
      i--;
    }
    if (i < 0) {
      stopped = true;
      return undefined;
    }
    return row();
  }));
  // CPython's product_reduce/product_setstate: the pools, and the indices once started
  const poolsTuple = (): PyTuple => new PyTuple(pools.map((p) => new PyTuple(p.slice())));
  return withReduce(self, () => {
    if (stopped) return new PyTuple([typeOf(self), new PyTuple([new PyTuple([])])]);
    if (idx === null) return new PyTuple([typeOf(self), poolsTuple()]);
    return new PyTuple([typeOf(self), poolsTuple(), new PyTuple(idx.slice())]);
  }, (st) => {
    const v = intsOf(st, pools.length, '');
    if (pools.some((p) => p.length === 0)) return;
    idx = v.map((x, i) => Math.max(0, Math.min(x, pools[i].length - 1)));
  });
});

const permutationsType = itType('permutations', (args, kwargs, t) => {
  const [iterable, rA] = parseArgs({ fname: 'permutations', names: ['iterable', 'r'], required: 1 }, args, kwargs);
  const pool = toArray(iterable!);
  const n = pool.length;
  const r = rA === undefined || rA === None ? n : intArg(rA, 'Expected int as r');
  if (r < 0) raise('ValueError', 'r must be non-negative');
  let indices = pool.map((_, i) => i);
  let cycles: number[] = [];
  for (let i = n; i > n - r; i--) cycles.push(i);
  let started = false;
  let stopped = r > n;
  const row = (): PyTuple => new PyTuple(indices.slice(0, r).map((i) => pool[i]));
  const self = new PyItIter(t, stepper(() => {
    if (stopped) return undefined;
    if (!started) {
      started = true;
      return row();
    }
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const first = indices[i];
        indices.splice(i, 1);
        indices.push(first);
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const tmp = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = tmp;
        return row();
      }
    }
    stopped = true;
    return undefined;
  }));
  // CPython's permutations_reduce/setstate: (indices, cycles) once started
  return withReduce(self, () => {
    if (!started) return new PyTuple([typeOf(self), new PyTuple([new PyTuple(pool.slice()), r])]);
    if (stopped) return new PyTuple([typeOf(self), new PyTuple([new PyTuple([]), r])]);
    return new PyTuple([typeOf(self), new PyTuple([new PyTuple(pool.slice()), r]), new PyTuple([new PyTuple(indices.slice()), new PyTuple(cycles.slice())])]);
  }, (st) => {
    if (!(st instanceof PyTuple) || st.items.length !== 2) raise('ValueError', 'invalid arguments');
    const [si, sc] = (st as PyTuple).items;
    const ind = intsOf(si, n, '');
    const cyc = intsOf(sc, r, '');
    indices = ind.map((x) => Math.max(0, Math.min(x, n - 1)));
    cycles = cyc.map((x, i) => Math.max(1, Math.min(x, n - i)));
    started = true;
  });
});

function combos(name: string, withReplacement: boolean): PyType {
  return itType(name, (args, kwargs, t) => {
    const [iterable, rA] = parseArgs({ fname: name, names: ['iterable', 'r'], required: 2 }, args, kwargs);
    const pool = toArray(iterable!);
    const n = pool.length;
    const r = intArg(rA!, `'${typeOf(rA!).tpName}' object cannot be interpreted as an integer`);
    if (r < 0) raise('ValueError', 'r must be non-negative');
    let indices: number[] | null = null;
    let stopped = withReplacement ? n === 0 && r > 0 : r > n;
    const row = (): PyTuple => new PyTuple(indices!.map((k) => pool[k]));
    const self = new PyItIter(t, stepper(() => {
      if (stopped) return undefined;
      if (indices === null) {
        indices = withReplacement ? new Array<number>(r).fill(0) : Array.from({ length: r }, (_, i) => i);
        return row();
      }
      let i = r - 1;
      if (!withReplacement) {
        while (i >= 0 && indices[i] === i + n - r) i--;
        if (i < 0) {
          stopped = true;
          return undefined;
        }
        indices[i]++;
        for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
      } else {
        while (i >= 0 && indices[i] === n - 1) i--;
        if (i < 0) {
          stopped = true;
          return undefined;
        }
        const v = indices[i] + 1;
        for (let j = i; j < r; j++) indices[j] = v;
      }
      return row();
    }));
    // CPython's combinations_reduce/setstate: the indices once started
    return withReduce(self, () => {
      if (indices === null) return new PyTuple([typeOf(self), new PyTuple([new PyTuple(pool.slice()), r])]);
      if (stopped) return new PyTuple([typeOf(self), new PyTuple([new PyTuple([]), r])]);
      return new PyTuple([typeOf(self), new PyTuple([new PyTuple(pool.slice()), r]), new PyTuple(indices.slice())]);
    }, (st) => {
      const v = intsOf(st, r, '');
      indices = v.map((x, i) => Math.max(0, Math.min(x, withReplacement ? n - 1 : i + n - r)));
    });
  });
}
const combinationsType = combos('combinations', false);
const combinationsWRType = combos('combinations_with_replacement', true);

const pairwiseType = itType('pairwise', (args, kwargs, t) => {
  noKwargsUnlessInit('pairwise', t, kwargs);
  expectArgs('pairwise', args, 1);
  const src = pyIter(args[0]);
  return new PyItIter(t, (function* () {
    let prev: PyObject | undefined;
    for (const x of src) {
      if (prev !== undefined) yield new PyTuple([prev, x]);
      prev = x;
    }
  })());
});

const teeType = makeBuiltinType('_tee', objectType, { module: 'itertools' });
setSlots(teeType, {
  tp_iter: (v) => v,
  tp_iternext: (v) => guardedNext(v as PyItIter, 'tee'),
});
function tee(args: PyObject[]): PyObject {
  const n = args.length > 1 ? intArg(args[1], 'integer argument expected') : 2;
  if (n < 0) raise('ValueError', 'n must be >= 0');
  const src = pyIter(args[0]);
  const buf: PyObject[] = [];
  let base = 0;
  let done = false;
  let fetching = false;
  const positions = new Array<number>(n).fill(0);
  const make = (k: number): PyItIter => new PyItIter(teeType, (function* () {
    for (;;) {
      const pos = positions[k];
      if (pos - base < buf.length) {
        positions[k]++;
        yield buf[pos - base];
        continue;
      }
      if (done) return;
      // The source's __next__ may call next() on a tee of the same source, which would
      // re-enter the shared JS generator: CPython's own error for it (teedataobject_getitem).
      if (fetching) raise('RuntimeError', 'cannot re-enter the tee iterator');
      fetching = true;
      let r: IteratorResult<PyObject>;
      try {
        r = src.next();
      } finally {
        fetching = false;
      }
      if (r.done) { done = true; return; }
      buf.push(r.value);
      positions[k]++;
      yield r.value;
    }
  })());
  return new PyTuple(Array.from({ length: n }, (_, k) => make(k)));
}

defineModule('itertools', (m) => {
  const types: [string, PyType][] = [
    ['count', countType], ['cycle', cycleType], ['repeat', repeatType], ['accumulate', accumulateType], ['chain', chainType],
    ['compress', compressType], ['dropwhile', dropwhileType], ['takewhile', takewhileType], ['filterfalse', filterfalseType],
    ['groupby', groupbyType], ['islice', isliceType], ['starmap', starmapType], ['zip_longest', zipLongestType],
    ['product', productType], ['permutations', permutationsType], ['combinations', combinationsType],
    ['combinations_with_replacement', combinationsWRType], ['pairwise', pairwiseType], ['_grouper', grouperType],
  ];
  for (const [name, t] of types) m.set(name, t);
  m.fn('tee', (args) => tee(args), { minArgs: 1, maxArgs: 2 });
  void PyFloat;
  void I;
});
