// Exception groups (PEP 654; Objects/exceptions.c): BaseExceptionGroup and ExceptionGroup
// as Python objects (construction with CPython's checks, message, exceptions, split,
// subgroup, derive, str), and the two operations `except*` compiles to, shared by both
// VMs: CHECK_EG_MATCH (exceptionGroupMatch) and PREP_RERAISE_STAR (prepReraiseStar).
//
// An exception group is a PyException whose args are (message, exceptions as given); the
// `exceptions` tuple is kept in `extra.exceptions`. The traceback of an uncaught group is
// printed by runtime/traceback.ts (formatException), in CPython's nested-box layout.

import { PyObject, PyTuple, None } from './object';
import { PyType, KwArgs } from './type';
import { typeOf, setSlots } from './types';
import {
  PyException, BaseException, BaseExceptionGroup, ExceptionGroup, Exception, raiseTypeError,
} from './exceptions';
import { addGetSet, addMethod, addClassMethod, PyFunction } from './function';
import { PyDict } from './dict';
import { PyList } from './containers';
import { isTrue, toArray } from './ops';
import { callObject } from './call';
import { lookupSpecial } from './attr';
import { raise } from './lib_errors';
import { PyGenericAlias } from './class';

/** Is `v` an exception group (an instance of BaseExceptionGroup)? */
export function isExceptionGroup(v: PyObject): boolean {
  return v instanceof PyException && typeOf(v).isSubtypeOf(BaseExceptionGroup);
}

/** The group's sub-exceptions (its `exceptions` tuple). */
export function groupExceptions(eg: PyException): PyObject[] {
  return (eg.extra?.exceptions as PyTuple).items;
}

/**
 * BaseExceptionGroup.__new__(cls, message, exceptions): message a str, exceptions a
 * non-empty sequence of exception instances. BaseExceptionGroup itself becomes
 * ExceptionGroup when every member is an Exception; ExceptionGroup refuses a
 * BaseException member.
 */
