// Which classes `match` treats as sequences and as mappings: CPython 3.10+'s type flags
// Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, read by MATCH_SEQUENCE and MATCH_MAPPING
// (runtime/vmhelpers.ts isSequence, isMapping).
//
// Where CPython's flags come from, and how this file models each:
// - Built-in types carry them from their definition (list, tuple, range, memoryview,
//   collections.deque and array.array are sequences; dict and mappingproxy are mappings):
//   `setCollectionFlag` at the type's definition.
// - A class inherits the flag of the first class along its MRO that has one
//   (typeobject.c inherit_patma_flags, over the MRO in order): `collectionFlag` walks the MRO
//   and takes the first own flag, so class M(UserDict, Sequence) is a mapping only.
// - An ABC sets its own from `__abc_tpflags__` in its class body, which is then removed from
//   the class's dict (_abc._abc_init): collections.abc.Sequence says 1 << 5 and Mapping 1 << 6.
// - ABC.register(C) gives C (a class that is not a built-in type) the ABC's flag, replacing
//   C's own (_abc._abc_register).
// abc's Python source calls the last two through the private module _pyvm_abc.
//
// Invariant: the own flags live in a WeakMap beside the types (no field on PyType, nothing
// on any hot path: only the two pattern instructions read them).

import { PyObject, None } from './object';
import { PyType } from './type';
import { raiseTypeError } from './exceptions';
import { defineModule } from './modules/module_util';

/** CPython's flag values, as `__abc_tpflags__` states them. */
export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;
const COLLECTION_FLAGS = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;

const ownFlags = new WeakMap<PyType, number>();

/** Gives `t` its own collection flag (one of the two, or 0 for none). */
export function setCollectionFlag(t: PyType, flag: number): void {
  ownFlags.set(t, flag & COLLECTION_FLAGS);
}

// The built-in types' flags, given on first use (the types live in files that load after
// this one; collections.deque and array.array set their own where they are defined).
let builtinFlagsGiven = false;
function giveBuiltinFlags(): void {
  builtinFlagsGiven = true;
  const T = require('./types') as typeof import('./types');
  const { memoryviewType } = require('./memoryview') as typeof import('./memoryview');
  for (const t of [T.listType, T.tupleType, T.rangeType, memoryviewType]) setCollectionFlag(t, TPFLAGS_SEQUENCE);
  for (const t of [T.dictType, T.mappingproxyType]) setCollectionFlag(t, TPFLAGS_MAPPING);
}

/** The collection flag of `t`: its own, else the first one along its MRO (0 for none). */
export function collectionFlag(t: PyType): number {
  if (!builtinFlagsGiven) giveBuiltinFlags();
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const f = ownFlags.get(mro[i]);
    if (f !== undefined && f !== 0) return f;
  }
  return 0;
}

defineModule('_pyvm_abc', (m) => {
  // _abc_init's part: the class's own `__abc_tpflags__` (an exact int) becomes its flag and
  // leaves its dict.
  m.fn('init_flags', (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) return None;
    const v = cls.dict.get('__abc_tpflags__');
    if (v === undefined) return None;
    // An exact int only (a bool is not), as _abc_init's PyLong_CheckExact.
    if (typeof v === 'number' || typeof v === 'bigint') {
      const low = typeof v === 'number' ? v & COLLECTION_FLAGS : Number(v & BigInt(COLLECTION_FLAGS));
      if (low === COLLECTION_FLAGS) raiseTypeError('__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
      if (low !== 0) setCollectionFlag(cls, low);
    }
    cls.dict.delete('__abc_tpflags__');
    cls.modified();
    return None;
  }, { minArgs: 1, maxArgs: 1 });
  // A type defined in Python source that CPython defines in C with a flag (array.array).
  m.fn('set_flags', (args) => {
    if (!(args[0] instanceof PyType) || typeof args[1] !== 'number') raiseTypeError('set_flags(cls, flags)');
    setCollectionFlag(args[0], args[1]);
    return None;
  }, { minArgs: 2, maxArgs: 2 });
  // _abc_register's part: a registered class that is not a built-in type takes the ABC's flag.
  m.fn('register_flags', (args) => {
    const [abc, sub] = args as [PyObject, PyObject];
    if (!(abc instanceof PyType) || !(sub instanceof PyType)) raiseTypeError('register_flags() arguments must be classes');
    if (!sub.isHeapType) return None;
    const flag = collectionFlag(abc);
    if (flag !== 0) setCollectionFlag(sub, flag);
    return None;
  }, { minArgs: 2, maxArgs: 2 });
});
