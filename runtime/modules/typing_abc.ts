// A minimal typing module, so that annotated programs import and run: typing's names
// subscript to printable aliases (typing.List[int]), TypeVar, Generic (a real base class),
// cast, overload, TYPE_CHECKING. (abc is Python source: abc_source.ts.)

import { PyObject, PyTuple, PyBase, None, Ellipsis, NotImplemented } from '../object';
import { PyType, Py_EQ, Py_NE } from '../type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, noneType, typeOf, tupleType } from '../types';
import { makeBuiltinFunction, addGetSet, PyMethodDescriptor, PyFunction } from '../function';
import { PyDict } from '../dict';
import { PyList, makeFrozenSet } from '../containers';
import { repr, isTrue, getIter, richCompare, hashOf, strHash, getItem, binaryOp } from '../ops';
import { getAttrOpt, setAttr, getAttr, genericGetAttr } from '../attr';
import { isPyException, AttributeError, TypeError } from '../exceptions';
import { unionType } from '../class';
import { PyGenericAlias, isArgTuple, genericAliasType } from '../generic_alias';
import { importAbsolute } from '../vmhelpers';
import { currentInterp, runningModuleName } from '../interp';
import { callObject } from '../call';
import { makeClass } from '../class';
import { raise } from '../lib_errors';
import { defineModule, lazyAttributes } from './module_util';
import './typing_deprecated_source';

/** A typing special form or alias: prints as typing.Name or typing.Name[args]. */
class PyTypingAlias extends PyBase {
  /**
   * args: null for the unsubscripted form. Union (and Optional's result) keeps its flattened,
   * deduplicated members; Callable its parameters and result flat (as CPython's __args__), with
   * paramList set when the parameters were written as a list.
   */
  constructor(public readonly name: string, public readonly args: PyObject[] | null, public readonly origin: PyObject,
    public readonly paramList = false) {
    super();
  }
}
const aliasType = makeBuiltinType('_GenericAlias', objectType, { module: 'typing' });
setBuiltinType(PyTypingAlias, aliasType);

function argRepr(v: PyObject): string {
  if (v === Ellipsis) return '...';
  if (v === None) return 'None';
  if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  if (v instanceof PyFunction) return v.name;
  return repr(v);
}

function isSubscripted(v: PyObject): v is PyTypingAlias & { args: PyObject[] } {
  return v instanceof PyTypingAlias && v.args !== null;
}

/** A Union's shape that prints (and is named) Optional: two members, one of them NoneType. */
function isOptionalShape(a: PyTypingAlias): boolean {
  return a.name === 'Union' && a.args !== null && a.args.length === 2 && a.args.includes(noneType);
}

function aliasRepr(a: PyTypingAlias): string {
  const args = a.args;
  if (args === null) return `typing.${a.name}`;
  if (a.name === 'Unpack' && args.length === 1) return `*${argRepr(args[0])}`;
  if (isOptionalShape(a)) return `typing.Optional[${argRepr(args[0] === noneType ? args[1] : args[0])}]`;
  if (a.name === 'Callable' && args.length > 0) {
    const ret = argRepr(args[args.length - 1]);
    if (a.paramList) return `typing.Callable[[${args.slice(0, -1).map(argRepr).join(', ')}], ${ret}]`;
    return `typing.Callable[${args.slice(0, -1).map(argRepr).join(', ')}, ${ret}]`;
  }
  if (a.name === 'Annotated' && args.length > 0) return `typing.Annotated[${argRepr(args[0])}, ${args.slice(1).map((x) => repr(x)).join(', ')}]`;
  if (args.length === 0) return `typing.${a.name}[()]`;
  return `typing.${a.name}[${args.map(argRepr).join(', ')}]`;
}

/** The forms whose subscription takes a fixed number of types, and how many. */
const ARITY: Record<string, number> = {
  List: 1, Set: 1, FrozenSet: 1, Type: 1, Deque: 1, Counter: 1, Iterable: 1, Iterator: 1, Sequence: 1, MutableSequence: 1,
  Collection: 1, AbstractSet: 1, MutableSet: 1, Awaitable: 1, AsyncIterator: 1, AsyncIterable: 1, Reversible: 1, Container: 1,
  ContextManager: 1, AsyncContextManager: 1, KeysView: 1, ValuesView: 1, MappingView: 1, Pattern: 1, Match: 1, Dict: 2,
  DefaultDict: 2, OrderedDict: 2, ChainMap: 2, Mapping: 2, MutableMapping: 2, ItemsView: 2, AsyncGenerator: 2, Generator: 3,
  Coroutine: 3,
};
/** The aliases of built-in classes, which refuse to be called (typing.List() is an error). */
const NOT_INSTANTIABLE = new Set(['List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type']);
/** typing's Supports* protocols: the method each one asks for. */
const SUPPORTS: Record<string, string> = {
  SupportsInt: '__int__', SupportsFloat: '__float__', SupportsIndex: '__index__', SupportsAbs: '__abs__',
  SupportsRound: '__round__', SupportsBytes: '__bytes__', SupportsComplex: '__complex__',
};

/** BINARY_OP's index of `|` (ops.ts NB_OPS). */
const NB_OR_INDEX = 7;

let forwardRef: PyObject | undefined;
/** An argument as a typing alias keeps it: None is NoneType, a string a ForwardRef (_type_convert). */
function convertArg(v: PyObject): PyObject {
  if (v === None) return noneType;
  if (typeof v === 'string') {
    forwardRef ??= getAttrOpt(importAbsolute(currentInterp(), '_typing_extras'), 'ForwardRef');
    return forwardRef === undefined ? v : callObject(forwardRef, [v], null);
  }
  return v;
}

/** Forms that take no arguments, and those that take exactly one type. */
const NOT_SUBSCRIPTABLE = new Set(['Any', 'NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias']);
const SINGLE_TYPE = new Set(['ClassVar', 'Final', 'Required', 'NotRequired', 'TypeGuard', 'Unpack']);
/** Qualifiers that may only stand at the top of an annotation, never inside another form. */
const NOT_TYPE_ARGS = new Set(['ClassVar', 'Final']);

