// Instance layouts of classes, as far as Python can see them: CPython's best_base / solid_base
// (Objects/typeobject.c). A class's bases must agree on one "solid base" chain: two bases whose
// instances each add C-level fields of their own (int and str, list and dict, two classes with
// nonempty __slots__) cannot be combined, and type() says "multiple bases have instance lay-out
// conflict". The base whose layout wins is the class's __base__ (tp_base), not __bases__[0].
//
// pyvm's objects have no C layout, so the answer is kept per type:
// - a built-in type (or a class of pyvm's Python-source built-in modules standing for a C type)
//   has a layout of its own when CPython's type adds fields to its tp_base's (basicsize or
//   itemsize differ): the names in OWN_LAYOUT, taken from CPython 3.11's types;
// - a class defined in Python has one when it declares nonempty member __slots__, or when it
//   adds a __dict__ to a variable-size base (int, tuple, bytes subclasses: class A(int) and
//   class B(int) conflict in CPython 3.11).
// Everything else inherits its tp_base's solid base.

import { PyType } from './type';
import { objectType, intType, tupleType, bytesType, typeType } from './types';
import { raiseTypeError } from './exceptions';

/**
 * CPython 3.11's subclassable types that add instance fields to their tp_base (extra_ivars), by
 * `__module__.__qualname__`. Built from python3 (basicsize/itemsize against __base__'s) over the
 * types pyvm has; a type missing here only makes pyvm accept a combination CPython refuses.
 */
const OWN_LAYOUT = new Set([
  'builtins.object', 'builtins.int', 'builtins.float', 'builtins.complex', 'builtins.str', 'builtins.bytes',
  'builtins.bytearray', 'builtins.list', 'builtins.tuple', 'builtins.dict', 'builtins.set', 'builtins.frozenset',
  'builtins.type', 'builtins.module', 'builtins.property', 'builtins.classmethod', 'builtins.staticmethod',
  'builtins.super', 'builtins.enumerate', 'builtins.reversed', 'builtins.filter', 'builtins.map', 'builtins.zip',
  'builtins.BaseException', 'builtins.BaseExceptionGroup', 'builtins.StopIteration', 'builtins.SystemExit',
  'builtins.ImportError', 'builtins.OSError', 'builtins.SyntaxError', 'builtins.NameError', 'builtins.AttributeError',
  'builtins.UnicodeEncodeError', 'builtins.UnicodeDecodeError', 'builtins.UnicodeTranslateError',
  'collections.OrderedDict', 'collections.defaultdict', 'collections.deque',
  'datetime.date', 'datetime.datetime', 'datetime.time', 'datetime.timedelta', 'decimal.Decimal', 'decimal.Context',
  'itertools.accumulate', 'itertools.chain', 'itertools.combinations', 'itertools.combinations_with_replacement',
  'itertools.compress', 'itertools.count', 'itertools.cycle', 'itertools.dropwhile', 'itertools.filterfalse',
  'itertools.groupby', 'itertools.islice', 'itertools.pairwise', 'itertools.permutations', 'itertools.product',
  'itertools.repeat', 'itertools.starmap', 'itertools.takewhile', 'itertools.zip_longest',
  'types.GenericAlias', 'types.SimpleNamespace', 'weakref.ReferenceType', 'array.array', 'functools.partial',
  '_random.Random', '_struct.Struct', '_thread.RLock', '_thread._local', '_csv.Dialect',
  '_io._IOBase', '_io.BytesIO', '_io.StringIO', '_io.FileIO', '_io.TextIOWrapper', '_io.BufferedReader',
  '_io.BufferedWriter', '_io.BufferedRandom', '_io.BufferedRWPair', '_io.IncrementalNewlineDecoder',
  '_pickle.Pickler', '_pickle.Unpickler', '_socket.socket',
]);

/** A class's tp_base (the best base of its bases), recorded when the class is made. */
const tpBase = new WeakMap<PyType, PyType>();
/** Classes defined in Python whose instances have fields of their own (see the file header). */
const ownLayoutClasses = new WeakSet<PyType>();

/** CPython's tp_base: the base whose layout a class extends (its __base__). */
export function baseOf(t: PyType): PyType | undefined {
  return tpBase.get(t) ?? t.bases[0];
}

/** A variable-size layout (tp_itemsize != 0): int, bool, tuple, bytes, type and their subclasses. */
export function isVarSizedLayout(t: PyType): boolean {
  return t.isSubtypeOf(intType) || t.isSubtypeOf(tupleType) || t.isSubtypeOf(bytesType) || t.isSubtypeOf(typeType);
}

/** CPython's solid_base: the nearest type along tp_base whose instances add fields. */
export function solidBase(t: PyType): PyType {
  for (let k: PyType | undefined = t; k !== undefined; k = baseOf(k)) {
    if (k === objectType || ownLayoutClasses.has(k) || OWN_LAYOUT.has(`${layoutModule(k)}.${k.qualname}`)) return k;
  }
  return objectType;
}

