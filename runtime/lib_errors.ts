// How the runtime library (numbers, formatting, string and container methods, modules)
// raises Python exceptions without depending on the object model's exception classes.
//
// The library is written as pure functions over the value representation of
// runtime/object.ts. When one of them must raise (int('x') -> ValueError, 1/0 ->
// ZeroDivisionError ...), it calls `raise(kind, message)`. By default that throws a
// PyLibError (a plain JS error carrying the Python exception type's name and CPython's
// exact message); the core runtime installs a hook with `setRaiseHook` that builds the
// real Python exception object instead, so user code can catch it.
//
// INVARIANT: `message` is always CPython 3.11's exact text for the situation (str(exc)).

import type { PyObject } from './object';

/** The built-in exception types the library raises. */
export type LibErrorKind =
  | 'ValueError'
  | 'TypeError'
  | 'ZeroDivisionError'
  | 'OverflowError'
  | 'IndexError'
  | 'KeyError'
  | 'AttributeError'
  | 'StopIteration'
  | 'RuntimeError'
  | 'NotImplementedError'
  | 'UnicodeEncodeError'
  | 'UnicodeDecodeError'
  | 'ModuleNotFoundError'
  | 'RecursionError'
  | 'SystemExit'
  | 'LookupError';

/** The default exception: a JS error naming the Python exception type. */
export class PyLibError extends Error {
  constructor(public readonly kind: LibErrorKind, message: string, public readonly args?: PyObject[]) {
    super(message);
    this.name = kind;
  }
  /** The last line of a CPython traceback for this error. */
  toPythonString(): string {
    return this.message === '' ? this.kind : `${this.kind}: ${this.message}`;
  }
}

/**
 * `args`, when given, are the exception's args (e.g. KeyError(key), whose str() is the
 * key's repr, which `message` then already is); otherwise the args are (message,).
 */
export type RaiseHook = (kind: LibErrorKind, message: string, args?: PyObject[]) => never;

let hook: RaiseHook = (kind, message, args) => {
  throw new PyLibError(kind, message, args);
};

/** Installed by the core runtime so that library errors become Python exceptions. */
export function setRaiseHook(h: RaiseHook): void {
  hook = h;
}

/** Raises the Python exception `kind` with CPython's message. */
export function raise(kind: LibErrorKind, message: string, args?: PyObject[]): never {
  return hook(kind, message, args);
}