/** A type argument of a form (_type_check): converted, and not a ClassVar[...] / Final[...]. */
function typeArg(v: PyObject): PyObject {
  if (v instanceof PyTypingAlias && NOT_TYPE_ARGS.has(v.name)) return raise('TypeError', `${aliasRepr(v)} is not valid as type argument`);
  return convertArg(v);
}

function eqBool(x: PyObject, y: PyObject): boolean {
  return x === y || isTrue(richCompare(x, y, Py_EQ));
}

/** Union[...]: members flattened (nested Unions, int | str), converted, deduplicated; one member is itself. */
function makeUnion(items: PyObject[]): PyObject {
  const out: PyObject[] = [];
  const add = (x: PyObject): void => {
    if (!out.some((y) => eqBool(y, x))) out.push(x);
  };
  for (const x of items) {
    if (isSubscripted(x) && x.name === 'Union') x.args.forEach(add);
    else if (x instanceof PyTuple && x.ob_type === unionType) x.items.forEach((m) => add(convertArg(m)));
    else add(typeArg(x));
  }
  if (out.length === 1) return out[0];
  return new PyTypingAlias('Union', out, None);
}

function tupleRepr(items: PyObject[]): string {
  return repr(new PyTuple(items));
}

/** The form `a` (unsubscripted) subscripted with `key`. */
function subscribe(a: PyTypingAlias, key: PyObject): PyObject {
  const items = isArgTuple(key) ? key.items : [key];
  const name = a.name;
  if (NOT_SUBSCRIPTABLE.has(name)) return raise('TypeError', name === 'Any' ? "type 'Any' is not subscriptable" : `typing.${name} is not subscriptable`);
  if (SINGLE_TYPE.has(name)) {
    if (key instanceof PyTuple) {
      const what = name === 'Required' || name === 'NotRequired' ? `${name} accepts only a single type` : `typing.${name} accepts only single type`;
      return raise('TypeError', `${what}. Got ${tupleRepr(items)}.`);
    }
    return new PyTypingAlias(name, [typeArg(key)], a.origin);
  }
  switch (name) {
    case 'Union':
      if (items.length === 0) return raise('TypeError', 'Cannot take a Union of no types.');
      return makeUnion(items);
    case 'Optional':
      if (key instanceof PyTuple) return raise('TypeError', `typing.Optional requires a single type. Got ${tupleRepr(items)}.`);
      // through Union's cached subscription: Optional[X] is Union[X, None]
      return getItem(unabbreviatedForm('Union'), new PyTuple([key, noneType]));
    case 'Literal': {
      const out: PyObject[] = [];
      const add = (x: PyObject): void => {
        if (!out.some((y) => typeOf(y) === typeOf(x) && eqBool(y, x))) out.push(x);
      };
      for (const x of items) {
        if (isSubscripted(x) && x.name === 'Literal') x.args.forEach(add);
        else add(x);
      }
      return new PyTypingAlias('Literal', out, a.origin);
    }
    case 'Annotated': {
      if (!(key instanceof PyTuple) || items.length < 2) {
        return raise('TypeError', 'Annotated[...] should be used with at least two arguments (a type and an annotation).');
      }
      const inner = convertArg(items[0]);
      if (isSubscripted(inner) && inner.name === 'Annotated') {
        return new PyTypingAlias('Annotated', [...inner.args, ...items.slice(1)], a.origin);
      }
      return new PyTypingAlias('Annotated', [inner, ...items.slice(1)], a.origin);
    }
    case 'Callable': {
      if (!(key instanceof PyTuple) || items.length !== 2) return raise('TypeError', 'Callable must be used as Callable[[arg, ...], result].');
      const [params, result] = items;
      if (params instanceof PyList) return new PyTypingAlias('Callable', [...params.items.map(typeArg), typeArg(result)], a.origin, true);
      return new PyTypingAlias('Callable', [params === Ellipsis ? params : convertArg(params), typeArg(result)], a.origin);
    }
    case 'Tuple':
      return new PyTypingAlias(name, items.map((x) => (x === Ellipsis ? x : typeArg(x))), a.origin);
    default: {
      const arity = ARITY[name];
      if (arity !== undefined && items.length !== arity && !items.some((x) => x instanceof PyTypingAlias && x.name === 'Unpack')) {
        raise('TypeError', `Too ${items.length > arity ? 'many' : 'few'} arguments for typing.${name}; actual ${items.length}, expected ${arity}`);
      }
      return new PyTypingAlias(name, items.map(typeArg), a.origin);
    }
  }
}

/** The special forms (_SpecialForm) that are no type argument unsubscripted: List[Union] is an error. */
const PLAIN_FORMS = new Set(['Union', 'Optional', 'Literal', 'ClassVar', 'Final', 'Concatenate', 'TypeGuard', 'Unpack',
  'Required', 'NotRequired']);

function isParamSpec(v: PyObject): boolean {
  if (!(v instanceof PyBase) || v instanceof PyType) return false;
  const t = typeOf(v);
  return t.name === 'ParamSpec' && t.dict.get('__module__') === 'typing';
}
function isConcatenate(v: PyObject): boolean {
  return v instanceof PyTypingAlias && v.name === 'Concatenate';
}

function isGenericOrProtocol(v: PyObject | undefined): boolean {
  return v instanceof PyType && (v.name === 'Generic' || v.name === 'Protocol') && v.module === 'typing';
}

