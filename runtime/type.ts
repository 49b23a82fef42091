// Python type objects (CPython's PyTypeObject): name, bases, MRO (C3), the type's dict, and
// the "slots" through which the generic operations dispatch.
//
// Slots are the fast path. A built-in type gets its slots from whoever implements it
// (runtime/ core for containers, the runtime library for numbers and strings) through
// `setSlots`; a Python class (heap type) gets slot wrappers that call its dunder methods
// (runtime/class.ts, updateSlotsFromDict). `type.slots` always holds the RESOLVED slots
// (own or inherited along the MRO), so a dispatch is one property read.
//
// INVARIANT: after `finalizeType(t)`, `t.slots[k]` is the slot of the first class in t.mro
// that defines k (own slot for built-ins; a dunder in the dict for heap types).
//
// Methods of built-in types live in `type.dict` as method descriptors (runtime/function.ts,
// addMethod), exactly where Python code finds them (`list.append`, `dir(str)`).

import { PyBase, PyObject } from './object';
import type { PyDict } from './dict';
import type { PyFunction, PyBuiltinFunction } from './function';

/** Comparison operators, numbered as CPython's Py_LT..Py_GE (COMPARE_OP's oparg). */
export const Py_LT = 0;
export const Py_LE = 1;
export const Py_EQ = 2;
export const Py_NE = 3;
export const Py_GT = 4;
export const Py_GE = 5;
export type CompareOp = 0 | 1 | 2 | 3 | 4 | 5;

/** A binary number slot: called as slot(v, w) for BOTH `v op w` and the reflected case (as CPython). */
export type BinarySlot = (v: PyObject, w: PyObject) => PyObject;
export type UnarySlot = (v: PyObject) => PyObject;
/** Keyword arguments as passed to JS-implemented callables: null when there are none. */
export type KwArgs = Map<string, PyObject> | null;
export type CallSlot = (self: PyObject, args: PyObject[], kwargs: KwArgs) => PyObject;

/**
 * The slots of a type. Names are CPython's (tp_*, nb_*, sq_*, mp_*). Every slot is optional:
 * absent means "this type does not support the operation" (after inheritance).
 */
export interface TypeSlots {
  // --- object protocol
  tp_repr?: (v: PyObject) => string;
  tp_str?: (v: PyObject) => string;
  /** Returns a JS number (CPython's Py_hash_t, a signed machine-size int). */
  tp_hash?: (v: PyObject) => number;
  /** Rich comparison; returns NotImplemented when the pair is not supported. */
  tp_richcompare?: (v: PyObject, w: PyObject, op: CompareOp) => PyObject;
  /** Returns a Python iterator. */
  tp_iter?: (v: PyObject) => PyObject;
  /** Returns the next item, or undefined when exhausted (no StopIteration in the fast path). */
  tp_iternext?: (v: PyObject) => PyObject | undefined;
  tp_call?: CallSlot;
  /** Attribute lookup; returns undefined when absent (the caller raises AttributeError). */
  tp_getattro?: (v: PyObject, name: string) => PyObject | undefined;
  /** Sets (value !== undefined) or deletes (value === undefined) an attribute. */
  tp_setattro?: (v: PyObject, name: string, value: PyObject | undefined) => void;
  /** Descriptor get: obj is undefined when looked up on the type itself. */
  tp_descr_get?: (descr: PyObject, obj: PyObject | undefined, type: PyType) => PyObject;
  /** Descriptor set (value undefined = delete). Presence makes a DATA descriptor. */
  tp_descr_set?: (descr: PyObject, obj: PyObject, value: PyObject | undefined) => void;
  /** type.__new__ equivalent: creates an instance of `type` (a subtype of the slot's owner). */
  tp_new?: (type: PyType, args: PyObject[], kwargs: KwArgs) => PyObject;
  tp_init?: (self: PyObject, args: PyObject[], kwargs: KwArgs) => void;
  // --- numbers (binary: slot(v, w) for both orders; return NotImplemented if unsupported)
  nb_add?: BinarySlot;
  nb_subtract?: BinarySlot;
  nb_multiply?: BinarySlot;
  nb_matrix_multiply?: BinarySlot;
  nb_true_divide?: BinarySlot;
  nb_floor_divide?: BinarySlot;
  nb_remainder?: BinarySlot;
  nb_divmod?: BinarySlot;
  /** Three-argument pow is the builtin's business (runtime library); the slot is binary. */
  nb_power?: BinarySlot;
  nb_lshift?: BinarySlot;
  nb_rshift?: BinarySlot;
  nb_and?: BinarySlot;
  nb_or?: BinarySlot;
  nb_xor?: BinarySlot;
  nb_inplace_add?: BinarySlot;
  nb_inplace_subtract?: BinarySlot;
  nb_inplace_multiply?: BinarySlot;
  nb_inplace_matrix_multiply?: BinarySlot;
  nb_inplace_true_divide?: BinarySlot;
  nb_inplace_floor_divide?: BinarySlot;
  nb_inplace_remainder?: BinarySlot;
  nb_inplace_power?: BinarySlot;
  nb_inplace_lshift?: BinarySlot;
  nb_inplace_rshift?: BinarySlot;
  nb_inplace_and?: BinarySlot;
  nb_inplace_or?: BinarySlot;
  nb_inplace_xor?: BinarySlot;
  nb_negative?: UnarySlot;
  nb_positive?: UnarySlot;
  nb_invert?: UnarySlot;
  nb_absolute?: UnarySlot;
  nb_bool?: (v: PyObject) => boolean;
  /** __index__: returns a Python int (number | bigint). */
  nb_index?: (v: PyObject) => number | bigint;
  nb_int?: (v: PyObject) => number | bigint;
  nb_float?: (v: PyObject) => number;
  // --- sequences / mappings
  /** len(); returns a JS number. */
  sq_length?: (v: PyObject) => number;
  /** `v + w` for sequences when nb_add did not handle it (raises CPython's concat TypeError). */
  sq_concat?: BinarySlot;
  sq_repeat?: BinarySlot;
  sq_contains?: (v: PyObject, item: PyObject) => boolean;
  mp_subscript?: (v: PyObject, key: PyObject) => PyObject;
  /** Sets (value !== undefined) or deletes (value === undefined) an item. */
  mp_ass_subscript?: (v: PyObject, key: PyObject, value: PyObject | undefined) => void;
}

