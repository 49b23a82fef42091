// types.GenericAlias: `list[int]`, `dict[str, int]` (PEP 585). The built-in containers'
// __class_getitem__ returns one; it prints as the subscription, keeps __origin__ and
// __args__, and calling it calls the origin.

import { PyObject, PyTuple, PyBase, Ellipsis, None, NotImplemented } from './object';
import { PyDict } from './dict';
import { PyType, Py_EQ } from './type';
import { noneType } from './types';
import { unionType, PyGenericAlias as OldGenericAlias } from './class';
import { isTrue, richCompare, getItem, getIter, hashOf, binaryOp } from './ops';
import { lookupSpecial, getAttrOpt, getAttr, genericGetAttr } from './attr';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, listType, dictType, tupleType, setType, frozensetType, typeType } from './types';
import { addClassMethod, addGetSet, addMethod } from './function';
import { repr } from './ops';
import { callObject } from './call';
import { raise } from './lib_errors';

export class PyGenericAlias extends PyBase {
  /** *tuple[int] (PEP 646): what iterating tuple[int] yields once. */
  unpacked = false;
  constructor(public readonly origin: PyObject, public readonly args: PyObject[]) {
    super();
  }
}
// subclassable, as CPython's (collections.abc's _CallableGenericAlias derives from it)
export const genericAliasType = makeBuiltinType('GenericAlias', objectType, { module: 'types', baseType: true });
setBuiltinType(PyGenericAlias, genericAliasType);

/** The alternatives of one side of `|`, or null when that side cannot be in a union. */
function unionSide(v: PyObject): PyObject[] | null {
  if (v === None) return [noneType];
  if (v instanceof PyType || v instanceof PyGenericAlias || v instanceof OldGenericAlias) return [v];
  if (v instanceof PyTuple && v.ob_type === unionType) return v.items;
  return null;
}

/** `X | Y` with a generic alias on either side (ga_or / _Py_union_type_or). */
function aliasUnion(v: PyObject, w: PyObject): PyObject {
  const a = unionSide(v);
  const b = unionSide(w);
  if (a === null || b === null) return NotImplemented;
  const items: PyObject[] = [];
  for (const x of [...a, ...b]) if (!items.some((y) => y === x || (y instanceof PyGenericAlias && isTrue(richCompare(y, x, Py_EQ))))) items.push(x);
  if (items.length === 1) return items[0];
  const u = new PyTuple(items);
  u.ob_type = unionType;
  return u;
}

/** A subscription's tuple of arguments: a tuple, not `int | str` (pyvm's UnionType is a tuple underneath). */
export function isArgTuple(key: PyObject): key is PyTuple {
  return key instanceof PyTuple && key.ob_type !== unionType;
}

/** How an argument of a generic alias prints (ga_repr_item). */
function itemRepr(v: PyObject): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  return repr(v);
}

const ALIAS_OWN_ATTRS = new Set(['__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__']);

setSlots(genericAliasType, {
  // list[int] | None: a types.UnionType, as int | None is (runtime/class.ts).
  nb_or: aliasUnion,
  // types.GenericAlias(origin, args): what a class's `__class_getitem__ =
  // classmethod(GenericAlias)` calls (collections.abc's classes do).
  tp_new: (t, args, kwargs) => {
    if (t === genericAliasType && kwargs !== null && kwargs.size > 0) raise('TypeError', 'GenericAlias() takes no keyword arguments');
    if (args.length !== 2) raise('TypeError', `GenericAlias expected 2 arguments, got ${args.length}`);
    const item = args[1];
    const g = new PyGenericAlias(args[0], isArgTuple(item) ? item.items : [item]);
    if (t !== genericAliasType) {
      // an instance of a subclass: its own type, and a __dict__ if the subclass gives one
      g.ob_type = t;
      if (t.instancesHaveDict) g.__dict__ = new PyDict();
    }
    return g;
  },
  tp_repr: (v) => {
    const g = v as PyGenericAlias;
    const args = g.args.length === 0 ? '()' : g.args.map(itemRepr).join(', ');
    return `${g.unpacked ? '*' : ''}${itemRepr(g.origin)}[${args}]`;
  },
  tp_call: (v, args, kwargs) => callObject((v as PyGenericAlias).origin, args, kwargs),
  // ga_getattro: an alias's own attributes are these; every other name is the origin's
  // (list[int].append is list.append, and a missing one is the origin's AttributeError)
  tp_getattro: (v, name) => (ALIAS_OWN_ATTRS.has(name) ? genericGetAttr(v, name) : getAttr((v as PyGenericAlias).origin, name)),
  tp_richcompare: (v, w, op) => {
    if (!(w instanceof PyGenericAlias) || (op !== 2 && op !== 3)) return op === 2 ? false : op === 3 ? true : raise('TypeError', 'unorderable');
    const g = v as PyGenericAlias;
    // ga_richcompare: the origins and the argument tuples compared with ==
    const eq = g.unpacked === w.unpacked && isTrue(richCompare(g.origin, w.origin, Py_EQ)) &&
      isTrue(richCompare(new PyTuple(g.args), new PyTuple(w.args), Py_EQ));
    return op === 2 ? eq : !eq;
  },
  // ga_hash: hash(origin) ^ hash(args)
  tp_hash: (v) => {
    const g = v as PyGenericAlias;
    const h = (hashOf(g.origin) ^ hashOf(new PyTuple(g.args))) | 0;
    return h === -1 ? -2 : h;
  },
});
// isinstance(x, list[int]) and issubclass(C, list[int]) are errors (ga_instancecheck).
addMethod(genericAliasType, '__instancecheck__', () => raise('TypeError', 'isinstance() argument 2 cannot be a parameterized generic'),
  { minArgs: 1, maxArgs: 1 });