/** TypeVar.__typing_subst__: what a type variable is replaced by (_type_check's errors). */
function typeVarSubst(arg: PyObject): PyObject {
  if (arg instanceof PyTuple && arg.ob_type !== unionType) return raise('TypeError', `Parameters to generic types must be types. Got ${repr(arg).slice(0, 100)}.`);
  if (arg instanceof PyTypingAlias && arg.args === null && PLAIN_FORMS.has(arg.name)) {
    return raise('TypeError', `Plain ${aliasRepr(arg)} is not valid as type argument`);
  }
  if (isGenericOrProtocol(arg)) return raise('TypeError', `Plain ${repr(arg)} is not valid as type argument`);
  // *Ts, *tuple[int, ...] (what _unpack_args left unpacked) replace no TypeVar
  if ((arg instanceof PyTypingAlias && arg.name === 'Unpack' && arg.args !== null) || (arg instanceof PyGenericAlias && arg.unpacked)) {
    return raise('TypeError', `${repr(arg)} is not valid as type argument`);
  }
  // Generic[T] and Protocol[T] themselves (the aliases of typing_generic_source.ts)
  if (!(arg instanceof PyType) && arg instanceof PyBase && typeOf(arg).name === '_GenericAlias' && isGenericOrProtocol(getAttrOpt(arg, '__origin__'))) {
    return raise('TypeError', `${repr(arg)} is not valid as type argument`);
  }
  return typeArg(arg);
}

/** The types an unpacked tuple argument stands for (*tuple[int, str], *Tuple[int]), or null. */
function unpackedTupleArgs(x: PyObject): PyObject[] | null {
  if (x instanceof PyGenericAlias) return x.unpacked && x.origin === tupleType ? x.args : null;
  if (!(x instanceof PyTypingAlias) || x.name !== 'Unpack' || x.args === null || x.args.length !== 1) return null;
  const inner = x.args[0];
  if (inner instanceof PyTypingAlias && inner.name === 'Tuple' && inner.args !== null) return inner.args;
  if (inner instanceof PyGenericAlias && !inner.unpacked && inner.origin === tupleType) return inner.args;
  return null;
}

/** *Ts: Unpack of a TypeVarTuple. */
function isUnpackedTypeVarTuple(x: PyObject): x is PyTypingAlias & { args: PyObject[] } {
  return x instanceof PyTypingAlias && x.name === 'Unpack' && x.args !== null && x.args.length === 1 && isTypeVarTuple(x.args[0]);
}

function isTypeVarTuple(x: PyObject): boolean {
  if (!(x instanceof PyBase) || x instanceof PyType) return false;
  const t = typeOf(x);
  return t.name === 'TypeVarTuple' && t.dict.get('__module__') === 'typing';
}

/**
 * Substitution's arguments (PEP 646, CPython 3.11's _unpack_args): an unpacked tuple of known
 * length stands for its types, *tuple[int] for int.
 */
export function unpackArgs(items: PyObject[]): PyObject[] {
  if (!items.some((x) => unpackedTupleArgs(x) !== null)) return items;
  const out: PyObject[] = [];
  for (const x of items) {
    const sub = unpackedTupleArgs(x);
    if (sub !== null && !(sub.length > 0 && sub[sub.length - 1] === Ellipsis)) out.push(...sub);
    else out.push(x);
  }
  return out;
}

/** A subscripted alias subscripted again: its type variables replaced, in order of appearance. */
function substitute(a: PyTypingAlias & { args: PyObject[] }, key: PyObject): PyObject {
  const params = aliasParameters(a);
  if (params.length === 0) return raise('TypeError', `${aliasRepr(a)} is not a generic class`);
  let items = unpackArgs(isArgTuple(key) ? key.items : [key]);
  // a TypeVarTuple takes the arguments its neighbours leave (__typing_prepare_subst__)
  for (const p of params) {
    if (!isTypeVarTuple(p)) continue;
    const prepared = callObject(getAttr(p, '__typing_prepare_subst__'), [a, new PyTuple(items)], null);
    items = (prepared as PyTuple).items;
  }
  // one ParamSpec takes its parameter types unbracketed: Callable[P, int][int, str]
  if (params.length === 1 && isParamSpec(params[0]) && (items.length !== 1 || !(items[0] instanceof PyList ||
      items[0] instanceof PyTuple || items[0] === Ellipsis || isParamSpec(items[0]) || isConcatenate(items[0])))) {
    items = [new PyTuple(items)];
  }
  if (items.length !== params.length) {
    raise('TypeError', `Too ${items.length > params.length ? 'many' : 'few'} arguments for ${aliasRepr(a)}; actual ${items.length}, expected ${params.length}`);
  }
  const mapping = new Map<PyObject, PyObject>();
  params.forEach((p, i) => mapping.set(p, items[i]));
  const sub = (x: PyObject): PyObject => substituteArg(x, mapping);
  if (a.name === 'Union') return makeUnion(a.args.map(sub));
  if (params.some(isTypeVarTuple)) {
    // *Ts in the arguments is replaced by the types Ts took
    const out: PyObject[] = [];
    for (const x of a.args) {
      if (isUnpackedTypeVarTuple(x) && mapping.has(x.args[0])) out.push(...(mapping.get(x.args[0]) as PyTuple).items);
      else out.push(sub(x));
    }
    return new PyTypingAlias(a.name, out, a.origin, a.paramList);
  }
  if (a.name === 'Callable' && !a.paramList) {
    // Callable[P, int][[str, bytes]]: a ParamSpec replaced by a list of types (and
    // Callable[Concatenate[int, P], int][[str], ...] by int and those types)
    let first = sub(a.args[0]);
    const rest = a.args.slice(1).map(sub);
    if (isSubscripted(first) && first.name === 'Concatenate') {
      const last = first.args[first.args.length - 1];
      if (last instanceof PyList || last instanceof PyTuple) first = new PyTuple([...first.args.slice(0, -1), ...last.items]);
      else if (last === Ellipsis) return new PyTypingAlias('Callable', [first, ...rest], a.origin);
    }
    if (first instanceof PyList || first instanceof PyTuple) return new PyTypingAlias('Callable', [...first.items.map(convertArg), ...rest], a.origin, true);
    return new PyTypingAlias('Callable', [first, ...rest], a.origin);
  }
  if (a.name === 'Concatenate') {
    // Concatenate[int, P][[str, bytes]] is the plain tuple (int, str, bytes), and a Concatenate
    // put in for P is flattened into this one (_ConcatenateGenericAlias.copy_with)
    const out = a.args.map(sub);
    const last = out[out.length - 1];
    if (last instanceof PyList || isArgTuple(last)) return new PyTuple([...out.slice(0, -1), ...last.items]);
    if (isConcatenate(last) && (last as PyTypingAlias).args !== null) out.splice(out.length - 1, 1, ...(last as PyTypingAlias).args!);
    return new PyTypingAlias(a.name, out, a.origin, a.paramList);
  }
  return new PyTypingAlias(a.name, a.args.map(sub), a.origin, a.paramList);
}

