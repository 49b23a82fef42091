// The dataclasses module's common subset: @dataclass (init, repr, eq, order, frozen,
// unsafe_hash, match_args, kw_only, slots, weakref_slot), field(default, default_factory, repr, hash, compare,
// init, metadata, kw_only), Field, ClassVar pseudo-fields, InitVar (passed to __post_init__),
// KW_ONLY, fields, asdict, astuple, replace, __post_init__, with CPython's reprs and messages;
// make_dataclass is Python source (dataclasses_extra_source.ts), loaded on first use.

import { PyObject, PyTuple, PyBase, None, NotImplemented } from '../object';
import { PyType, KwArgs, CompareOp } from '../type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, typeOf, tupleType, listType, dictType } from '../types';
import { makeBuiltinFunction, PyBuiltinFunction, addMethod } from '../function';
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
  kind: FieldKind | null = null;
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
    const [t] = parseArgs({ fname: 'InitVar.__init__', pythonFunction: true, names: ['type'], required: 1 }, args, kwargs);
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

/** typing.ClassVar or ClassVar[...] (typing's objects, when typing has been imported). */
function isClassVar(a: PyObject | undefined): boolean {
  if (a === undefined) return false;
  const typing = currentInterp().modules.getStr('typing');
  if (typing === undefined) return false;
  const cv = getAttrOpt(typing, 'ClassVar');
  if (cv === undefined) return false;
  if (a === cv) return true;
  return typeOf(a).name === '_GenericAlias' && typeOf(a).module === 'typing' && getAttrOpt(a, '__origin__') === cv;
}

function isInitVar(a: PyObject | undefined): boolean {
  return a instanceof PyInitVar || a === initVarType;
}

function isKwOnly(a: PyObject | undefined): boolean {
  return a === KW_ONLY;
}

/**
 * A string annotation ('ClassVar[int]', 'dataclasses.KW_ONLY', 'T_CV'): its first name, looked up
 * in the class's module (through the module named before a dot, which must be moduleName's),
 * passes the test -- CPython's rule, which does not evaluate the string.
 */
function stringAnnotation(a: string, cls: PyType, moduleName: string, test: (v: PyObject | undefined) => boolean): boolean {
  const m = /^(?:\s*(\w+)\s*\.)?\s*(\w+)/.exec(a);
  if (m === null) return false;
  const modName = getAttrOpt(cls, '__module__');
  const mod = typeof modName === 'string' ? currentInterp().modules.getStr(modName) : undefined;
  const ns = mod === undefined ? undefined : getAttrOpt(mod, '__dict__');
  if (!(ns instanceof PyDict)) return false;
  if (m[1] === undefined) return test(ns.getStr(m[2]));
  const named = ns.getStr(m[1]);
  const wanted = currentInterp().modules.getStr(moduleName);
  if (named === undefined || wanted === undefined || named !== wanted) return false;
  const d = getAttrOpt(named, '__dict__');
  return d instanceof PyDict && test(d.getStr(m[2]));
}

function annotationKind(a: PyObject, cls: PyType): FieldKind | 'KW_ONLY' {
  if (typeof a === 'string') {
    if (stringAnnotation(a, cls, 'typing', isClassVar)) return '_FIELD_CLASSVAR';
    if (stringAnnotation(a, cls, 'dataclasses', isInitVar)) return '_FIELD_INITVAR';
    if (stringAnnotation(a, cls, 'dataclasses', isKwOnly)) return 'KW_ONLY';
    return '_FIELD';
  }
  if (isClassVar(a)) return '_FIELD_CLASSVAR';
  if (isInitVar(a)) return '_FIELD_INITVAR';
  if (isKwOnly(a)) return 'KW_ONLY';
  return '_FIELD';
}
/** CPython's _FIELD, _FIELD_CLASSVAR and _FIELD_INITVAR markers (a Field's _field_type). */
const fieldBaseType = makeBuiltinType('_FIELD_BASE', objectType, { module: 'dataclasses' });
class PyFieldBase extends PyBase {
  constructor(public readonly kindName: FieldKind) {
    super();
  }
}
setBuiltinType(PyFieldBase, fieldBaseType);
setSlots(fieldBaseType, { tp_repr: (v) => (v as PyFieldBase).kindName });
const fieldKinds = new Map<FieldKind, PyFieldBase>((['_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'] as FieldKind[]).map((k) => [k, new PyFieldBase(k)]));

