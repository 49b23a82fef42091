// code.replace(**changes): a copy of a code object with some fields replaced (CPython's
// code_replace_impl; dis, types.coroutine, test helpers use it). The copy is a fresh
// CodeObject: no backend's derived caches (decoded instructions, register code) are shared
// with the original. Names of locals, cells and frees can be renamed but not added or removed
// (pyvm's code keeps one localsplus table; CPython's co_nlocals check rejects a changed count
// of varnames in the same way).
//
// pyvm's own code, written from the documented behaviour of code.replace.

import { PyObject, PyBytes, PyTuple } from '../object';
import { KwArgs } from '../type';
import { CodeObject, CodeObjectFields, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from '../../frontend/code';
import { newException, TypeError, ValueError, SystemError, OverflowError } from '../exceptions';
import { typeOf } from '../types';

function typeName(v: PyObject): string {
  return typeOf(v).tpName;
}

const INT_FIELDS = [
  'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno',
] as const;
const STR_FIELDS = ['co_filename', 'co_name', 'co_qualname'] as const;
const BYTES_FIELDS = ['co_code', 'co_linetable', 'co_exceptiontable'] as const;
const TUPLE_FIELDS = ['co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars'] as const;

function intArg(v: PyObject): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') throw newException(OverflowError, 'Python int too large to convert to C int');
  throw newException(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}

function names(v: PyObject): string[] {
  const items = (v as PyTuple).items;
  for (const x of items) {
    if (typeof x !== 'string') throw newException(SystemError, 'non-string found in code slot');
  }
  return items as string[];
}

export function codeReplace(self: PyObject, args: PyObject[], kwargs: KwArgs): PyObject {
  const co = self as CodeObject;
  if (args.length > 0) throw newException(TypeError, 'replace() takes no positional arguments');
  const f: CodeObjectFields = {
    co_argcount: co.co_argcount,
    co_posonlyargcount: co.co_posonlyargcount,
    co_kwonlyargcount: co.co_kwonlyargcount,
    co_stacksize: co.co_stacksize,
    co_flags: co.co_flags,
    co_code: co.co_code,
    co_consts: co.co_consts,
    co_names: co.co_names,
    co_localsplusnames: co.co_localsplusnames.slice(),
    co_localspluskinds: co.co_localspluskinds,
    co_filename: co.co_filename,
    co_name: co.co_name,
    co_qualname: co.co_qualname,
    co_firstlineno: co.co_firstlineno,
    co_linetable: co.co_linetable,
    co_exceptiontable: co.co_exceptiontable,
  };
  if (kwargs === null || kwargs.size === 0) return new CodeObject(f);
  const known = new Set<string>([...INT_FIELDS, ...STR_FIELDS, ...BYTES_FIELDS, ...TUPLE_FIELDS]);
  for (const key of kwargs.keys()) {
    if (!known.has(key)) throw newException(TypeError, `'${key}' is an invalid keyword argument for replace()`);
  }
  let nlocals: number | null = null;
  for (const key of INT_FIELDS) {
    const v = kwargs.get(key);
    if (v === undefined) continue;
    const n = intArg(v);
    if (key === 'co_nlocals') nlocals = n;
    else f[key] = n;
  }
  for (const key of STR_FIELDS) {
    const v = kwargs.get(key);
    if (v === undefined) continue;
    if (typeof v !== 'string') throw newException(TypeError, `replace() argument '${key}' must be str, not ${typeName(v)}`);
    f[key] = v;
  }
  for (const key of BYTES_FIELDS) {
    const v = kwargs.get(key);
    if (v === undefined) continue;
    if (!(v instanceof PyBytes)) throw newException(TypeError, `replace() argument '${key}' must be bytes, not ${typeName(v)}`);
    f[key] = v.bytes.slice();
  }
  for (const key of TUPLE_FIELDS) {
    const v = kwargs.get(key);
    if (v === undefined) continue;
    if (!(v instanceof PyTuple)) throw newException(TypeError, `replace() argument '${key}' must be tuple, not ${typeName(v)}`);
    if (key === 'co_consts') {
      f.co_consts = v.items.slice();
      continue;
    }
    const list = names(v);
    if (key === 'co_names') {
      f.co_names = list.slice();
      continue;
    }
    // Rename the localsplus slots of this kind, in order (a local that is also a cell counts
    // as a local, as co_varnames lists it).
    const kind = key === 'co_varnames' ? CO_FAST_LOCAL : key === 'co_cellvars' ? CO_FAST_CELL : CO_FAST_FREE;
    const slots: number[] = [];
    for (let i = 0; i < f.co_localsplusnames.length; i++) if (f.co_localspluskinds[i] & kind) slots.push(i);
    if (slots.length !== list.length) {
      if (key === 'co_varnames') {
        const msg = list.length < slots.length ? 'code: co_varnames is too small' : 'code: co_nlocals != len(co_varnames)';
        throw newException(ValueError, msg);
      }
      throw newException(ValueError, `code: ${key} cannot change its length in pyvm`);
    }
    slots.forEach((slot, j) => {
      f.co_localsplusnames[slot] = list[j];
    });
  }
  const varnames = f.co_localspluskinds.reduce((n, k) => n + (k & CO_FAST_LOCAL ? 1 : 0), 0);
  if (nlocals !== null && nlocals !== varnames) throw newException(ValueError, 'code: co_nlocals != len(co_varnames)');
  if (f.co_argcount < f.co_posonlyargcount || f.co_argcount < 0 || f.co_posonlyargcount < 0 || f.co_kwonlyargcount < 0) {
    throw newException(ValueError, 'code: argument counts out of range');
  }
  return new CodeObject(f);
}

// _pyvm_code.replace(code, **changes): the same, for pyvm's own library sources (types.coroutine)
// while code objects' `replace` method is not registered on the code type.
import { defineModule } from './module_util';
defineModule('_pyvm_code', (m) => {
  m.fn('replace', (args, kwargs) => {
    const co = args[0];
    if (args.length !== 1 || !(co instanceof CodeObject)) {
      throw newException(TypeError, 'replace() takes a code object and keyword arguments');
    }
    return codeReplace(co, [], kwargs);
  });
});