function substituteArg(x: PyObject, mapping: Map<PyObject, PyObject>): PyObject {
  const direct = mapping.get(x);
  if (direct !== undefined) {
    if (x instanceof PyTypeVar) return typeVarSubst(direct);
    const subst = isParamSpec(x) ? getAttrOpt(x, '__typing_subst__') : undefined;
    return subst !== undefined ? callObject(subst, [direct], null) : convertArg(direct);
  }
  if (x instanceof PyType || !(x instanceof PyBase)) return x;
  if (x instanceof PyTuple && x.ob_type === unionType) {
    return x.items.map((m) => substituteArg(m, mapping)).reduce((l, r) => binaryOp(NB_OR_INDEX, l, r));
  }
  if (x instanceof PyGenericAlias) {
    return x.args.some((y) => substituteArg(y, mapping) !== y) ? new PyGenericAlias(x.origin, x.args.map((y) => substituteArg(y, mapping))) : x;
  }
  const ps = getAttrOpt(x, '__parameters__');
  if (ps instanceof PyTuple && ps.items.length > 0) {
    const repl = ps.items.flatMap((p) => (isTypeVarTuple(p) && mapping.has(p) ? (mapping.get(p) as PyTuple).items : [mapping.get(p) ?? p]));
    return getItem(x, repl.length === 1 ? repl[0] : new PyTuple(repl));
  }
  return x;
}

function aliasEq(a: PyTypingAlias, b: PyObject): boolean {
  if (a.name === 'Union' && a.args !== null && b instanceof PyTuple && b.ob_type === unionType) {
    return sameMembers(a.args, b.items, false);
  }
  if (!(b instanceof PyTypingAlias)) return false;
  if (a.args === null || b.args === null) return a === b;
  if (a.name !== b.name) return false;
  if (a.name === 'Union' || a.name === 'Literal') return sameMembers(a.args, b.args, a.name === 'Literal');
  return a.paramList === b.paramList && a.args.length === b.args.length && a.args.every((x, i) => eqBool(x, b.args![i]));
}

function sameMembers(x: PyObject[], y: PyObject[], typed: boolean): boolean {
  const has = (list: PyObject[], v: PyObject): boolean => list.some((w) => (!typed || typeOf(w) === typeOf(v)) && eqBool(w, v));
  return x.every((v) => has(y, v)) && y.every((v) => has(x, v));
}

function aliasHash(a: PyTypingAlias): number {
  let h = strHash(a.name);
  if (a.args === null) return h;
  // Union: hash(frozenset(args)), as CPython's, so Union[int, str] and int | str hash alike
  if (a.name === 'Union') return hashOf(makeFrozenSet(a.args));
  if (a.name === 'Literal') {
    let sum = 0;
    for (const x of a.args) sum = (sum + hashOf(x)) | 0;
    return (h ^ sum) | 0 || 1;
  }
  for (const x of a.args) h = (Math.imul(h, 1000003) ^ hashOf(x)) | 0;
  return h === -1 ? -2 : h;
}

const subscriptCache = new WeakMap<PyTypingAlias, PyDict>();

/** X | Y with a typing alias or a type variable on either side: typing.Union[X, Y]. */
function typingOr(v: PyObject, w: PyObject): PyObject {
  return makeUnion([v, w]);
}