function newExceptionGroup(cls: PyType, args: PyObject[], kwargs: KwArgs): PyException {
  if (args.length !== 2) raiseTypeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(`${cls.name}() takes no keyword arguments`);
  const [message, seq] = args;
  if (typeof message !== 'string') raiseTypeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).tpName}`);
  // PySequence_Check: str counts (its items are then "not an exception"), a dict does not.
  const isSequence = typeof seq === 'string' ||
    (typeof seq === 'object' && !(seq instanceof PyDict) && lookupSpecial(seq, '__getitem__') !== undefined && lookupSpecial(seq, '__len__') !== undefined);
  if (!isSequence) {
    raiseTypeError('second argument (exceptions) must be a sequence');
  }
  const items = toArray(seq);
  if (items.length === 0) raise('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  let allExceptions = true;
  items.forEach((e, i) => {
    if (!(e instanceof PyException)) raise('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    if (!typeOf(e).isSubtypeOf(Exception)) allExceptions = false;
  });
  let type = cls;
  if (cls === BaseExceptionGroup) {
    if (allExceptions) type = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (!allExceptions) raiseTypeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExceptions && cls.isSubtypeOf(Exception)) {
    raiseTypeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const eg = new PyException(type, [message, seq]);
  if (type.isHeapType) eg.__dict__ = new PyDict();
  eg.extra = { message, exceptions: new PyTuple(items) };
  return eg;
}

/** A split() / subgroup() condition: an exception type, a tuple of them, or a predicate. */
type Matcher = { kind: 'types'; types: PyType[] } | { kind: 'predicate'; fn: PyObject };

function matcherOf(condition: PyObject): Matcher {
  const isExcType = (t: PyObject): t is PyType => t instanceof PyType && t.isSubtypeOf(BaseException);
  if (isExcType(condition)) return { kind: 'types', types: [condition] };
  if (condition instanceof PyTuple && condition.items.every(isExcType)) return { kind: 'types', types: condition.items as PyType[] };
  // Only a Python function is a predicate (get_matcher_type's PyFunction_Check): not a
  // built-in, a bound method or an object with __call__.
  if (condition instanceof PyFunction) return { kind: 'predicate', fn: condition };
  return raiseTypeError('expected a function, exception type or tuple of exception types');
}

function matches(m: Matcher, e: PyException): boolean {
  if (m.kind === 'types') return m.types.some((t) => typeOf(e).isSubtypeOf(t));
  return isTrue(callObject(m.fn, [e], null));
}

/** derive() through Python (a subclass may override it), then the original's metadata. */
function deriveWithMetadata(eg: PyException, members: PyObject[]): PyException {
  const derive = lookupSpecial(eg, 'derive');
  const r = callObject(derive as PyObject, [new PyList(members)], null);
  if (!isExceptionGroup(r)) raiseTypeError('derive must return an instance of BaseExceptionGroup');
  const g = r as PyException;
  g.traceback = eg.traceback;
  g.cause = eg.cause;
  g.context = eg.context;
  g.suppressContext = eg.suppressContext;
  const notes = eg.__dict__?.getStr('__notes__');
  if (notes !== undefined) {
    if (g.__dict__ === undefined) g.__dict__ = new PyDict();
    g.__dict__.setStr('__notes__', notes instanceof PyList ? new PyList(notes.items.slice()) : notes);
  }
  return g;
}

/**
 * exceptiongroup_split_recursive: the part of `e` that matches and the part that does not
 * (null for an empty part). A group that matches as a whole is returned whole; otherwise
 * its members are split and each non-empty part rebuilt with derive().
 */
function splitRecursive(e: PyException, m: Matcher, wantRest: boolean): [PyException | null, PyException | null] {
  if (matches(m, e)) return [e, null];
  if (!isExceptionGroup(e)) return [null, wantRest ? e : null];
  const matched: PyObject[] = [], rest: PyObject[] = [];
  for (const member of groupExceptions(e)) {
    const [mm, rr] = splitRecursive(member as PyException, m, wantRest);
    if (mm !== null) matched.push(mm);
    if (rr !== null) rest.push(rr);
  }
  return [
    matched.length > 0 ? deriveWithMetadata(e, matched) : null,
    wantRest && rest.length > 0 ? deriveWithMetadata(e, rest) : null,
  ];
}

setSlots(BaseExceptionGroup, {
  tp_new: (t: PyType, args: PyObject[], kwargs: KwArgs) => newExceptionGroup(t, args, kwargs),
  tp_init: () => undefined,
  tp_str: (v) => {
    const eg = v as PyException;
    const n = groupExceptions(eg).length;
    return `${eg.extra?.message as string} (${n} sub-exception${n === 1 ? '' : 's'})`;
  },
});
setSlots(ExceptionGroup, {
  tp_new: (t: PyType, args: PyObject[], kwargs: KwArgs) => newExceptionGroup(t, args, kwargs),
});

addGetSet(BaseExceptionGroup, 'message', (v) => (v as PyException).extra?.message ?? None);
addGetSet(BaseExceptionGroup, 'exceptions', (v) => (v as PyException).extra?.exceptions ?? None);
// Argument counts in CPython's words: derive parses "O" without a name, split and subgroup
// unpack one argument by name.
function oneArg(args: PyObject[], message: (n: number) => string): PyObject {
  if (args.length !== 1) raiseTypeError(message(args.length));
  return args[0];
}
addMethod(BaseExceptionGroup, 'derive', (v, a) => {
  const excs = oneArg(a, (n) => `function takes exactly 1 argument (${n} given)`);
  return newExceptionGroup(BaseExceptionGroup, [(v as PyException).extra?.message ?? '', excs], null);
}, { noKwargs: true });
addMethod(BaseExceptionGroup, 'split', (v, a) => {
  const cond = oneArg(a, (n) => `split expected 1 argument, got ${n}`);
  const [m, r] = splitRecursive(v as PyException, matcherOf(cond), true);
  return new PyTuple([m ?? None, r ?? None]);
}, { noKwargs: true });
addMethod(BaseExceptionGroup, 'subgroup', (v, a) => {
  const cond = oneArg(a, (n) => `subgroup expected 1 argument, got ${n}`);
  return splitRecursive(v as PyException, matcherOf(cond), false)[0] ?? None;
}, { noKwargs: true });
addClassMethod(BaseExceptionGroup, '__class_getitem__', (cls, a) => new PyGenericAlias(cls as PyType, a[0] instanceof PyTuple ? a[0] : new PyTuple([a[0]])));

// ---- except* ---------------------------------------------------------------------------------

/** The type operand of `except* T`: exception types only, and no exception group types. */
function checkExceptStarType(type: PyObject): void {
  const types = type instanceof PyTuple ? type.items : [type];
  for (const t of types) {
    if (!(t instanceof PyType) || !t.isSubtypeOf(BaseException)) {
      raiseTypeError('catching classes that do not inherit from BaseException is not allowed');
    }
  }
  for (const t of types) {
    if ((t as PyType).isSubtypeOf(BaseExceptionGroup)) {
      raiseTypeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

/**
 * CHECK_EG_MATCH: splits the exception being handled by an `except* T` clause into the part
 * the clause handles (`match`, None for no match) and the rest it passes on. A naked
 * exception that matches is wrapped in ExceptionGroup('', (exc,)) with its traceback.
 */
export function exceptionGroupMatch(exc: PyObject, type: PyObject): [rest: PyObject, match: PyObject] {
  checkExceptStarType(type);
  if (exc === None) return [None, None];
  const e = exc as PyException;
  const m: Matcher = { kind: 'types', types: type instanceof PyTuple ? (type.items as PyType[]) : [type as PyType] };
  if (matches(m, e)) {
    if (isExceptionGroup(e)) return [None, e];
    const wrapped = newExceptionGroup(BaseExceptionGroup, ['', new PyTuple([e])], null);
    wrapped.traceback = e.traceback;
    return [None, wrapped];
  }
  if (isExceptionGroup(e)) {
    const [mm, rr] = splitRecursive(e, m, true);
    return [rr ?? None, mm ?? None];
  }
  return [exc, None];
}

/** The leaf exceptions of `e` (itself when it is not a group). */
function collectLeaves(e: PyObject, into: Set<PyObject>): void {
  if (isExceptionGroup(e)) for (const m of groupExceptions(e as PyException)) collectLeaves(m, into);
  else into.add(e);
}

/** Same traceback, cause, context and notes: `e` is `orig` (or a split of it) re-raised. */
function sameMetadata(e: PyException, orig: PyException): boolean {
  return e.traceback === orig.traceback && e.cause === orig.cause && e.context === orig.context &&
    e.__dict__?.getStr('__notes__') === orig.__dict__?.getStr('__notes__');
}

/**
 * PREP_RERAISE_STAR: what leaves a try/except* statement. `raised` lists, per clause that
 * ran, the exception it raised or None, then the unhandled rest. Re-raised parts of the
 * original keep the original's nesting (its leaves, projected); new exceptions join them in
 * ExceptionGroup('', [...]). None when nothing is left to raise.
 */
export function prepReraiseStar(orig: PyObject, raised: PyObject): PyObject {
  const excs = (raised as PyList).items;
  if (excs.length === 0) return None;
  if (!isExceptionGroup(orig)) {
    // A naked exception was handled: at most one clause ran, so at most one exception.
    return excs[0];
  }
  const origEg = orig as PyException;
  const newOnes: PyObject[] = [];
  const keep = new Set<PyObject>();
  for (const e of excs) {
    if (e === None) continue;
    if (sameMetadata(e as PyException, origEg)) collectLeaves(e, keep);
    else newOnes.push(e);
  }
  const reraised: PyObject = keep.size > 0 ? projectLeaves(origEg, keep) ?? None : None;
  if (newOnes.length === 0) return reraised;
  if (reraised !== None) newOnes.push(reraised);
  if (newOnes.length === 1) return newOnes[0];
  return newExceptionGroup(BaseExceptionGroup, ['', new PyList(newOnes)], null);
}

/**
 * exception_group_projection: the part of `e` whose leaves are in `keep`, rebuilt with
 * derive() at every group level (a fully kept group is a new group too, as in CPython).
 */
function projectLeaves(e: PyException, keep: Set<PyObject>): PyException | null {
  if (!isExceptionGroup(e)) return keep.has(e) ? e : null;
  const parts: PyObject[] = [];
  for (const member of groupExceptions(e)) {
    const p = projectLeaves(member as PyException, keep);
    if (p !== null) parts.push(p);
  }
  return parts.length === 0 ? null : deriveWithMetadata(e, parts);
}
