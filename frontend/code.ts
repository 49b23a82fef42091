// The code object: CPython 3.11's PyCodeObject, field for field.
//
// Produced by the compiler (frontend/compile*.ts) and by marshal (.pyc loading); consumed
// by the disassembler, the stack VM and the translator. The field names are CPython's, so
// a code object can be compared with `compile()`'s field by field (test/compiler).
//
// co_code holds CPython 3.11 bytecode exactly: 2-byte code units (opcode, oparg), inline
// CACHE entries included, EXTENDED_ARG prefixes included. Anything a VM derives from it
// (pre-decoded instruction arrays, register code) is cached in the `derived` slots, never
// written back into the CPython fields.

import { PyBase, PyObject, PyTuple } from '../runtime/object';

/** co_localspluskinds bits (Include/internal/pycore_code.h). */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** co_flags bits (Include/cpython/code.h). */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

export interface CodeObjectFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: PyObject[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
}

/**
 * V8's internalized (unique) copy of a name. Names sliced out of source text or read from a
 * .pyc are ordinary heap strings: two equal names from two code objects (STORE_ATTR 'x' in
 * __init__, LOAD_ATTR 'x' in a method) are different objects, and every comparison of them
 * (a Map lookup's key check, the split dicts' key-list scan in runtime/dict.ts) compares
 * characters. Internalized strings compare by pointer, and unequal ones are known unequal
 * without looking at their characters. V8 internalizes property keys, so the key of a
 * one-property object is the internalized copy. (Memory/speed, issue 8.)
 */
function internName(s: string): string {
  for (const k in { [s]: 0 }) return k;
  return s;
}

/**
 * Gives a constant tuple's items array (and its nested constant tuples') V8's generic elements
 * kind, in place: the same array, the same values. A tuple of small ints made by the compiler
 * or the .pyc loader has small-integer elements, every tuple a program builds has generic ones,
 * and V8's keyed-load feedback keeps only the more general kind: the loop compiled at run 2's
 * entry deoptimised ('wrong map') at UNPACK_SEQUENCE's element loads when pidigits unpacked its
 * constant `1, 0, 1, 1, 3, 3` again, and run 3 started with another compile. Session 25 did this
 * for the register VM's templates (translator/finalize.ts); done here, every code object's
 * constants get it, for both VMs (session 26).
 */
function genericElements(items: PyObject[]): void {
  if (items.length === 0 || Object.isFrozen(items)) return;
  const first = items[0];
  (items as unknown[])[0] = null;
  items[0] = first;
  for (const x of items) if (x instanceof PyTuple) genericElements(x.items);
}

export class CodeObject extends PyBase implements CodeObjectFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: PyObject[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;

  /**
   * Caches of things derived from this code object by a backend (e.g. the stack VM's
   * pre-decoded instructions, the translator's register code). Keyed by the backend's
   * name; never part of the code object's identity.
   */
  derived: Map<string, unknown> = new Map();

  constructor(f: CodeObjectFields) {
    super();
    this.co_argcount = f.co_argcount;
    this.co_posonlyargcount = f.co_posonlyargcount;
    this.co_kwonlyargcount = f.co_kwonlyargcount;
    this.co_stacksize = f.co_stacksize;
    this.co_flags = f.co_flags;
    this.co_code = f.co_code;
    this.co_consts = f.co_consts;
    for (const c of f.co_consts) if (c instanceof PyTuple) genericElements(c.items);
    this.co_names = f.co_names.map(internName);
    this.co_localsplusnames = f.co_localsplusnames.map(internName);
    this.co_localspluskinds = f.co_localspluskinds;
    this.co_filename = f.co_filename;
    this.co_name = f.co_name;
    this.co_qualname = f.co_qualname;
    this.co_firstlineno = f.co_firstlineno;
    this.co_linetable = f.co_linetable;
    this.co_exceptiontable = f.co_exceptiontable;
  }

  private namesOfKind(kind: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.co_localsplusnames.length; i++) {
      if (this.co_localspluskinds[i] & kind) out.push(this.co_localsplusnames[i]);
    }
    return out;
  }

  /** Arguments and plain locals (a cell that is also an argument is included, as CPython). */
  get co_varnames(): string[] {
    return this.namesOfKind(CO_FAST_LOCAL);
  }
  get co_cellvars(): string[] {
    return this.namesOfKind(CO_FAST_CELL);
  }
  get co_freevars(): string[] {
    return this.namesOfKind(CO_FAST_FREE);
  }
  get co_nlocals(): number {
    return this.co_varnames.length;
  }
  /** Number of fast slots: locals, cells and frees, in co_localsplusnames order. */
  get co_nlocalsplus(): number {
    return this.co_localsplusnames.length;
  }
}
