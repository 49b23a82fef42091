// The dataclasses module's common subset: @dataclass (init, repr, eq, order, frozen,
// unsafe_hash, match_args, kw_only, slots, weakref_slot), field(default, default_factory, repr, hash, compare,
// init, metadata, kw_only), Field, ClassVar pseudo-fields, InitVar (passed to __post_init__),
// KW_ONLY, fields, asdict, astuple, replace, __post_init__, with CPython's reprs and messages;
// make_dataclass is Python source (dataclasses_extra_source.ts), loaded on first use.

import { PyObject, PyTuple, PyBase, None, NotImplemented } from '../object';
import { PyType, KwArgs, CompareOp } from '../type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, typeOf, tupleType, listType, dictType } from '../types';
import { makeBuiltinFunction, PyMethodDescriptor, PyBuiltinFunction } from '../function';
import { PyList, PySet } from '../containers';
import { PyDict } from '../dict';
import { repr, reprEnter, richCompare, isTrue } from '../ops';
import { getAttr, getAttrOpt, setAttr } from '../attr';
import { callObject } from '../call';
import { PyException, AttributeError } from '../exceptions';
import { raise } from '../lib_errors';
import { parseArgs } from '../lib_args';
import { defineModule, lazyAttributes } from './module_util';
import { importAbsolute } from '../vmhelpers';
import { currentInterp } from '../interp';

// dataclasses.MISSING, the one instance of dataclasses._MISSING_TYPE (a Python object: it is a
// module attribute, the default of fields(f).default, and isinstance() takes it).
const missingType = makeBuiltinType('_MISSING_TYPE', objectType, { module: 'dataclasses' });
const MISSING = new (class extends PyBase {})();
(MISSING as PyBase).ob_type = missingType;

/** What a class annotation made: a field, or a pseudo-field (ClassVar, InitVar) kept in __dataclass_fields__ only. */
type FieldKind = '_FIELD' | '_FIELD_CLASSVAR' | '_FIELD_INITVAR';

class PyField extends PyBase {
  name: PyObject = None;
  type: PyObject = None;
  kind: FieldKind = '_FIELD';
  constructor(
    public dflt: PyObject,
    public factory: PyObject,
    public init: boolean,
    public reprOn: boolean,
    public compare: boolean,
    public hash: PyObject = None,
    public metadata: PyObject = None,
    public kwOnly: PyObject = MISSING,
  ) {
    super();
  }
}

/** Field.metadata: a read-only view of the mapping given, or an empty one. */
function metadataProxy(m: PyObject | undefined): PyObject {
  const proxy = getAttr(importAbsolute(currentInterp(), 'types'), 'MappingProxyType');
  return callObject(proxy, [m === undefined || m === None ? new PyDict() : m], null);
}

class PyInitVar extends PyBase {
  constructor(public readonly type: PyObject) {
    super();
  }
}
const initVarType = makeBuiltinType('InitVar', objectType, { module: 'dataclasses' });
setBuiltinType(PyInitVar, initVarType);
setSlots(initVarType, {
  tp_new: (_t, args, kwargs) => {
    const [t] = parseArgs({ fname: 'InitVar', names: ['type'], required: 1 }, args, kwargs);
    return new PyInitVar(t!);
  },
  tp_repr: (v) => {
    const t = (v as PyInitVar).type;
    return `dataclasses.InitVar[${t instanceof PyType ? t.name : repr(t)}]`;
  },
  tp_getattro: (v, name) => (name === 'type' ? (v as PyInitVar).type : undefined),
});
initVarType.dict.set('__class_getitem__', makeBuiltinFunction('__class_getitem__', (args) => new PyInitVar(args[0]), { minArgs: 1, maxArgs: 1 }));

const kwOnlyType = makeBuiltinType('_KW_ONLY_TYPE', objectType, { module: 'dataclasses' });
const KW_ONLY = new (class extends PyBase {})();
(KW_ONLY as PyBase).ob_type = kwOnlyType;

/** The sentinel of a string annotation naming a dataclasses/typing special name ('ClassVar[int]', 'dataclasses.KW_ONLY'). */
function stringAnnotation(a: string, name: string, module: string): boolean {
  const m = /^\s*(?:(\w+)\s*\.)?\s*(\w+)/.exec(a);
  return m !== null && m[2] === name && (m[1] === undefined || m[1] === module);
}