setSlots(aliasType, {
  tp_repr: (v) => aliasRepr(v as PyTypingAlias),
  tp_richcompare: (v, w, op) => {
    if (op !== Py_EQ && op !== Py_NE) return NotImplemented;
    const eq = aliasEq(v as PyTypingAlias, w);
    return op === Py_EQ ? eq : !eq;
  },
  tp_hash: (v) => aliasHash(v as PyTypingAlias),
  nb_or: typingOr,
  // List[int].copy: a name that is not a dunder is the origin class's (_BaseGenericAlias.__getattr__)
  tp_getattro: (v, name) => {
    const found = genericGetAttr(v, name);
    if (found !== undefined || (name.startsWith('__') && name.endsWith('__'))) return found;
    const a = v as PyTypingAlias;
    const origin = a.name === 'Annotated' && a.args !== null ? a.args[0] : aliasClass(a);
    return origin === None || a.args === null && a.origin === None && !(a.name in COLLECTIONS_ORIGINS) && !ABC_ORIGINS.has(a.name)
      ? undefined : getAttr(origin, name);
  },
  mp_subscript: (v, key) => {
    const a = v as PyTypingAlias;
    // Subscriptions are cached, as CPython's _tp_cache: List[int] is List[int] (and a pickled
    // alias loads as the same object). An unhashable key (Callable[[int], str]) is not cached.
    let cache = subscriptCache.get(a);
    let hit: PyObject | undefined;
    // Literal's is typed, as CPython's: Literal[1] is not Literal[True]
    // (Callable's parameter list counts as a tuple of them)
    const part = (x: PyObject): PyObject => (x instanceof PyList ? new PyTuple([PyList.prototype.ob_type, ...x.items]) : x);
    const ckey = new PyTuple([isArgTuple(key) ? new PyTuple(key.items.map(part)) : part(key),
      ...(a.name !== 'Literal' ? [] : isArgTuple(key) ? key.items.map(typeOf) : [typeOf(key)])]);
    try {
      hashOf(ckey);
      hit = cache?.get(ckey);
    } catch (e) {
      if (!(isPyException(e) && typeOf(e).isSubtypeOf(TypeError))) throw e;
      return isSubscripted(a) ? substitute(a, key) : subscribe(a, key);
    }
    if (hit !== undefined) return hit;
    const r = isSubscripted(a) ? substitute(a, key) : subscribe(a, key);
    if (cache === undefined || cache.size >= 256) subscriptCache.set(a, (cache = new PyDict()));
    cache.set(ckey, r);
    return r;
  },
  // iter(Tuple[int]) yields the one unpacked alias *Tuple[int] (C[*Tuple[int]], PEP 646), as
  // 3.11's _GenericAlias.__iter__; an unsubscripted alias is not iterable. (Without tp_iter,
  // iteration fell back to mp_subscript with 0, 1, 2 ... for ever.)
  tp_iter: (v) => {
    const a = v as PyTypingAlias;
    if (a.args === null) {
      const kind = a.origin !== None || ABC_ORIGINS.has(a.name) || a.name in COLLECTIONS_ORIGINS ? '_SpecialGenericAlias' : '_SpecialForm';
      return raise('TypeError', `'${kind}' object is not iterable`);
    }
    const kind = a.name === 'Union' ? '_UnionGenericAlias' : a.name === 'Callable' ? '_CallableGenericAlias'
      : a.name === 'Annotated' ? '_AnnotatedAlias' : undefined;
    if (kind !== undefined) return raise('TypeError', `'${kind}' object is not iterable`);
    return getIter(new PyTuple([new PyTypingAlias('Unpack', [typeArg(a)], None)]));
  },
  tp_call: (v, args, kwargs) => {
    const a = v as PyTypingAlias;
    const name = a.name;
    if (name === 'Annotated' && a.args !== null) return callObject(a.args[0], args, kwargs);
    if (NOT_INSTANTIABLE.has(name)) {
      const o = a.origin as PyType;
      return raise('TypeError', `Type ${name} cannot be instantiated; use ${o.qualname.toLowerCase()}() instead`);
    }
    const origin = aliasClass(a);
    if (origin === None) {
      if (name === 'Any') return raise('TypeError', 'Any cannot be instantiated');
      // Annotated is a class in CPython 3.11, whose __new__ refuses
      if (name === 'Annotated') return raise('TypeError', 'Type Annotated cannot be instantiated.');
      return raise('TypeError', `Cannot instantiate typing.${isOptionalShape(a) ? 'Optional' : name}`);
    }
    const result = callObject(origin, args, kwargs);
    if (a.args !== null) {
      try {
        setAttr(result, '__orig_class__', a);
      } catch (e) {
        if (!(isPyException(e) && typeOf(e).isSubtypeOf(AttributeError))) throw e;
      }
    }
    return result;
  },
});

/** The class a generic alias stands for (List: list, Iterable: collections.abc.Iterable), or None. */
function aliasClass(a: PyTypingAlias): PyObject {
  if (a.origin !== None) return a.origin;
  const name = a.name;
  const interp = currentInterp();
  if (ABC_ORIGINS.has(name)) return getAttrOpt(importAbsolute(interp, 'collections.abc'), name) ?? None;
  const home = COLLECTIONS_ORIGINS[name];
  return home === undefined ? None : getAttrOpt(importAbsolute(interp, home[0]), home[1]) ?? None;
}

/** isinstance/issubclass against a typing alias (_SpecialGenericAlias / _UnionGenericAlias / _SpecialForm). */
function aliasSubclassCheck(a: PyTypingAlias, cls: PyObject, what: 'isinstance' | 'issubclass'): boolean {
  const builtins = currentInterp().builtins;
  if (a.args !== null) {
    if (a.name !== 'Union') return raise('TypeError', 'Subscripted generics cannot be used with class and instance checks');
    const issub = builtins.getStr('issubclass')!;
    return a.args.some((m) => isTrue(callObject(issub, [cls, m], null)));
  }
  const method = SUPPORTS[a.name];
  if (method !== undefined) {
    if (!(cls instanceof PyType)) return raise('TypeError', 'issubclass() arg 1 must be a class');
    return cls.mro.some((t) => {
      const f = t.dict.get(method);
      return f !== undefined && f !== None;
    });
  }
  const origin = aliasClass(a);
  if (origin === None) return raise('TypeError', `typing.${a.name} cannot be used with ${what}()`);
  if (cls instanceof PyTypingAlias) {
    // issubclass(List, Sequence) compares the origins (_SpecialGenericAlias.__subclasscheck__)
    if (cls.args !== null) return raise('TypeError', 'Subscripted generics cannot be used with class and instance checks');
    const clsOrigin = aliasClass(cls);
    if (clsOrigin !== None) cls = clsOrigin;
  }
  return isTrue(callObject(builtins.getStr('issubclass')!, [cls, origin], null));
}
aliasType.dict.set('__instancecheck__', new PyMethodDescriptor(aliasType, '__instancecheck__', (v, args) => {
  const a = v as PyTypingAlias;
  const origin = a.args === null && SUPPORTS[a.name] === undefined ? aliasClass(a) : None;
  if (origin !== None) return isTrue(callObject(currentInterp().builtins.getStr('isinstance')!, [args[0], origin], null));
  return aliasSubclassCheck(a, typeOf(args[0]), 'isinstance');
}, { minArgs: 1, maxArgs: 1 }));
aliasType.dict.set('__subclasscheck__', new PyMethodDescriptor(aliasType, '__subclasscheck__', (v, args) =>
  aliasSubclassCheck(v as PyTypingAlias, args[0], 'issubclass'), { minArgs: 1, maxArgs: 1 }));