export type SlotName = keyof TypeSlots;

/** Marks a name known to be absent along the MRO in PyType.lookupCache (one Map lookup per hit). */
const ABSENT: unique symbol = Symbol('absent');

let typeVersionCounter = 1;
/** A fresh version tag: caches keyed by type attributes compare against it. */
export function nextTypeVersion(): number {
  return ++typeVersionCounter;
}

/**
 * The types modified in the current batch of changes (null: none open). Finalising the built-in
 * types gives them hundreds of dunder methods one at a time (runtime/types.ts), and each
 * addMethod on `object` walked every type: 3,000 walks in a hello world. In a batch, modified()
 * renews the type's own version and cache at once, and its subclasses' once for the whole batch
 * (endModifiedBatch). Only for code that looks nothing up on a subclass before the batch ends.
 */
let modifiedBatch: Set<PyType> | null = null;

/** Opens a batch of type changes (see modifiedBatch); false when one is open already (it goes on). */
export function beginModifiedBatch(): boolean {
  if (modifiedBatch !== null) return false;
  modifiedBatch = new Set();
  return true;
}

/** Closes the batch: every subclass of a type modified in it gets a new version, once. */
export function endModifiedBatch(): void {
  const batch = modifiedBatch;
  modifiedBatch = null;
  if (batch === null) return;
  const seen = new Set<PyType>();
  const renew = (t: PyType): void => {
    if (seen.has(t)) return;
    seen.add(t);
    t.version = nextTypeVersion();
    if (t.lookupCache.size !== 0) t.lookupCache.clear();
    for (const s of t.subclasses) renew(s);
  };
  for (const t of batch) for (const s of t.subclasses) renew(s);
}