function annotationKind(a: PyObject): FieldKind | 'KW_ONLY' {
  if (typeof a === 'string') {
    if (stringAnnotation(a, 'ClassVar', 'typing')) return '_FIELD_CLASSVAR';
    if (stringAnnotation(a, 'InitVar', 'dataclasses')) return '_FIELD_INITVAR';
    if (stringAnnotation(a, 'KW_ONLY', 'dataclasses')) return 'KW_ONLY';
    return '_FIELD';
  }
  if (a === KW_ONLY) return 'KW_ONLY';
  if (a instanceof PyInitVar || a === initVarType) return '_FIELD_INITVAR';
  if (a instanceof PyBase && typeOf(a).name === '_GenericAlias' && typeOf(a).module === 'typing' && (a as unknown as { name: string }).name === 'ClassVar') {
    return '_FIELD_CLASSVAR';
  }
  return '_FIELD';
}
const fieldType = makeBuiltinType('Field', objectType, { module: 'dataclasses' });
setBuiltinType(PyField, fieldType);
setSlots(fieldType, {
  tp_repr: (v) => {
    const f = v as PyField;
    return `Field(name=${repr(f.name)},type=${repr(f.type)},default=${repr(f.dflt)},default_factory=${repr(f.factory)},` +
      `init=${repr(f.init)},repr=${repr(f.reprOn)},hash=${repr(f.hash)},compare=${repr(f.compare)},metadata=${repr(f.metadata)},` +
      `kw_only=${repr(f.kwOnly)},_field_type=${f.kind})`;
  },
  tp_getattro: (v, name) => {
    const f = v as PyField;
    switch (name) {
      case 'name': return f.name;
      case 'type': return f.type;
      case 'default': return f.dflt === MISSING ? getMissing() : f.dflt;
      case 'default_factory': return f.factory === MISSING ? getMissing() : f.factory;
      case 'init': return f.init;
      case 'repr': return f.reprOn;
      case 'hash': return f.hash;
      case 'compare': return f.compare;
      case 'metadata': return f.metadata;
      case 'kw_only': return f.kwOnly;
      default: return undefined;
    }
  },
});
function getMissing(): PyObject {
  return MISSING;
}

/** CPython refuses a default whose class is unhashable (list, dict, set, or a class with __hash__ = None). */
function isMutableDefault(v: PyObject): boolean {
  return v instanceof PyList || v instanceof PyDict || v instanceof PySet || getAttrOpt(typeOf(v), '__hash__') === None;
}