// copy_with(args): the same alias over other arguments (its __args__), as get_type_hints
// rebuilds Optional['Node'] once the forward reference is evaluated
aliasType.dict.set('copy_with', new PyMethodDescriptor(aliasType, 'copy_with', (v, args) => {
  const a = v as PyTypingAlias;
  const params = args[0];
  if (!(params instanceof PyTuple)) return raise('TypeError', 'copy_with() argument must be a tuple');
  if (a.args === null) return raise('AttributeError', 'copy_with');
  if (a.name === 'Union') return makeUnion(params.items);
  if (a.name === 'Annotated') return new PyTypingAlias('Annotated', [params.items[0], ...a.args.slice(1)], a.origin);
  return new PyTypingAlias(a.name, params.items.map(convertArg), a.origin, a.paramList);
}, { minArgs: 1, maxArgs: 1 }));
// pickling: an unsubscripted form by name (typing.List), a subscripted one as form[args]
aliasType.dict.set('__reduce__', new PyMethodDescriptor(aliasType, '__reduce__', (v) => {
  const a = v as PyTypingAlias;
  if (a.args === null) return a.name;
  const form = unabbreviatedForm(a.name);
  let args: PyObject;
  if (a.name === 'Callable' && a.paramList) args = new PyTuple([new PyList(a.args.slice(0, -1)), a.args[a.args.length - 1]]);
  else args = a.args.length === 1 ? a.args[0] : new PyTuple(a.args);
  const getitem = getAttrOpt(importAbsolute(currentInterp(), 'operator'), 'getitem')!;
  return new PyTuple([getitem, new PyTuple([form, args])]);
}, { minArgs: 0, maxArgs: 0 }));
for (const [n, get] of [['__name__', (a: PyTypingAlias) => (isOptionalShape(a) ? 'Optional' : a.name)],
  ['__qualname__', (a: PyTypingAlias) => (isOptionalShape(a) ? 'Optional' : a.name)], ['__module__', () => 'typing']] as const) {
  addGetSet(aliasType, n, (v) => get(v as PyTypingAlias));
}
addGetSet(aliasType, '__metadata__', (v) => {
  const a = v as PyTypingAlias;
  if (a.name !== 'Annotated' || a.args === null) return raise('AttributeError', `'_GenericAlias' object has no attribute '__metadata__'`);
  return new PyTuple(a.args.slice(1));
});

class PyTypeVar extends PyBase {
  bound: PyObject = None;
  constraints: PyObject[] = [];
  covariant = false;
  contravariant = false;
  module: PyObject = 'typing';
  constructor(public readonly name: string) {
    super();
  }
}
const typeVarType = makeBuiltinType('TypeVar', objectType, { module: 'typing' });
setBuiltinType(PyTypeVar, typeVarType);
setSlots(typeVarType, {
  tp_new: (_t, args, kwargs) => {
    if (typeof args[0] !== 'string') raise('TypeError', 'TypeVar name must be a string');
    const tv = new PyTypeVar(args[0] as string);
    for (const [k, v] of kwargs ?? []) {
      if (k === 'bound') tv.bound = v === None ? None : typeArg(v);   // bound='Comparable' is a ForwardRef
      else if (k === 'covariant') tv.covariant = isTrue(v);
      else if (k === 'contravariant') tv.contravariant = isTrue(v);
      else raise('TypeError', `TypeVar.__init__() got an unexpected keyword argument '${k}'`);
    }
    if (tv.covariant && tv.contravariant) raise('ValueError', 'Bivariant types are not supported.');
    tv.constraints = args.slice(1).map(typeArg);
    if (tv.constraints.length > 0 && tv.bound !== None) raise('TypeError', 'Constraints cannot be combined with bound=...');
    if (tv.constraints.length === 1) raise('TypeError', 'A single constraint is not allowed');
    // __module__: the module that made it (typing's own variables say 'typing')
    const m = runningModuleName();
    if (typeof m === 'string' && !m.startsWith('_typing')) tv.module = m;
    return tv;
  },
  nb_or: typingOr,
  tp_repr: (v) => {
    const tv = v as PyTypeVar;
    return `${tv.covariant ? '+' : tv.contravariant ? '-' : '~'}${tv.name}`;
  },
  tp_getattro: (v, name) => {
    const tv = v as PyTypeVar;
    switch (name) {
      case '__name__': return tv.name;
      case '__bound__': return tv.bound;
      case '__constraints__': return new PyTuple(tv.constraints);
      case '__covariant__': return tv.covariant;
      case '__contravariant__': return tv.contravariant;
      case '__module__': return tv.module;
      default: return genericGetAttr(v, name);
    }
  },
});

typeVarType.dict.set('__typing_subst__', new PyMethodDescriptor(typeVarType, '__typing_subst__', (_v, args) => typeVarSubst(args[0]),
  { minArgs: 1, maxArgs: 1 }));
// copy.copy / pickle: a type variable is pickled by name, as a module-level global
typeVarType.dict.set('__reduce__', new PyMethodDescriptor(typeVarType, '__reduce__', (v) => (v as PyTypeVar).name,
  { minArgs: 0, maxArgs: 0 }));
typeVarType.modified();

// What get_origin / get_args (typing_generic_source.ts) read from these aliases, through the
// type's _typing_origin / _typing_args functions.
const COLLECTIONS_ORIGINS: Record<string, [string, string]> = {
  Deque: ['collections', 'deque'], DefaultDict: ['collections', 'defaultdict'], OrderedDict: ['collections', 'OrderedDict'],
  Counter: ['collections', 'Counter'], ChainMap: ['collections', 'ChainMap'], Pattern: ['re', 'Pattern'], Match: ['re', 'Match'],
  ContextManager: ['contextlib', 'AbstractContextManager'], AsyncContextManager: ['contextlib', 'AbstractAsyncContextManager'],
};
const ABC_ORIGINS = new Set(['Callable', 'Iterable', 'Iterator', 'Generator', 'Sequence', 'Mapping', 'MutableMapping',
  'MutableSequence', 'Hashable', 'Sized', 'Collection', 'AbstractSet', 'Awaitable', 'Coroutine', 'AsyncIterator',
  'AsyncIterable', 'AsyncGenerator', 'Reversible', 'Container', 'KeysView', 'ValuesView', 'ItemsView', 'MappingView',
  'MutableSet', 'ByteString']);
