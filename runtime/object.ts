// The Python object representation shared by every layer of pyvm.
//
// This file fixes how a Python value is held in JavaScript. The choice is made for speed
// in the dispatch loops of both VMs (see docs/architecture.md, "Value representation"):
//
//   Python int    -> JS number when it is a safe integer (|v| <= 2**53 - 1), else JS bigint.
//                    INVARIANT: an int that fits in a safe integer is ALWAYS a number, and a
//                    bigint is ALWAYS outside that range (normalise after every operation),
//                    so `typeof v === 'number'` is the small-int fast path. A JS number
//                    that is a Python int is always integral.
//   Python bool   -> JS boolean (True/False). bool is a subclass of int in Python: the
//                    runtime's operations accept booleans wherever ints are accepted.
//   Python str    -> JS string (indexing and len by code point are the runtime's job).
//   Python float  -> PyFloat, a box around a JS number (boxed so that 1 and 1.0 differ).
//   everything else -> an instance of a subclass of PyBase.
//
// None, Ellipsis and NotImplemented are singletons compared with ===.
//
// Every PyBase knows its Python type through `ob_type`. For built-in types it is set ONCE
// on the JS class's prototype (runtime/types.ts, setBuiltinType), so it costs no memory
// per object; an instance of a Python subclass of a built-in (class L(list)) gets an own
// `ob_type` property and an own `__dict__` (see runtime/type.ts).

import type { PyType } from './type';
import type { PyDict } from './dict';

export abstract class PyBase {
  /** The Python type of this object (prototype property for built-ins; own property otherwise). */
  declare ob_type: PyType;
  /** The instance __dict__, when the object has one (instances of Python classes, functions, modules). */
  declare __dict__: PyDict | undefined;
}

export type PyObject = number | bigint | string | boolean | PyBase;

export class PyNoneType extends PyBase {}
/** Python's None. */
export const None: PyNoneType = new PyNoneType();

export class PyEllipsisType extends PyBase {}
/** Python's Ellipsis (`...`). */
export const Ellipsis: PyEllipsisType = new PyEllipsisType();

export class PyNotImplementedType extends PyBase {}
/** Python's NotImplemented. */
export const NotImplemented: PyNotImplementedType = new PyNotImplementedType();

/** A Python float: a box around an IEEE double. */
export class PyFloat extends PyBase {
  constructor(public readonly value: number) {
    super();
  }
}

/** A Python complex number. */
export class PyComplex extends PyBase {
  constructor(public readonly real: number, public readonly imag: number) {
    super();
  }
}

/** A Python bytes object (immutable). */
export class PyBytes extends PyBase {
  constructor(public readonly bytes: Uint8Array) {
    super();
  }
}

/** A Python tuple (immutable; `items` must never be mutated after construction). */
export class PyTuple extends PyBase {
  constructor(public readonly items: PyObject[]) {
    super();
  }
}

/**
 * A Python frozenset. Constructed from its elements (duplicates already removed or not:
 * the runtime's set implementation owns hashing and equality and may replace the
 * internals, but keeps this constructor so the compiler and marshal can build constants).
 */
export class PyFrozenSet extends PyBase {
  constructor(public readonly items: PyObject[]) {
    super();
  }
}