/** The true fields (not ClassVar or InitVar pseudo-fields). */
function fieldsOf(cls: PyObject): PyField[] {
  const d = getAttrOpt(cls, '__dataclass_fields__');
  if (!(d instanceof PyDict)) return raise('TypeError', 'must be called with a dataclass type or instance');
  return (d.values() as PyField[]).filter((f) => f.kind === '_FIELD');
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

interface ClassOpts {
  init: boolean; repr: boolean; eq: boolean; order: boolean; frozen: boolean; unsafeHash: boolean; matchArgs: boolean; kwOnly: boolean;
  slots: boolean; weakrefSlot: boolean;
}

/** Each dataclass's parameters (CPython's __dataclass_params__), for its subclasses' frozen checks. */
const classParams = new WeakMap<PyType, ClassOpts>();

function paramsOf(t: PyType): ClassOpts | undefined {
  for (const c of t.mro) {
    const p = classParams.get(c);
    if (p !== undefined) return p;
  }
  return undefined;
}

function processClass(cls: PyType, opts: ClassOpts): PyType {
  // Fields: inherited dataclass fields first, then this class's annotations in order.
  const fields = new Map<string, PyField>();
  let anyFrozenBase = false;
  let allFrozenBases: boolean | null = null;
  for (const base of [...cls.mro].reverse().slice(0, -1)) {
    const bf = getAttrOpt(base, '__dataclass_fields__');
    if (bf instanceof PyDict) {
      for (const f of bf.values() as PyField[]) fields.set(f.name as string, f);
      const frozen = paramsOf(base)?.frozen ?? false;
      allFrozenBases = (allFrozenBases ?? true) && frozen;
      anyFrozenBase = anyFrozenBase || frozen;
    }
  }
  if (anyFrozenBase && !opts.frozen) raise('TypeError', 'cannot inherit non-frozen dataclass from a frozen one');
  if (allFrozenBases === false && opts.frozen) raise('TypeError', 'cannot inherit frozen dataclass from a non-frozen one');
  classParams.set(cls, opts);
  const ann = cls.dict.get('__annotations__');
  if (ann instanceof PyDict) {
    let kwOnlyMode = opts.kwOnly;
    let kwOnlySeen = false;
    for (const e of ann.entries()) {
      const name = e.key as string;
      const kind = annotationKind(e.value);
      if (kind === 'KW_ONLY') {
        if (kwOnlySeen) raise('TypeError', `${repr(name)} is KW_ONLY, but KW_ONLY has already been specified`);
        kwOnlySeen = true;
        kwOnlyMode = true;
        continue;
      }
      const v = cls.dict.get(name);
      let f: PyField;
      if (v instanceof PyField) f = v;
      else f = new PyField(v === undefined ? MISSING : v, MISSING, true, true, true, None, metadataProxy(undefined));
      f.name = name;
      f.type = e.value;
      f.kind = kind;
      if (kind !== '_FIELD' && f.factory !== MISSING) raise('TypeError', `field ${name} cannot have a default factory`);
      if (kind === '_FIELD' || kind === '_FIELD_INITVAR') {
        if (f.kwOnly === MISSING) f.kwOnly = kwOnlyMode;
      } else if (f.kwOnly !== MISSING) {
        raise('TypeError', `field ${name} is a ClassVar but specifies kw_only`);
      }
      if (kind === '_FIELD' && f.dflt !== MISSING && isMutableDefault(f.dflt)) {
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
  // A field() left on the class without an annotation is an error.
  for (const [k, v] of cls.dict) {
    if (v instanceof PyField && !(ann instanceof PyDict && ann.has(k))) raise('TypeError', `${repr(k)} is a field but has no type annotation`);
  }
  const fd = new PyDict();
  for (const f of fields.values()) fd.setStr(f.name as string, f);
  const all = [...fields.values()].filter((f) => f.kind === '_FIELD');
  const initAll = [...fields.values()].filter((f) => f.init && f.kind !== '_FIELD_CLASSVAR');
  const initPos = initAll.filter((f) => f.kwOnly !== true);
  const initKw = initAll.filter((f) => f.kwOnly === true);
  let seenDefault = false;
  for (const f of initPos) {
    const has = f.dflt !== MISSING || f.factory !== MISSING;
    if (!has && seenDefault) raise('TypeError', `non-default argument '${f.name as string}' follows default argument`);
    if (has) seenDefault = true;
  }
  setAttr(cls, '__dataclass_fields__', fd);
  const qual = cls.qualname;
  const setField = (self: PyObject, name: string, v: PyObject): void => {
    if (opts.frozen) callObject(getAttr(objectType, '__setattr__'), [self, name, v], null);
    else setAttr(self, name, v);
  };
  // A method the class body defines is kept (CPython's _set_new_attribute); __hash__ follows
  // CPython's table of (unsafe_hash, eq, frozen, a __hash__ of the class's own).
  const own = (name: string): boolean => cls.dict.has(name);
  const classHash = cls.dict.get('__hash__');
  const explicitHash = !(classHash === undefined || (classHash === None && own('__eq__')));
  const cannotOverwrite = (name: string, extra = ''): never => raise('TypeError', `Cannot overwrite attribute ${name} in class ${cls.name}${extra}`);
  if (opts.init && !own('__init__')) {
    const initFields = initAll;
    const nPos = initPos.length;
    const missingError = (fs: PyField[], what: string): void => {
      const missing = fs.map((f) => `'${f.name as string}'`);
      if (missing.length === 0) return;
      const list = missing.length === 1 ? missing[0] : missing.length === 2 ? `${missing[0]} and ${missing[1]}` : `${missing.slice(0, -1).join(', ')}, and ${missing[missing.length - 1]}`;
      raise('TypeError', `${qual}.__init__() missing ${missing.length} required ${what} argument${missing.length === 1 ? '' : 's'}: ${list}`);
    };
    const nDefaults = initPos.filter((f) => f.dflt !== MISSING || f.factory !== MISSING).length;
    setAttr(cls, '__init__', method('__init__', (self, args, kwargs) => {
      const vals = new Map<string, PyObject>();
      // In the order of CPython's argument binding: positional, keywords, then the counts.
      for (let i = 0; i < args.length && i < nPos; i++) vals.set(initPos[i].name as string, args[i]);
      let kwOnlyGiven = 0;
      if (kwargs !== null) {
        for (const [k, v] of kwargs) {
          if (!initFields.some((f) => f.name === k)) raise('TypeError', `${qual}.__init__() got an unexpected keyword argument '${k}'`);
          if (vals.has(k)) raise('TypeError', `${qual}.__init__() got multiple values for argument '${k}'`);
          if (initKw.some((f) => f.name === k)) kwOnlyGiven++;
          vals.set(k, v);
        }
      }
      if (args.length > nPos) {
        const given = args.length + 1;
        const sig = nDefaults > 0 ? `from ${nPos + 1 - nDefaults} to ${nPos + 1}` : `${nPos + 1}`;
        const plural = nDefaults > 0 || nPos + 1 !== 1 ? 's' : '';
        const kwSig = kwOnlyGiven > 0 ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwOnlyGiven} keyword-only argument${kwOnlyGiven !== 1 ? 's' : ''})` : '';
        raise('TypeError', `${qual}.__init__() takes ${sig} positional argument${plural} but ${given}${kwSig} ${given === 1 && kwOnlyGiven === 0 ? 'was' : 'were'} given`);
      }
      const needed = (f: PyField): boolean => !vals.has(f.name as string) && f.dflt === MISSING && f.factory === MISSING;
      missingError(initPos.filter(needed), 'positional');
      missingError(initKw.filter(needed), 'keyword-only');
      for (const f of all) {
        let v = f.init ? vals.get(f.name as string) : undefined;
        if (v === undefined) {
          if (f.factory !== MISSING) v = callObject(f.factory, [], null);
          else if (f.dflt !== MISSING && f.init) v = f.dflt;
          else continue;
        }
        setField(self, f.name as string, v);
      }
      const post = getAttrOpt(self, '__post_init__');
      if (post !== undefined) {
        const initVars = initFields.filter((f) => f.kind === '_FIELD_INITVAR').map((f) => vals.get(f.name as string) ?? f.dflt);
        callObject(post, initVars, null);
      }
      return None;
    }));
  }
  if (opts.repr && !own('__repr__')) {
    setAttr(cls, '__repr__', method('__repr__', (self) => reprEnter(self, '...', () =>
      `${typeOf(self).qualname}(${all.filter((f) => f.reprOn).map((f) => `${f.name as string}=${repr(getAttr(self, f.name as string))}`).join(', ')})`)));
  }
  const cmpTuple = (o: PyObject): PyTuple => new PyTuple(all.filter((f) => f.compare).map((f) => getAttr(o, f.name as string)));
  const hashTuple = (o: PyObject): PyTuple => new PyTuple(all.filter((f) => (f.hash === None ? f.compare : isTrue(f.hash))).map((f) => getAttr(o, f.name as string)));
  if (opts.eq && !own('__eq__')) {
    setAttr(cls, '__eq__', method('__eq__', (self, args) => {
      const o = args[0];
      if (typeOf(o) !== typeOf(self)) return NotImplemented;
      return richCompare(cmpTuple(self), cmpTuple(o), 2);
    }));
  }
  if (opts.order) {
    const ops: [string, CompareOp][] = [['__lt__', 0], ['__le__', 1], ['__gt__', 4], ['__ge__', 5]];
    for (const [name, op] of ops) {
      if (own(name)) cannotOverwrite(name, '. Consider using functools.total_ordering');
      setAttr(cls, name, method(name, (self, args) => {
        const o = args[0];
        if (typeOf(o) !== typeOf(self)) return NotImplemented;
        return richCompare(cmpTuple(self), cmpTuple(o), op);
      }));
    }
  }
  if (opts.frozen) {
    for (const name of ['__setattr__', '__delattr__']) if (own(name)) cannotOverwrite(name);
    setAttr(cls, '__setattr__', method('__setattr__', (_self, args) => frozenError(args[0] as string)));
    setAttr(cls, '__delattr__', method('__delattr__', (_self, args) => frozenError(args[0] as string)));
  }
  // hash((self.f1, self.f2, ...)) through builtins.hash (a tuple's 64-bit hash).
  const addHash = (): void => setAttr(cls, '__hash__', method('__hash__', (self) =>
    callObject(currentInterp().builtins.getStr('hash')!, [hashTuple(self)], null)));
  if (opts.unsafeHash) {
    if (explicitHash) cannotOverwrite('__hash__');
    addHash();
  } else if (opts.eq && opts.frozen) {
    if (!explicitHash) addHash();
  } else if (opts.eq && !explicitHash) {
    setAttr(cls, '__hash__', None);
  }
  if (opts.matchArgs && !cls.dict.has('__match_args__')) setAttr(cls, '__match_args__', new PyTuple(initPos.map((f) => f.name)));
  if (opts.slots) {
    // a new class with __slots__ (dataclasses_extra_source.ts _add_slots); its methods are these
    const add = getAttr(importAbsolute(currentInterp(), '_dataclasses_extra'), '_add_slots');
    const made = callObject(add, [cls, opts.frozen, opts.weakrefSlot], null) as PyType;
    classParams.set(made, opts);
    return made;
  }
  return cls;
}

function dataclass(args: PyObject[], kwargs: KwArgs): PyObject {
  const [clsArg, init, reprA, eq, order, unsafeHash, frozen, matchArgs, kwOnly, slots, weakrefSlot] = parseArgs({
    fname: 'dataclass', names: ['cls', 'init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots', 'weakref_slot'],
    required: 0, kwOnlyFrom: 1,
  }, args, kwargs);
  const b = (v: PyObject | undefined, d: boolean): boolean => (v === undefined ? d : isTrue(v));
  const opts = {
    init: b(init, true), repr: b(reprA, true), eq: b(eq, true), order: b(order, false), frozen: b(frozen, false),
    unsafeHash: b(unsafeHash, false), matchArgs: b(matchArgs, true), kwOnly: b(kwOnly, false),
    slots: b(slots, false), weakrefSlot: b(weakrefSlot, false),
  };
  if (opts.order && !opts.eq) raise('ValueError', 'eq must be true if order is true');
  if (opts.weakrefSlot && !opts.slots) raise('TypeError', 'weakref_slot is True but slots is False');
  if (clsArg !== undefined && clsArg !== None) return processClass(clsArg as PyType, opts);
  return makeBuiltinFunction('wrap', (a) => processClass(a[0] as PyType, opts), { minArgs: 1, maxArgs: 1 });
}

/**
 * asdict/astuple's recursion (CPython's _asdict_inner/_astuple_inner): a dataclass instance
 * becomes factory(list of (name, value) pairs) or factory(list of values); lists, tuples
 * (namedtuples through their fields) and dicts are rebuilt with their own type; anything else
 * is copy.deepcopy'd.
 */
function toPlain(v: PyObject, asDict: boolean, factory: PyObject | null): PyObject {
  const fd = getAttrOpt(typeOf(v), '__dataclass_fields__');
  if (fd instanceof PyDict && !(v instanceof PyType)) {
    const fs = (fd.values() as PyField[]).filter((f) => f.kind === '_FIELD');
    if (asDict) {
      const pairs = fs.map((f) => new PyTuple([f.name, toPlain(getAttr(v, f.name as string), asDict, factory)]));
      if (factory !== null) return callObject(factory, [new PyList(pairs)], null);
      const d = new PyDict();
      for (const p of pairs) d.set(p.items[0], p.items[1]);
      return d;
    }
    const values = fs.map((f) => toPlain(getAttr(v, f.name as string), asDict, factory));
    return factory !== null ? callObject(factory, [new PyList(values)], null) : new PyTuple(values);
  }
  const t = typeOf(v);
  if (v instanceof PyTuple) {
    const items = v.items.map((x) => toPlain(x, asDict, factory));
    if (t === tupleType) return new PyTuple(items);
    if (getAttrOpt(v, '_fields') !== undefined) return callObject(t, items, null);
    return callObject(t, [new PyList(items)], null);
  }
  if (v instanceof PyList) {
    const items = v.items.map((x) => toPlain(x, asDict, factory));
    return t === listType ? new PyList(items) : callObject(t, [new PyList(items)], null);
  }
  if (v instanceof PyDict) {
    const pairs = [...v.entries()].map((e) => new PyTuple([toPlain(e.key, asDict, factory), toPlain(e.value, asDict, factory)]));
    if (t === dictType) {
      const d = new PyDict();
      for (const p of pairs) d.set(p.items[0], p.items[1]);
      return d;
    }
    return callObject(t, [new PyList(pairs)], null);
  }
  return callObject(getAttr(importAbsolute(currentInterp(), 'copy'), 'deepcopy'), [v], null);
}

/** asdict(obj, *, dict_factory=dict) / astuple(obj, *, tuple_factory=tuple). */
function plainEntry(name: string, asDict: boolean) {
  const kw = asDict ? 'dict_factory' : 'tuple_factory';
  return (args: PyObject[], kwargs: KwArgs): PyObject => {
    // A Python function's messages (asdict is Python in CPython).
    if (args.length === 0 && !(kwargs?.has('obj') ?? false)) raise('TypeError', `${name}() missing 1 required positional argument: 'obj'`);
    if (args.length > 1) raise('TypeError', `${name}() takes 1 positional argument but ${args.length} were given`);
    const [obj, factory] = parseArgs({ fname: name, names: ['obj', kw], required: 1, kwOnlyFrom: 1 }, args, kwargs);
    if (getAttrOpt(typeOf(obj!), '__dataclass_fields__') === undefined || obj instanceof PyType) {
      raise('TypeError', `${name}() should be called on dataclass instances`);
    }
    const f = factory === undefined || factory === (asDict ? dictType : tupleType) ? null : factory;
    return toPlain(obj!, asDict, f);
  };
}

defineModule('dataclasses', (m) => {
  m.fn('dataclass', dataclass);
  m.fn('field', (args, kwargs) => {
    if (args.length > 0) raise('TypeError', `field() takes 0 positional arguments but ${args.length} were given`);
    const [dflt, factory, init, reprA, hash, compare, metadata, kwOnly] = parseArgs({
      fname: 'field', names: ['default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', 'kw_only'], required: 0, kwOnlyFrom: 0,
    }, args, kwargs);
    const given = (v: PyObject | undefined): boolean => v !== undefined && v !== MISSING;
    if (given(dflt) && given(factory)) raise('ValueError', 'cannot specify both default and default_factory');
    return new PyField(given(dflt) ? dflt! : MISSING, given(factory) ? factory! : MISSING, init === undefined || isTrue(init),
      reprA === undefined || isTrue(reprA), compare === undefined || isTrue(compare), hash ?? None, metadataProxy(metadata), kwOnly ?? MISSING);
  });
  m.fn('fields', (args) => new PyTuple(fieldsOf(args[0])), { minArgs: 1, maxArgs: 1 });
  m.fn('asdict', plainEntry('asdict', true));
  m.fn('astuple', plainEntry('astuple', false));
  m.fn('is_dataclass', (args) => getAttrOpt(args[0], '__dataclass_fields__') !== undefined, { minArgs: 1, maxArgs: 1 });
  m.fn('replace', (args, kwargs) => {
    const obj = args[0];
    const fs = fieldsOf(obj);
    const kw = new Map<string, PyObject>();
    for (const f of fs) {
      if (f.init) kw.set(f.name as string, getAttr(obj, f.name as string));
      else if (kwargs !== null && kwargs.has(f.name as string)) {
        raise('ValueError', `field ${f.name as string} is declared with init=False, it cannot be specified with replace()`);
      }
    }
    if (kwargs !== null) for (const [k, v] of kwargs) kw.set(k, v);
    return callObject(typeOf(obj), [], kw);
  }, { minArgs: 1, maxArgs: 1, noKwargs: false });
  m.set('MISSING', MISSING);
  m.set('_MISSING_TYPE', missingType);
  m.set('_KW_ONLY_TYPE', kwOnlyType);
  m.set('FrozenInstanceError', frozenInstanceError());
  m.set('Field', fieldType);
  m.set('InitVar', initVarType);
  m.set('KW_ONLY', KW_ONLY);
  lazyAttributes(m, new Map([['make_dataclass', '_dataclasses_extra']]));
  // CPython's __all__: `from dataclasses import *` takes make_dataclass too (a lazy attribute,
  // not in the module's dict until first used)
  m.set('__all__', new PyList(['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
    'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']));
  void PyBuiltinFunction;
});
