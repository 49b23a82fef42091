// The dataclasses module's common subset: @dataclass (init, repr, eq, order, frozen,
// unsafe_hash), field(default, default_factory, repr, compare, init), fields, asdict,
// astuple, replace, __post_init__, with CPython's reprs and messages.

import { PyObject, PyTuple, PyBase, None, NotImplemented } from '../object';
import { PyType, KwArgs, CompareOp } from '../type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, typeOf } from '../types';
import { makeBuiltinFunction, PyMethodDescriptor, PyBuiltinFunction } from '../function';
import { PyList, PySet } from '../containers';
import { PyDict } from '../dict';
import { repr, reprEnter, richCompare, isTrue, hashOf } from '../ops';
import { getAttr, getAttrOpt, setAttr } from '../attr';
import { callObject } from '../call';
import { PyException, AttributeError } from '../exceptions';
import { raise } from '../lib_errors';
import { parseArgs } from '../lib_args';
import { defineModule } from './module_util';

const MISSING = new (class extends PyBase {})();

class PyField extends PyBase {
  name = '';
  constructor(
    public dflt: PyObject,
    public factory: PyObject,
    public init: boolean,
    public reprOn: boolean,
    public compare: boolean,
  ) {
    super();
  }
}
const fieldType = makeBuiltinType('Field', objectType, { module: 'dataclasses' });
setBuiltinType(PyField, fieldType);
setSlots(fieldType, {
  tp_repr: (v) => `Field(name=${repr((v as PyField).name)})`,
  tp_getattro: (v, name) => {
    const f = v as PyField;
    switch (name) {
      case 'name': return f.name;
      case 'default': return f.dflt === MISSING ? getMissing() : f.dflt;
      case 'default_factory': return f.factory === MISSING ? getMissing() : f.factory;
      case 'init': return f.init;
      case 'repr': return f.reprOn;
      case 'compare': return f.compare;
      default: return undefined;
    }
  },
});
function getMissing(): PyObject {
  return MISSING;
}

function isMutableDefault(v: PyObject): boolean {
  return v instanceof PyList || v instanceof PyDict || v instanceof PySet;
}

function fieldsOf(cls: PyObject): PyField[] {
  const d = getAttrOpt(cls, '__dataclass_fields__');
  if (!(d instanceof PyDict)) return raise('TypeError', 'must be called with a dataclass type or instance');
  return d.values() as PyField[];
}

function frozenError(name: string): never {
  const { currentInterp } = require('../interp') as typeof import('../interp');
  void currentInterp;
  throw new PyException(frozenInstanceError(), [`cannot assign to field '${name}'`]);
}
// Made at load time so that the interpreter's finalisation resolves its (inherited) slots.
const frozenErrType: PyType = makeBuiltinType('FrozenInstanceError', AttributeError, { module: 'dataclasses', baseType: true });
function frozenInstanceError(): PyType {
  return frozenErrType;
}

function method(name: string, impl: (self: PyObject, args: PyObject[], kwargs: KwArgs) => PyObject): PyMethodDescriptor {
  return new PyMethodDescriptor(objectType, name, impl, {});
}