const fieldType = makeBuiltinType('Field', objectType, { module: 'dataclasses' });
setBuiltinType(PyField, fieldType);
setSlots(fieldType, {
  tp_repr: (v) => {
    const f = v as PyField;
    // a Field in its own type shows '...' (CPython's recursive_repr)
    return reprEnter(f, '...', () =>
      `Field(name=${repr(f.name)},type=${repr(f.type)},default=${repr(f.dflt)},default_factory=${repr(f.factory)},` +
      `init=${repr(f.init)},repr=${repr(f.reprOn)},hash=${repr(f.hash)},compare=${repr(f.compare)},metadata=${repr(f.metadata)},` +
      `kw_only=${repr(f.kwOnly)},_field_type=${f.kind ?? 'None'})`);
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
      case '_field_type': return f.kind === null ? None : fieldKinds.get(f.kind)!;
      default: {
        // the type's own attributes (__set_name__, __class_getitem__)
        const t = fieldType.lookup(name);
        if (t === undefined) return undefined;
        const g = typeof t === 'object' ? t.ob_type.slots.tp_descr_get : undefined;
        return g === undefined ? t : g(t, v, fieldType);
      }
    }
  },
  // Field has __slots__ in CPython: its attributes can be set, no others
  tp_setattro: (v, name, value) => {
    const f = v as PyField;
    if (value === undefined) raise('AttributeError', `'Field' object attribute '${name}' cannot be deleted`);
    switch (name) {
      case 'name': f.name = value; return;
      case 'type': f.type = value; return;
      case 'default': f.dflt = value; return;
      case 'default_factory': f.factory = value; return;
      case 'init': f.init = isTrue(value); return;
      case 'repr': f.reprOn = isTrue(value); return;
      case 'hash': f.hash = value; return;
      case 'compare': f.compare = isTrue(value); return;
      case 'metadata': f.metadata = value; return;
      case 'kw_only': f.kwOnly = value; return;
      case '_field_type': {
        const k = [...fieldKinds].find(([, o]) => o === value);
        f.kind = k === undefined ? null : k[0];
        return;
      }
      default: raise('AttributeError', `'Field' object has no attribute '${name}'`);
    }
  },
});
// A Field's class attribute passes __set_name__ on to its default (PEP 487: the default is
// what stays on the class).
addMethod(fieldType, '__set_name__', (self, args) => {
  const d = (self as PyField).dflt;
  const sn = typeOf(d).lookup('__set_name__');
  if (sn !== undefined) callObject(sn, [d, args[0], args[1]], null);
  return None;
}, { minArgs: 2, maxArgs: 2 });
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

// Made at load time so that the interpreter's finalisation resolves its (inherited) slots.
const frozenErrType: PyType = makeBuiltinType('FrozenInstanceError', AttributeError, { module: 'dataclasses', baseType: true });
function frozenInstanceError(): PyType {
  return frozenErrType;
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
      const kind = annotationKind(e.value, cls);
      if (kind === 'KW_ONLY') {
        if (kwOnlySeen) raise('TypeError', `${repr(name)} is KW_ONLY, but KW_ONLY has already been specified`);
        kwOnlySeen = true;
        kwOnlyMode = true;
        continue;
      }
      // the default is what the class gives for the name (a descriptor's __get__, an inherited
      // attribute), not only its dict's entry; a __slots__ member is no default
      const own = cls.dict.get(name);
      let v = own instanceof PyField ? own : getAttrOpt(cls, name);
      if (v !== undefined && typeOf(v).name === 'member_descriptor' && typeOf(v).module === 'builtins') v = undefined;
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
  // A method the class body defines is kept (CPython's _set_new_attribute); __hash__ follows
  // CPython's table of (unsafe_hash, eq, frozen, a __hash__ of the class's own).
  const own = (name: string): boolean => cls.dict.has(name);
  const classHash = cls.dict.get('__hash__');
  const explicitHash = !(classHash === undefined || (classHash === None && own('__eq__')));
  const cannotOverwrite = (name: string, extra = ''): never => raise('TypeError', `Cannot overwrite attribute ${name} in class ${cls.name}${extra}`);
  // The methods are Python functions compiled from source (dataclasses_extra_source.ts
  // _build_methods), as CPython's: signatures, qualnames, a function's argument errors.
  const wanted: string[] = [];
  if (opts.init && !own('__init__')) wanted.push('__init__');
  if (opts.repr && !own('__repr__')) wanted.push('__repr__');
  if (opts.eq && !own('__eq__')) wanted.push('__eq__');
  if (opts.order) {
    for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) {
      if (own(name)) cannotOverwrite(name, '. Consider using functools.total_ordering');
      wanted.push(name);
    }
  }
  if (opts.frozen) {
    for (const name of ['__setattr__', '__delattr__']) if (own(name)) cannotOverwrite(name);
    wanted.push('__setattr__', '__delattr__');
  }
  let hashAction: 'add' | 'none' | 'keep' = 'keep';
  if (opts.unsafeHash) {
    if (explicitHash) cannotOverwrite('__hash__');
    hashAction = 'add';
  } else if (opts.eq && opts.frozen) {
    if (!explicitHash) hashAction = 'add';
  } else if (opts.eq && !explicitHash) {
    hashAction = 'none';
  }
  if (hashAction === 'add') wanted.push('__hash__');
  const extra = importAbsolute(currentInterp(), '_dataclasses_extra');
  if (wanted.length > 0) {
    const initFields = [...fields.values()].filter((f) => f.kind === '_FIELD' || f.kind === '_FIELD_INITVAR');
    const made = callObject(getAttr(extra, '_build_methods'), [cls, new PyList(wanted), new PyList(all), new PyList(initFields),
      opts.frozen, opts.slots, MISSING], null) as PyDict;
    for (const name of wanted) setAttr(cls, name, made.getStr(name)!);
  }
  if (hashAction === 'none') setAttr(cls, '__hash__', None);
  const doc = cls.dict.get('__doc__');
  if (doc === undefined || !isTrue(doc)) setAttr(cls, '__doc__', callObject(getAttr(extra, '_class_doc'), [cls], null));
  if (opts.matchArgs && !cls.dict.has('__match_args__')) setAttr(cls, '__match_args__', new PyTuple(initPos.map((f) => f.name)));
  if (opts.slots) {
    // a new class with __slots__ (dataclasses_extra_source.ts _add_slots); its methods are these
    const add = getAttr(importAbsolute(currentInterp(), '_dataclasses_extra'), '_add_slots');
    const made = callObject(add, [cls, opts.frozen, opts.weakrefSlot], null) as PyType;
    classParams.set(made, opts);
    updateAbstractMethods(made);
    return made;
  }
  updateAbstractMethods(cls);
  return cls;
}

