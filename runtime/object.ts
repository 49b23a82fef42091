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

/**
 * A Python float: a box around an IEEE double.
 *
 * A plain constructor function, not a class (session 20): `class PyFloat extends PyBase`
 * compiled to a 63-byte constructor (the super() call, the `value` field defined as
 * undefined, then assigned). TurboFan inlines a function that size into an eval loop only out
 * of the loop's one inlining budget (docs/performance.md, session 19 (A): ~920 bytecode bytes
 * for everything it inlines into evalFrame), so the stack loop's fused float pair (a `new
 * PyFloat` in the loop's body) crowded storeAttrCached out of raytrace's loop. This
 * constructor is a few bytes, under V8's "small function" size, which TurboFan inlines where
 * it is called without weighing it against the budget. `instanceof PyFloat` and `instanceof
 * PyBase` hold as before (the prototype chain is set below); one store per float.
 */
export interface PyFloat extends PyBase {
  readonly value: number;
}
interface PyFloatConstructor {
  new (value: number): PyFloat;
  readonly prototype: PyFloat;
}
export const PyFloat: PyFloatConstructor = function PyFloat(this: { value: number }, value: number): void {
  this.value = value;
} as unknown as PyFloatConstructor;
Object.setPrototypeOf(PyFloat.prototype, PyBase.prototype);
// `value` a tagged field, as the class's was (its field was defined as undefined first): were a
// number its first value, V8 would make it a double field, and every float would get a fresh
// heap number box, also where the number is boxed already (a load from a tagged slot), and a
// load from it in unoptimised code would box again: register VM mandelbrot +8-18%, nbody
// +5-10% measured. This one float, made with a non-number, generalises the field for all.
new PyFloat(undefined as unknown as number);

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