/** A Python type. */
export class PyType extends PyBase {
  /** __name__ */
  name: string;
  /** __qualname__ */
  qualname: string;
  /** __module__ ('builtins' for built-in types). */
  module: string;
  /**
   * For a type CPython implements in C outside builtins (runtime/types.ts makeBuiltinType): its
   * module, which CPython's tp_name carries ('collections.deque'); null for builtins' types and
   * for classes, whose tp_name is their __name__.
   */
  cModule: string | null = null;
  /** __bases__ */
  bases: PyType[];
  /** __mro__, computed by C3 (mroC3); mro[0] === this. */
  mro: PyType[] = [];
  /** The type's own namespace (CPython's tp_dict): name -> attribute. */
  dict: Map<string, PyObject> = new Map();
  /** Slots this type defines itself (built-in types only; heap types derive theirs from dict). */
  ownSlots: TypeSlots = {};
  /** Resolved slots (own or inherited); see the file header's invariant. */
  slots: TypeSlots = {};
  /** A class defined in Python (class statement / type(name, bases, dict)). */
  isHeapType: boolean;
  /** May be subclassed (bool, NoneType, function ... may not). */
  isBaseType = true;
  /**
   * Creates a bare instance whose JS representation suits this type (a PyList for list and its
   * subclasses...). Inherited from the nearest built-in base.
   */
  allocate: ((type: PyType) => PyBase) | null = null;
  /** Instances get a __dict__ (heap types without __slots__). */
  instancesHaveDict = false;
  /** Changes whenever this type or a base is modified; attribute caches compare with it. */
  version: number = nextTypeVersion();
  /** Direct subclasses, for invalidating caches and slots when a class is modified. */
  subclasses: PyType[] = [];
  /** Attribute lookup cache along the MRO (valid while `version` is unchanged). */
  lookupCache: Map<string, PyObject | typeof ABSENT> = new Map();
  /** The documentation string (__doc__), when any. */
  doc: string | null = null;
  /**
   * A direct entry for calling this exact type (CPython's tp_vectorcall), or null: set by
   * runtime/call.ts installVectorcalls on built-in types only, never inherited; callObject
   * uses it in place of type.__call__'s generic path.
   */
  vectorcall: ((args: PyObject[], kwargs: KwArgs) => PyObject) | null = null;
  /**
   * A built-in type's call as a built-in function (float(x), str(i), int(s)), or null: its
   * fast1/fast2 do what calling the type does with 1-2 positional arguments, without an
   * argument array; its impl calls the type (callType). Both loops' CALL call it as they call
   * a built-in function. Set by runtime/lib_type_calls.ts on exact built-in types only, never
   * inherited (a subclass is called through type.__call__).
   */
  callEntry: PyBuiltinFunction | null = null;
  /**
   * runtime/class.ts inlinableInit's answer (the Python __init__ a call of this class may run
   * as a frame of the VM's loop, or null) while `version` equals inlInitVersion (-1: not yet).
   */
  inlInit: PyFunction | null = null;
  inlInitVersion = -1;
  /**
   * inlInit is for an exception class (created by BaseException.__new__, which keeps the call's
   * positional arguments as `args`): only a VM that passes them to allocInstance may use it.
   */
  inlInitArgs = false;
  /**
   * Instances cannot be created: a true __abstractmethods__ was set on the type (CPython's
   * Py_TPFLAGS_IS_ABSTRACT, kept by type's __abstractmethods__ setter in runtime/class.ts).
   */
  isAbstract = false;
  /** The instance __dict__ of the type object itself is `dict`; this is the PyDict view, made on demand. */
  dictProxy: PyDict | null = null;

  /**
   * CPython's tp_name: how error messages and a few reprs name the type ('collections.deque',
   * 'int', a class's __name__); __name__ itself and instance reprs use `name`.
   */
  get tpName(): string {
    return this.cModule === null ? this.name : `${this.cModule}.${this.name}`;
  }

  constructor(name: string, bases: PyType[], opts: { module?: string; heap?: boolean; qualname?: string } = {}) {
    super();
    this.name = name;
    this.qualname = opts.qualname ?? name;
    this.module = opts.module ?? 'builtins';
    this.bases = bases;
    this.isHeapType = opts.heap ?? false;
    for (const b of bases) b.subclasses.push(this);
  }

  /**
   * Looks `name` up along the MRO (CPython's _PyType_Lookup); undefined when absent.
   * Cached per type; the cache is dropped whenever the version changes.
   */
  lookup(name: string): PyObject | undefined {
    const cache = this.lookupCache;
    const hit = cache.get(name);
    if (hit !== undefined) return hit === ABSENT ? undefined : hit;
    let found: PyObject | undefined;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    cache.set(name, found === undefined ? ABSENT : found);
    return found;
  }

  /**
   * Called after this type's dict changed: new version, caches dropped here and in every
   * subclass (in a batch of changes, the subclasses' at the batch's end: deferModified).
   */
  modified(): void {
    this.version = nextTypeVersion();
    // (clear() makes a new table even for an empty Map; most types never had a lookup)
    if (this.lookupCache.size !== 0) this.lookupCache.clear();
    if (modifiedBatch !== null) {
      modifiedBatch.add(this);
      return;
    }
    for (const s of this.subclasses) s.modified();
  }