/** abc.update_abstractmethods(cls) for an abstract class (a generated method may implement an abstract one). */
function updateAbstractMethods(cls: PyType): void {
  if (getAttrOpt(cls, '__abstractmethods__') === undefined) return;
  callObject(getAttr(importAbsolute(currentInterp(), 'abc'), 'update_abstractmethods'), [cls], null);
}

function dataclass(args: PyObject[], kwargs: KwArgs): PyObject {
  const [clsArg, init, reprA, eq, order, unsafeHash, frozen, matchArgs, kwOnly, slots, weakrefSlot] = parseArgs({
    fname: 'dataclass', pythonFunction: true, names: ['cls', 'init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots', 'weakref_slot'],
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
    const [obj, factory] = parseArgs({ fname: name, pythonFunction: true, names: ['obj', kw], required: 1, kwOnlyFrom: 1 }, args, kwargs);
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
      fname: 'field', pythonFunction: true, names: ['default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', 'kw_only'], required: 0, kwOnlyFrom: 0,
    }, args, kwargs);
    const given = (v: PyObject | undefined): boolean => v !== undefined && v !== MISSING;
    if (given(dflt) && given(factory)) raise('ValueError', 'cannot specify both default and default_factory');
    return new PyField(given(dflt) ? dflt! : MISSING, given(factory) ? factory! : MISSING, init === undefined || isTrue(init),
      reprA === undefined || isTrue(reprA), compare === undefined || isTrue(compare), hash ?? None, metadataProxy(metadata), kwOnly ?? MISSING);
  });
  m.fn('fields', (args) => new PyTuple(fieldsOf(args[0])), { minArgs: 1, maxArgs: 1 });
  m.fn('asdict', plainEntry('asdict', true));
  m.fn('astuple', plainEntry('astuple', false));
  // looked up on the class (an instance's __getattr__ answering every name does not count)
  m.fn('is_dataclass', (args) => getAttrOpt(args[0] instanceof PyType ? args[0] : typeOf(args[0]), '__dataclass_fields__') !== undefined,
    { minArgs: 1, maxArgs: 1 });
  // replace(obj, /, **changes)
  m.fn('replace', (args, kwargs) => {
    if (args.length !== 1) {
      raise('TypeError', args.length === 0 ? "replace() missing 1 required positional argument: 'obj'" : `replace() takes 1 positional argument but ${args.length} were given`);
    }
    const obj = args[0];
    const fd = obj instanceof PyType ? undefined : getAttrOpt(typeOf(obj), '__dataclass_fields__');
    if (!(fd instanceof PyDict)) raise('TypeError', 'replace() should be called on dataclass instances');
    const kw = new Map<string, PyObject>();
    if (kwargs !== null) for (const [k, v] of kwargs) kw.set(k, v);
    for (const f of fd.values() as PyField[]) {
      const name = f.name as string;
      if (f.kind === '_FIELD_CLASSVAR') continue;
      if (!f.init) {
        if (kw.has(name)) raise('ValueError', `field ${name} is declared with init=False, it cannot be specified with replace()`);
        continue;
      }
      if (!kw.has(name)) {
        if (f.kind === '_FIELD_INITVAR' && f.dflt === MISSING) raise('ValueError', `InitVar ${repr(name)} must be specified with replace()`);
        kw.set(name, getAttr(obj, name));
      }
    }
    return callObject(typeOf(obj), [], kw);
  }, { noKwargs: false });
  m.set('MISSING', MISSING);
  m.set('_MISSING_TYPE', missingType);
  m.set('_KW_ONLY_TYPE', kwOnlyType);
  m.set('FrozenInstanceError', frozenInstanceError());
  m.set('Field', fieldType);
  m.set('InitVar', initVarType);
  m.set('KW_ONLY', KW_ONLY);
  m.set('_FIELD_BASE', fieldBaseType);
  for (const [k, o] of fieldKinds) m.set(k, o);
  lazyAttributes(m, new Map([['make_dataclass', '_dataclasses_extra']]));
  // CPython's __all__: `from dataclasses import *` takes make_dataclass too (a lazy attribute,
  // not in the module's dict until first used)
  m.set('__all__', new PyList(['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
    'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']));
  void PyBuiltinFunction;
});