function processClass(cls: PyType, opts: { init: boolean; repr: boolean; eq: boolean; order: boolean; frozen: boolean; unsafeHash: boolean }): PyType {
  // Fields: inherited dataclass fields first, then this class's annotations in order.
  const fields = new Map<string, PyField>();
  for (const base of [...cls.mro].reverse().slice(0, -1)) {
    const bf = base.dict.get('__dataclass_fields__');
    if (bf instanceof PyDict) for (const f of bf.values() as PyField[]) fields.set(f.name, f);
  }
  const ann = cls.dict.get('__annotations__');
  if (ann instanceof PyDict) {
    for (const e of ann.entries()) {
      const name = e.key as string;
      const v = cls.dict.get(name);
      let f: PyField;
      if (v instanceof PyField) f = v;
      else f = new PyField(v === undefined ? MISSING : v, MISSING, true, true, true);
      f.name = name;
      if (f.dflt !== MISSING && isMutableDefault(f.dflt)) {
        raise('ValueError', `mutable default ${repr(typeOf(f.dflt))} for field ${name} is not allowed: use default_factory`);
      }
      fields.set(name, f);
      // the class attribute becomes the plain default (or disappears)
      if (v instanceof PyField) {
        if (f.dflt !== MISSING) cls.dict.set(name, f.dflt);
        else cls.dict.delete(name);
      }
    }
  }
  const all = [...fields.values()];
  let seenDefault = false;
  for (const f of all) {
    if (!f.init) continue;
    const has = f.dflt !== MISSING || f.factory !== MISSING;
    if (!has && seenDefault) raise('TypeError', `non-default argument '${f.name}' follows default argument`);
    if (has) seenDefault = true;
  }
  const fd = new PyDict();
  for (const f of all) fd.setStr(f.name, f);
  setAttr(cls, '__dataclass_fields__', fd);
  const qual = cls.qualname;
  const setField = (self: PyObject, name: string, v: PyObject): void => {
    if (opts.frozen) callObject(getAttr(objectType, '__setattr__'), [self, name, v], null);
    else setAttr(self, name, v);
  };
  if (opts.init) {
    const initFields = all.filter((f) => f.init);
    setAttr(cls, '__init__', method('__init__', (self, args, kwargs) => {
      const vals = new Map<string, PyObject>();
      if (args.length > initFields.length) {
        raise('TypeError', `${qual}.__init__() takes ${initFields.length + 1} positional argument${initFields.length === 0 ? '' : 's'} but ${args.length + 1} were given`);
      }
      args.forEach((a, i) => vals.set(initFields[i].name, a));
      if (kwargs !== null) {
        for (const [k, v] of kwargs) {
          if (!initFields.some((f) => f.name === k)) raise('TypeError', `${qual}.__init__() got an unexpected keyword argument '${k}'`);
          if (vals.has(k)) raise('TypeError', `${qual}.__init__() got multiple values for argument '${k}'`);
          vals.set(k, v);
        }
      }
      const missing = initFields.filter((f) => !vals.has(f.name) && f.dflt === MISSING && f.factory === MISSING).map((f) => `'${f.name}'`);
      if (missing.length > 0) {
        const list = missing.length === 1 ? missing[0] : missing.length === 2 ? `${missing[0]} and ${missing[1]}` : `${missing.slice(0, -1).join(', ')}, and ${missing[missing.length - 1]}`;
        raise('TypeError', `${qual}.__init__() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
      }
      for (const f of all) {
        let v = vals.get(f.name);
        if (v === undefined) {
          if (f.factory !== MISSING) v = callObject(f.factory, [], null);
          else if (f.dflt !== MISSING) v = f.dflt;
          else continue;
        }
        setField(self, f.name, v);
      }
      const post = getAttrOpt(self, '__post_init__');
      if (post !== undefined) callObject(post, [], null);
      return None;
    }));
  }
  if (opts.repr) {
    setAttr(cls, '__repr__', method('__repr__', (self) => reprEnter(self, '...', () =>
      `${typeOf(self).qualname}(${all.filter((f) => f.reprOn).map((f) => `${f.name}=${repr(getAttr(self, f.name))}`).join(', ')})`)));
  }
  const cmpTuple = (o: PyObject): PyTuple => new PyTuple(all.filter((f) => f.compare).map((f) => getAttr(o, f.name)));
  if (opts.eq) {
    setAttr(cls, '__eq__', method('__eq__', (self, args) => {
      const o = args[0];
      if (typeOf(o) !== typeOf(self)) return NotImplemented;
      return richCompare(cmpTuple(self), cmpTuple(o), 2);
    }));
  }
  if (opts.order) {
    const ops: [string, CompareOp][] = [['__lt__', 0], ['__le__', 1], ['__gt__', 4], ['__ge__', 5]];
    for (const [name, op] of ops) {
      setAttr(cls, name, method(name, (self, args) => {
        const o = args[0];
        if (typeOf(o) !== typeOf(self)) return NotImplemented;
        return richCompare(cmpTuple(self), cmpTuple(o), op);
      }));
    }
  }
  if (opts.frozen) {
    setAttr(cls, '__setattr__', method('__setattr__', (_self, args) => frozenError(args[0] as string)));
    setAttr(cls, '__delattr__', method('__delattr__', (_self, args) => frozenError(args[0] as string)));
  }
  if (opts.unsafeHash || (opts.eq && opts.frozen)) {
    setAttr(cls, '__hash__', method('__hash__', (self) => hashOf(cmpTuple(self))));
  } else if (opts.eq && !cls.dict.has('__hash__')) {
    setAttr(cls, '__hash__', None);
  }
  setAttr(cls, '__match_args__', new PyTuple(all.filter((f) => f.init).map((f) => f.name)));
  return cls;
}

function dataclass(args: PyObject[], kwargs: KwArgs): PyObject {
  const [clsArg, init, reprA, eq, order, unsafeHash, frozen] = parseArgs({
    fname: 'dataclass', names: ['cls', 'init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots'],
    required: 0, kwOnlyFrom: 1,
  }, args, kwargs);
  const b = (v: PyObject | undefined, d: boolean): boolean => (v === undefined ? d : isTrue(v));
  const opts = { init: b(init, true), repr: b(reprA, true), eq: b(eq, true), order: b(order, false), frozen: b(frozen, false), unsafeHash: b(unsafeHash, false) };
  if (opts.order && !opts.eq) raise('ValueError', 'eq must be true if order is true');
  if (clsArg !== undefined && clsArg !== None) return processClass(clsArg as PyType, opts);
  return makeBuiltinFunction('wrap', (a) => processClass(a[0] as PyType, opts), { minArgs: 1, maxArgs: 1 });
}

function toPlain(v: PyObject, asDict: boolean): PyObject {
  const fd = getAttrOpt(typeOf(v), '__dataclass_fields__');
  if (fd instanceof PyDict && !(v instanceof PyType)) {
    const fs = fd.values() as PyField[];
    if (asDict) {
      const d = new PyDict();
      for (const f of fs) d.setStr(f.name, toPlain(getAttr(v, f.name), asDict));
      return d;
    }
    return new PyTuple(fs.map((f) => toPlain(getAttr(v, f.name), asDict)));
  }
  if (v instanceof PyList) return new PyList(v.items.map((x) => toPlain(x, asDict)));
  if (v instanceof PyTuple && typeOf(v).name === 'tuple') return new PyTuple(v.items.map((x) => toPlain(x, asDict)));
  if (v instanceof PyDict) {
    const d = new PyDict();
    for (const e of v.entries()) d.set(toPlain(e.key, asDict), toPlain(e.value, asDict));
    return d;
  }
  return v;
}

defineModule('dataclasses', (m) => {
  m.fn('dataclass', dataclass);
  m.fn('field', (args, kwargs) => {
    if (args.length > 0) raise('TypeError', `field() takes 0 positional arguments but ${args.length} were given`);
    const [dflt, factory, init, reprA, , compare] = parseArgs({
      fname: 'field', names: ['default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', 'kw_only'], required: 0, kwOnlyFrom: 0,
    }, args, kwargs);
    if (dflt !== undefined && factory !== undefined) raise('ValueError', 'cannot specify both default and default_factory');
    return new PyField(dflt ?? MISSING, factory ?? MISSING, init === undefined || isTrue(init), reprA === undefined || isTrue(reprA), compare === undefined || isTrue(compare));
  });
  m.fn('fields', (args) => new PyTuple(fieldsOf(args[0])), { minArgs: 1, maxArgs: 1 });
  m.fn('asdict', (args) => { fieldsOf(args[0]); return toPlain(args[0], true); }, { minArgs: 1, maxArgs: 1 });
  m.fn('astuple', (args) => { fieldsOf(args[0]); return toPlain(args[0], false); }, { minArgs: 1, maxArgs: 1 });
  m.fn('is_dataclass', (args) => getAttrOpt(args[0], '__dataclass_fields__') !== undefined, { minArgs: 1, maxArgs: 1 });
  m.fn('replace', (args, kwargs) => {
    const obj = args[0];
    const fs = fieldsOf(obj);
    const kw = new Map<string, PyObject>();
    for (const f of fs) if (f.init) kw.set(f.name, getAttr(obj, f.name));
    if (kwargs !== null) for (const [k, v] of kwargs) kw.set(k, v);
    return callObject(typeOf(obj), [], kw);
  }, { minArgs: 1, maxArgs: 1, noKwargs: false });
  m.set('MISSING', MISSING);
  m.set('FrozenInstanceError', frozenInstanceError());
  void PyBuiltinFunction;
});