  /** True when this type is `other` or a subclass of it (by MRO, as PyType_IsSubtype). */
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * The C3 linearisation (CPython's mro_implementation). Raises via `fail` with CPython's
 * message when no consistent order exists.
 */
export function mroC3(t: PyType, fail: (msg: string) => never): PyType[] {
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      const names = [...new Set(nonEmpty.map((s) => s[0].name))];
      fail(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** Every slot name, for resolution loops. */
export const ALL_SLOTS: SlotName[] = [
  'tp_repr', 'tp_str', 'tp_hash', 'tp_richcompare', 'tp_iter', 'tp_iternext', 'tp_call',
  'tp_getattro', 'tp_setattro', 'tp_descr_get', 'tp_descr_set', 'tp_new', 'tp_init',
  'nb_add', 'nb_subtract', 'nb_multiply', 'nb_matrix_multiply', 'nb_true_divide', 'nb_floor_divide',
  'nb_remainder', 'nb_divmod', 'nb_power', 'nb_lshift', 'nb_rshift', 'nb_and', 'nb_or', 'nb_xor',
  'nb_inplace_add', 'nb_inplace_subtract', 'nb_inplace_multiply', 'nb_inplace_matrix_multiply',
  'nb_inplace_true_divide', 'nb_inplace_floor_divide', 'nb_inplace_remainder', 'nb_inplace_power',
  'nb_inplace_lshift', 'nb_inplace_rshift', 'nb_inplace_and', 'nb_inplace_or', 'nb_inplace_xor',
  'nb_negative', 'nb_positive', 'nb_invert', 'nb_absolute', 'nb_bool', 'nb_index', 'nb_int', 'nb_float',
  'sq_length', 'sq_concat', 'sq_repeat', 'sq_contains', 'mp_subscript', 'mp_ass_subscript',
];

const SLOT_NAMES: ReadonlySet<string> = new Set(ALL_SLOTS);

/**
 * A resolved slots object with every slot present (undefined when absent), all made by this one
 * literal: every type's `slots` then has one hidden class, and a load such as
 * `typeOf(v).slots.tp_iternext` is monomorphic (a fixed offset) wherever it sees several types,
 * where objects holding only each type's own slots had a map per set of slots (megamorphic loads
 * through the stub cache, and a missing slot looked up along the prototype chain).
 */
function emptySlots(): TypeSlots {
  return {
    tp_repr: undefined,
    tp_str: undefined,
    tp_hash: undefined,
    tp_richcompare: undefined,
    tp_iter: undefined,
    tp_iternext: undefined,
    tp_call: undefined,
    tp_getattro: undefined,
    tp_setattro: undefined,
    tp_descr_get: undefined,
    tp_descr_set: undefined,
    tp_new: undefined,
    tp_init: undefined,
    nb_add: undefined,
    nb_subtract: undefined,
    nb_multiply: undefined,
    nb_matrix_multiply: undefined,
    nb_true_divide: undefined,
    nb_floor_divide: undefined,
    nb_remainder: undefined,
    nb_divmod: undefined,
    nb_power: undefined,
    nb_lshift: undefined,
    nb_rshift: undefined,
    nb_and: undefined,
    nb_or: undefined,
    nb_xor: undefined,
    nb_inplace_add: undefined,
    nb_inplace_subtract: undefined,
    nb_inplace_multiply: undefined,
    nb_inplace_matrix_multiply: undefined,
    nb_inplace_true_divide: undefined,
    nb_inplace_floor_divide: undefined,
    nb_inplace_remainder: undefined,
    nb_inplace_power: undefined,
    nb_inplace_lshift: undefined,
    nb_inplace_rshift: undefined,
    nb_inplace_and: undefined,
    nb_inplace_or: undefined,
    nb_inplace_xor: undefined,
    nb_negative: undefined,
    nb_positive: undefined,
    nb_invert: undefined,
    nb_absolute: undefined,
    nb_bool: undefined,
    nb_index: undefined,
    nb_int: undefined,
    nb_float: undefined,
    sq_length: undefined,
    sq_concat: undefined,
    sq_repeat: undefined,
    sq_contains: undefined,
    mp_subscript: undefined,
    mp_ass_subscript: undefined,
  };
}

/**
 * Recomputes `t.slots` from the MRO: for each slot, the first class in the MRO that defines it.
 * Heap types contribute the slot wrappers computed from their dict (`heapSlotsOf`); a slot
 * a heap type clears (null) is absent for it and its subclasses.
 */
export function resolveSlots(t: PyType, heapSlotsOf: (h: PyType) => TypeSlots): void {
  const resolved: TypeSlots = emptySlots();
  const r = resolved as Record<string, unknown>;
  // The MRO from its end: the first class that defines a slot writes it last, and its null
  // (cleared) leaves it absent. Each class's slots hold only those it defines, so this costs
  // the slots defined along the MRO, not every slot name times the MRO (a tenth of a hello
  // world's start went to resolving the built-in types).
  const mro = t.mro;
  for (let i = mro.length - 1; i >= 0; i--) {
    const m = mro[i];
    const s = (m.isHeapType ? heapSlotsOf(m) : m.ownSlots) as Record<string, unknown>;
    for (const name in s) {
      const f = s[name];
      if (f !== undefined && SLOT_NAMES.has(name)) r[name] = f === null ? undefined : f;
    }
  }
  t.slots = resolved;
}