addMethod(genericAliasType, '__subclasscheck__', () => raise('TypeError', 'issubclass() argument 2 cannot be a parameterized generic'),
  { minArgs: 1, maxArgs: 1 });
// __parameters__ and substitution (ga_parameters, _Py_subs_parameters): the type variables of
// the arguments -- objects with __typing_subst__, else their own __parameters__ -- each once;
// tuple[T, T][int] is tuple[int, int].
function gaParameters(args: readonly PyObject[]): PyObject[] {
  const found: PyObject[] = [];
  for (const a of args) {
    if (a instanceof PyType) continue;
    if (lookupSpecial(a, '__typing_subst__') !== undefined) {
      if (!found.includes(a)) found.push(a);
      continue;
    }
    const ps = getAttrOpt(a, '__parameters__');
    if (ps instanceof PyTuple) for (const p of ps.items) if (!found.includes(p)) found.push(p);
  }
  return found;
}
addGetSet(genericAliasType, '__unpacked__', (v) => (v as PyGenericAlias).unpacked);
// *tuple[int, str]'s types (None unless an unpacked tuple), as 3.11's ga_unpacked_tuple_args
addGetSet(genericAliasType, '__typing_unpacked_tuple_args__', (v) => {
  const g = v as PyGenericAlias;
  return g.unpacked && g.origin === tupleType ? new PyTuple(g.args) : None;
});

/** The types an unpacked tuple argument of known length stands for (*tuple[int, str]), or null. */
function unpackedArgs(x: PyObject): PyObject[] | null {
  if (x instanceof PyType || !(x instanceof PyBase)) return null;
  const sub = x instanceof PyGenericAlias ? (x.unpacked && x.origin === tupleType ? x.args : null)
    : (() => { const t = getAttrOpt(x, '__typing_unpacked_tuple_args__'); return t instanceof PyTuple ? t.items : null; })();
  return sub !== null && !(sub.length > 0 && sub[sub.length - 1] === Ellipsis) ? sub : null;
}

/** *Ts (typing's Unpack of a TypeVarTuple). */
function isUnpackedTypeVarTuple(x: PyObject): boolean {
  return !(x instanceof PyType) && x instanceof PyBase && !(x instanceof PyGenericAlias) &&
    getAttrOpt(x, '__typing_is_unpacked_typevartuple__') === true;
}
setSlots(genericAliasType, {
  // iter(tuple[int]) yields *tuple[int] once (ga_iter)
  tp_iter: (v) => {
    const g = v as PyGenericAlias;
    const star = new PyGenericAlias(g.origin, g.args);
    star.unpacked = true;
    return getIter(new PyTuple([star]));
  },
});
addGetSet(genericAliasType, '__parameters__', (v) => new PyTuple(gaParameters((v as PyGenericAlias).args)));
/**
 * _Py_subs_parameters (3.11): the arguments `args` of `self` (a generic alias or a union) with
 * its type variables replaced by the subscription's `key`.
 */