/** Special forms whose subscription's origin is the form itself (get_origin(Literal[1]) is Literal). */
const SELF_ORIGINS = new Set(['Literal', 'ClassVar', 'Final', 'Annotated', 'Required', 'NotRequired', 'Concatenate', 'Unpack',
  'TypeGuard']);
const unabbreviated = new Map<string, PyObject>();

/** The unsubscripted form of a name (the typing module's own object). */
function unabbreviatedForm(name: string): PyObject {
  // the typing module's current object (a fresh import of typing makes new forms)
  return getAttrOpt(importAbsolute(currentInterp(), 'typing'), name) ?? unabbreviated.get(name) ?? None;
}

/** get_origin(): Union for a Union, the form itself for Literal[...] and the like, else the class. */
function aliasOrigin(a: PyTypingAlias): PyObject {
  const name = a.name;
  if (name === 'Union' || name === 'Optional') return a.args === null ? None : unabbreviatedForm('Union');
  if (SELF_ORIGINS.has(name) && a.args === null) return None;
  if (SELF_ORIGINS.has(name)) return unabbreviatedForm(name);
  return aliasClass(a);
}

/** get_args(): Callable's parameters as a list, ([int], str). */
function aliasArgs(a: PyTypingAlias): PyObject {
  if (a.args === null) return new PyTuple([]);
  if (a.name === 'Callable' && a.paramList) return new PyTuple([new PyList(a.args.slice(0, -1)), a.args[a.args.length - 1]]);
  return new PyTuple(a.args);
}
aliasType.dict.set('_typing_origin', makeBuiltinFunction('_typing_origin', (args) => aliasOrigin(args[0] as PyTypingAlias),
  { minArgs: 1, maxArgs: 1 }));
aliasType.dict.set('_typing_args', makeBuiltinFunction('_typing_args', (args) => aliasArgs(args[0] as PyTypingAlias),
  { minArgs: 1, maxArgs: 1 }));
aliasType.modified();

// __origin__ / __args__ / __parameters__, and __mro_entries__: a typing alias as a base class
// (class M(typing.Mapping[str, int]), class A(typing.Awaitable[T])) stands for its origin
// class, followed by Generic unless a later base is generic already (PEP 560, as CPython's
// _BaseGenericAlias.__mro_entries__); Generic.__init_subclass__ takes the type variables of
// the alias's __parameters__.
function typingGeneric(): PyObject {
  return importAbsolute(currentInterp(), '_typing_generic');
}
/** A type variable of any kind: TypeVar, ParamSpec, TypeVarTuple (the latter two are Python classes). */
function isTypeVariable(x: PyObject): boolean {
  if (x instanceof PyTypeVar) return true;
  if (!(x instanceof PyBase) || x instanceof PyType) return false;
  const t = typeOf(x);
  return (t.name === 'ParamSpec' || t.name === 'TypeVarTuple') && t.dict.get('__module__') === 'typing';
}
function aliasParameters(a: PyTypingAlias): PyObject[] {
  const found: PyObject[] = [];
  const add = (t: PyObject): void => {
    if (!found.includes(t)) found.push(t);
  };
  const visit = (x: PyObject): void => {
    if (isTypeVariable(x)) add(x);
    else if (x instanceof PyTuple || x instanceof PyList) x.items.forEach(visit);
    else if (x instanceof PyGenericAlias) x.args.forEach(visit);
    else if (!(x instanceof PyType) && x instanceof PyBase) {
      const ps = getAttrOpt(x, '__parameters__');
      if (ps instanceof PyTuple) ps.items.forEach(add);
    }
  };
  (a.args ?? []).forEach(visit);
  return found;
}
addGetSet(aliasType, '__origin__', (v) => {
  const a = v as PyTypingAlias;
  const o = a.name === 'Annotated' && a.args !== null ? a.args[0] : aliasOrigin(a);
  return o === None ? raise('AttributeError', '__origin__') : o;
});
addGetSet(aliasType, '__args__', (v) => {
  const a = v as PyTypingAlias;
  if (a.args === null) return raise('AttributeError', '__args__');
  return new PyTuple(a.name === 'Annotated' ? a.args.slice(0, 1) : a.args);
});
// Unpack[...]'s: the types of an unpacked tuple (None for *Ts), and whether it is *Ts
addGetSet(aliasType, '__typing_unpacked_tuple_args__', (v) => {
  const a = v as PyTypingAlias;
  if (a.name !== 'Unpack' || a.args === null) return raise('AttributeError', '__typing_unpacked_tuple_args__');
  const sub = unpackedTupleArgs(a);
  return sub === null ? None : new PyTuple(sub);
});
addGetSet(aliasType, '__typing_is_unpacked_typevartuple__', (v) => {
  const a = v as PyTypingAlias;
  if (a.name !== 'Unpack' || a.args === null) return raise('AttributeError', '__typing_is_unpacked_typevartuple__');
  return isUnpackedTypeVarTuple(a);
});
addGetSet(aliasType, '__parameters__', (v) => {
  const a = v as PyTypingAlias;
  return a.args === null ? raise('AttributeError', '__parameters__') : new PyTuple(aliasParameters(a));
});
aliasType.dict.set('__mro_entries__', new PyMethodDescriptor(aliasType, '__mro_entries__', (v, args) => {
  const a = v as PyTypingAlias;
  const bases = args[0];
  if (!(bases instanceof PyTuple)) return raise('TypeError', '__mro_entries__ expects a tuple of bases');
  const origin = aliasOrigin(a);
  if (!(origin instanceof PyType)) return raise('TypeError', `Cannot subclass ${repr(a)}`);
  const generic = getAttrOpt(typingGeneric(), 'Generic');
  const pyAlias = getAttrOpt(typingGeneric(), '_GenericAlias');
  const res: PyObject[] = [];
  if (!bases.items.includes(origin)) res.push(origin);
  const later = bases.items.slice(bases.items.indexOf(v) + 1);
  const genericLater = later.some((b) => b instanceof PyTypingAlias || (pyAlias instanceof PyType && typeOf(b).isSubtypeOf(pyAlias)) ||
    (b instanceof PyType && generic instanceof PyType && b.isSubtypeOf(generic)));
  if (!genericLater && generic instanceof PyType && !origin.isSubtypeOf(generic)) res.push(generic);
  return new PyTuple(res);
}, { minArgs: 1, maxArgs: 1 }));
aliasType.modified();