function layoutModule(k: PyType): string {
  const m = k.isHeapType ? k.dict.get('__module__') : undefined;
  return typeof m === 'string' ? m : k.module;
}

/**
 * CPython's best_base: the base whose solid base is the most derived of all the bases' solid
 * bases; TypeError 'multiple bases have instance lay-out conflict' when two are unrelated.
 */
export function bestBase(bases: PyType[]): PyType {
  let base: PyType | undefined;
  let winner: PyType | undefined;
  for (const b of bases) {
    const candidate = solidBase(b);
    if (winner === undefined) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtypeOf(candidate)) {
      // b's layout is already part of the winner's
    } else if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      base = b;
    } else {
      raiseTypeError('multiple bases have instance lay-out conflict');
    }
  }
  return base ?? objectType;
}

/** What a class defined in Python adds to its tp_base's instances (for __class__ assignment). */
interface AddedLayout {
  /** Its __slots__' member names, sorted (CPython's ht_slots), or null without __slots__. */
  slots: string[] | null;
  dict: boolean;
  weakref: boolean;
}
const addedLayout = new WeakMap<PyType, AddedLayout>();

/**
 * Records a new class's tp_base and whether its instances add fields of their own: nonempty
 * member __slots__, or a __dict__ added to a variable-size base (`dictOnVarSized`). `added`
 * is what the class adds (its slots, __dict__ and __weakref__), for __class__ assignment. A
 * class of pyvm's Python-source built-in modules takes its answer from OWN_LAYOUT instead.
 */
export function noteClassLayout(t: PyType, base: PyType, added: AddedLayout, dictOnVarSized: boolean, builtinModuleClass: boolean): void {
  tpBase.set(t, base);
  if (builtinModuleClass) return;
  addedLayout.set(t, added);
  if ((added.slots !== null && added.slots.length > 0) || (dictOnVarSized && isVarSizedLayout(base))) ownLayoutClasses.add(t);
}

/** A class whose instances are its tp_base's (CPython's compatible_with_tp_base). */
function addsNothing(t: PyType): boolean {
  if (baseOf(t) === undefined) return false;
  const a = addedLayout.get(t);
  if (a === undefined) return !t.isHeapType && !OWN_LAYOUT.has(`${layoutModule(t)}.${t.qualname}`);
  return (a.slots === null || a.slots.length === 0) && !a.dict && !a.weakref;
}

/**
 * Two classes over one tp_base whose additions are the same fields (CPython's
 * same_slots_added, 3.11): equal sorted member slots, and a __weakref__ both put right after
 * the base. A __dict__ takes no room in the instance (3.11's managed dict; compared apart, in
 * checkClassAssignment) except over a variable-size base, where it always makes them differ.
 */
function sameAdded(a: PyType, b: PyType): boolean {
  const la = addedLayout.get(a);
  const lb = addedLayout.get(b);
  if (la === undefined || lb === undefined) return false;
  const na = la.slots?.length ?? 0;
  const nb = lb.slots?.length ?? 0;
  const varSized = isVarSizedLayout(baseOf(a)!);
  // words past the base: slots, a __dict__ over a variable-size base, __weakref__
  const sizeA = na + (la.dict && varSized ? 1 : 0) + (la.weakref ? 1 : 0);
  const sizeB = nb + (lb.dict && varSized ? 1 : 0) + (lb.weakref ? 1 : 0);
  let size = 0;
  if (la.weakref && lb.weakref && na === 0 && nb === 0) size++;
  if (la.slots !== null && lb.slots !== null) {
    if (na !== nb || la.slots.some((n, i) => n !== lb.slots![i])) return false;
    size += na;
  }
  return size === sizeA && size === sizeB;
}

/** Instances keep a __dict__ outside their fields (3.11's Py_TPFLAGS_MANAGED_DICT, inherited). */
function managedDict(t: PyType): boolean {
  for (const k of t.mro) {
    const a = addedLayout.get(k);
    const b = baseOf(k);
    if (a !== undefined && a.dict && b !== undefined && !isVarSizedLayout(b)) return true;
  }
  return false;
}

/**
 * `obj.__class__ = newto` for an instance of `oldto` (CPython's compatible_for_assignment):
 * past the classes that add nothing, both must reach one layout, or two that add the same
 * fields to one base, and both keep a managed __dict__ or neither does.
 */
export function checkClassAssignment(oldto: PyType, newto: PyType): void {
  let nb = newto;
  while (addsNothing(nb)) nb = baseOf(nb)!;
  let ob = oldto;
  while (addsNothing(ob)) ob = baseOf(ob)!;
  if ((nb !== ob && (baseOf(nb) !== baseOf(ob) || !sameAdded(nb, ob))) || managedDict(oldto) !== managedDict(newto)) {
    raiseTypeError(`__class__ assignment: '${newto.tpName}' object layout differs from '${oldto.tpName}'`);
  }
}