function substituteArgs(self: PyObject, args: readonly PyObject[], key: PyObject): PyObject[] {
  const params = gaParameters(args);
  if (params.length === 0) return raise('TypeError', `${repr(self)} is not a generic class`);
  // unpacked tuples of known length spread (*tuple[int] is int), a TypeVarTuple gathers its
  // run (__typing_prepare_subst__), *Ts is replaced by that run
  let items: PyObject[] = [];
  for (const x of isArgTuple(key) ? key.items : [key]) {
    const sub = unpackedArgs(x);
    if (sub !== null) items.push(...sub);
    else items.push(x);
  }
  for (const p of params) {
    const prepare = p instanceof PyType ? undefined : lookupSpecial(p, '__typing_prepare_subst__');
    if (prepare !== undefined) items = (callObject(prepare, [self, new PyTuple(items)], null) as PyTuple).items;
  }
  if (items.length !== params.length) {
    raise('TypeError', `Too ${items.length > params.length ? 'many' : 'few'} arguments for ${repr(self)}; actual ${items.length}, expected ${params.length}`);
  }
  const out: PyObject[] = [];
  for (const a of args) {
    if (a instanceof PyType) {
      out.push(a);
      continue;
    }
    const i = params.indexOf(a);
    if (i >= 0) {
      out.push(callObject(lookupSpecial(a, '__typing_subst__')!, [items[i]], null));
      continue;
    }
    const ps = getAttrOpt(a, '__parameters__');
    if (!(ps instanceof PyTuple) || ps.items.length === 0) {
      out.push(a);
      continue;
    }
    const sub: PyObject[] = [];
    for (const p of ps.items) {
      const j = params.indexOf(p);
      const v = j >= 0 ? items[j] : p;
      // a TypeVarTuple's run goes in flat (a parameter that iterates, given a tuple)
      if (j >= 0 && v instanceof PyTuple && !(p instanceof PyType) && p instanceof PyBase && lookupSpecial(p, '__typing_prepare_subst__') !== undefined) sub.push(...v.items);
      else sub.push(v);
    }
    if (isUnpackedTypeVarTuple(a)) out.push(...sub);
    else out.push(getItem(a, sub.length === 1 ? sub[0] : new PyTuple(sub)));
  }
  return out;
}
setSlots(genericAliasType, {
  mp_subscript: (v, key) => {
    const g = v as PyGenericAlias;
    const r = new PyGenericAlias(g.origin, substituteArgs(g, g.args, key));
    r.unpacked = g.unpacked;
    return r;
  },
});
/** BINARY_OP's index of `|` (ops.ts NB_OPS). */
const NB_OR_INDEX = 7;
// int | list[T]: its type variables (union_parameters), and (int | list[T])[str] is the
// substituted members joined with | again (union_getitem)
addGetSet(unionType, '__parameters__', (u) => new PyTuple(gaParameters((u as PyTuple).items)));
setSlots(unionType, {
  mp_subscript: (u, key) => {
    const args = substituteArgs(u, (u as PyTuple).items, key);
    if (args.length === 0) return u;
    let r = args[0];
    for (let i = 1; i < args.length; i++) r = binaryOp(NB_OR_INDEX, r, args[i]);
    return r;
  },
});
// ga_reduce: list[int] pickles as GenericAlias(list, (int,)) (the unpacked form is left out)
addMethod(genericAliasType, '__reduce__', (v) => {
  const g = v as PyGenericAlias;
  if (g.unpacked) raise('TypeError', `cannot pickle '${repr(g)}' object`);
  return new PyTuple([g.ob_type, new PyTuple([g.origin, new PyTuple(g.args)])]);
}, { minArgs: 0, maxArgs: 0 });
// ga_mro_entries: class C(list[int]) derives from list
addMethod(genericAliasType, '__mro_entries__', (v) => new PyTuple([(v as PyGenericAlias).origin]), { minArgs: 1, maxArgs: 1 });
addGetSet(genericAliasType, '__origin__', (v) => (v as PyGenericAlias).origin);
addGetSet(genericAliasType, '__args__', (v) => new PyTuple((v as PyGenericAlias).args));

for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType]) {
  addClassMethod(t, '__class_getitem__', (cls, args) => {
    const item = args[0];
    const items = isArgTuple(item) ? item.items : [item];
    return new PyGenericAlias(cls as PyType, items);
  });
}