defineModule('typing', (m) => {
  const T = (name: string, origin: PyObject = None): PyTypingAlias => new PyTypingAlias(name, null, origin);
  const names: [string, PyObject][] = [
    ['Union', None], ['Optional', None], ['Callable', None], ['List', 'list'], ['Dict', 'dict'],
    ['Tuple', 'tuple'], ['Set', 'set'], ['FrozenSet', 'frozenset'], ['Type', 'type'], ['Iterable', None], ['Iterator', None],
    ['Generator', None], ['Sequence', None], ['Mapping', None], ['MutableMapping', None], ['MutableSequence', None],
    ['Deque', None], ['DefaultDict', None], ['Counter', None], ['ClassVar', None], ['Final', None], ['Literal', None],
    ['NoReturn', None], ['Hashable', None], ['Sized', None], ['Collection', None], ['AbstractSet', None], ['Awaitable', None],
    ['Self', None], ['Never', None], ['LiteralString', None], ['TypeAlias', None], ['Required', None], ['NotRequired', None],
    ['Annotated', None], ['Concatenate', None], ['Unpack', None], ['OrderedDict', None], ['ChainMap', None], ['Coroutine', None],
    ['AsyncIterator', None], ['AsyncIterable', None], ['AsyncGenerator', None], ['Reversible', None], ['Container', None],
    ['ContextManager', None], ['AsyncContextManager', None], ['SupportsInt', None], ['SupportsFloat', None],
    ['SupportsIndex', None], ['SupportsAbs', None], ['SupportsRound', None], ['SupportsBytes', None], ['SupportsComplex', None],
    ['IO', None], ['TextIO', None], ['BinaryIO', None], ['Pattern', None], ['Match', None], ['KeysView', None],
    ['ValuesView', None], ['ItemsView', None], ['MappingView', None], ['MutableSet', None], ['ByteString', None],
    ['TypeGuard', None],
  ];
  for (const [name, origin] of names) {
    const o = typeof origin === 'string' ? currentInterp().builtins.getStr(origin) ?? None : origin;
    const form = T(name, o);
    unabbreviated.set(name, form);
    m.set(name, form);
  }
  m.set('TypeVar', typeVarType);
  // typing's own module namespace has types.GenericAlias (it imports it from types)
  m.set('GenericAlias', genericAliasType);
  // `from typing import *`: CPython 3.11's public names (the lazily loaded ones included)
  m.set('__all__', new PyList([
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic', 'Literal',
    'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet',
    'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
    'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern',
    'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
  ]));
  m.set('TYPE_CHECKING', false);
  // typing.io and typing.re: deprecated namespace classes, also in sys.modules
  const ns = callObject(getAttr(importAbsolute(currentInterp(), '_typing_deprecated'), '_make'), [currentInterp().modules,
    ...['IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match'].map((n) => m.module.__dict__.getStr(n) ?? None)], null);
  m.set('io', (ns as PyTuple).items[0]);
  m.set('re', (ns as PyTuple).items[1]);
  // how much of its argument's repr assert_never's message shows
  m.set('_ASSERT_NEVER_REPR_MAX_LENGTH', 100);
  m.fn('cast', (args) => args[1], { minArgs: 2, maxArgs: 2 });
  // a type argument checked and converted (ParamSpec.__typing_subst__ takes its list's with it)
  m.fn('_type_arg', (args) => typeArg(args[0]), { minArgs: 1, maxArgs: 1 });
  // @final marks what it decorates (__final__ = True) where it can
  m.fn('final', (args) => {
    try {
      setAttr(args[0], '__final__', true);
    } catch (e) {
      if (!(isPyException(e) && (typeOf(e).isSubtypeOf(AttributeError) || typeOf(e).isSubtypeOf(TypeError)))) throw e;
    }
    return args[0];
  }, { minArgs: 1, maxArgs: 1 });
  // PEP 562: generics and the class-making names are Python source, compiled on first use.
  lazyAttributes(m, new Map([['Any', '_typing_any'], ...[...TYPING_GENERIC].map((n): [string, string] => [n, '_typing_generic']),
    ...[...TYPING_EXTRAS].map((n): [string, string] => [n, '_typing_extras'])]));
});

/** The typing names defined by _typing_generic (typing_generic_source.ts). */
const TYPING_GENERIC = new Set(['Generic', 'get_origin', 'get_args']);

/** The typing names defined by _typing_extras (typing_extras_source.ts). */
const TYPING_EXTRAS = new Set(['NamedTuple', 'TypedDict', 'is_typeddict', 'Protocol', 'runtime_checkable', 'NewType',
  'assert_never', 'reveal_type', 'AnyStr', 'Text', 'assert_type', 'T', 'KT', 'VT', 'T_co', 'V_co', 'VT_co', 'T_contra', 'CT_co',
  'ParamSpec', 'ParamSpecArgs', 'ParamSpecKwargs', 'TypeVarTuple', 'ForwardRef', 'overload', 'get_overloads', 'clear_overloads',
  'no_type_check', 'no_type_check_decorator', 'dataclass_transform', 'get_type_hints', '_get_protocol_attrs', '_cleanups']);
