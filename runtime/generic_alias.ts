// types.GenericAlias: `list[int]`, `dict[str, int]` (PEP 585). The built-in containers'
// __class_getitem__ returns one; it prints as the subscription, keeps __origin__ and
// __args__, and calling it calls the origin.

import { PyObject, PyTuple, PyBase, Ellipsis, None, NotImplemented } from './object';
import { PyType, Py_EQ } from './type';
import { noneType } from './types';
import { unionType, PyGenericAlias as OldGenericAlias } from './class';
import { isTrue, richCompare, getItem, getIter } from './ops';
import { lookupSpecial, getAttrOpt } from './attr';
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
export const genericAliasType = makeBuiltinType('GenericAlias', objectType, { module: 'types' });
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

/** How an argument of a generic alias prints (ga_repr_item). */
function itemRepr(v: PyObject): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  return repr(v);
}

setSlots(genericAliasType, {
  // list[int] | None: a types.UnionType, as int | None is (runtime/class.ts).
  nb_or: aliasUnion,
  // types.GenericAlias(origin, args): what a class's `__class_getitem__ =
  // classmethod(GenericAlias)` calls (collections.abc's classes do).
  tp_new: (_t, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) raise('TypeError', 'GenericAlias() takes no keyword arguments');
    if (args.length !== 2) raise('TypeError', `GenericAlias expected 2 arguments, got ${args.length}`);
    const item = args[1];
    return new PyGenericAlias(args[0], item instanceof PyTuple ? item.items : [item]);
  },
  tp_repr: (v) => {
    const g = v as PyGenericAlias;
    const args = g.args.length === 0 ? '()' : g.args.map(itemRepr).join(', ');
    return `${g.unpacked ? '*' : ''}${itemRepr(g.origin)}[${args}]`;
  },
  tp_call: (v, args, kwargs) => callObject((v as PyGenericAlias).origin, args, kwargs),
  tp_richcompare: (v, w, op) => {
    if (!(w instanceof PyGenericAlias) || (op !== 2 && op !== 3)) return op === 2 ? false : op === 3 ? true : raise('TypeError', 'unorderable');
    const g = v as PyGenericAlias;
    const eq = g.origin === w.origin && g.unpacked === w.unpacked && g.args.length === w.args.length && g.args.every((a, i) => a === w.args[i]);
    return op === 2 ? eq : !eq;
  },
  tp_hash: (v) => {
    let h = 0;
    for (const a of (v as PyGenericAlias).args) h = (h * 31 + (a instanceof PyBase ? 7 : 3)) | 0;
    return h;
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
function gaParameters(g: PyGenericAlias): PyObject[] {
  const found: PyObject[] = [];
  for (const a of g.args) {
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
setSlots(genericAliasType, {
  // iter(tuple[int]) yields *tuple[int] once (ga_iter)
  tp_iter: (v) => {
    const g = v as PyGenericAlias;
    const star = new PyGenericAlias(g.origin, g.args);
    star.unpacked = true;
    return getIter(new PyTuple([star]));
  },
});
addGetSet(genericAliasType, '__parameters__', (v) => new PyTuple(gaParameters(v as PyGenericAlias)));
setSlots(genericAliasType, {
  mp_subscript: (v, key) => {
    const g = v as PyGenericAlias;
    const params = gaParameters(g);
    if (params.length === 0) return raise('TypeError', `${repr(g)} is not a generic class`);
    const items = key instanceof PyTuple ? key.items : [key];
    if (items.length !== params.length) {
      raise('TypeError', `Too ${items.length > params.length ? 'many' : 'few'} arguments for ${repr(g)}; actual ${items.length}, expected ${params.length}`);
    }
    const args = g.args.map((a) => {
      if (a instanceof PyType) return a;
      const i = params.indexOf(a);
      if (i >= 0) return callObject(lookupSpecial(a, '__typing_subst__')!, [items[i]], null);
      const ps = getAttrOpt(a, '__parameters__');
      if (!(ps instanceof PyTuple) || ps.items.length === 0) return a;
      const sub = ps.items.map((p) => items[params.indexOf(p)]);
      return getItem(a, sub.length === 1 ? sub[0] : new PyTuple(sub));
    });
    const r = new PyGenericAlias(g.origin, args);
    r.unpacked = g.unpacked;
    return r;
  },
});
addGetSet(genericAliasType, '__origin__', (v) => (v as PyGenericAlias).origin);
addGetSet(genericAliasType, '__args__', (v) => new PyTuple((v as PyGenericAlias).args));

for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType]) {
  addClassMethod(t, '__class_getitem__', (cls, args) => {
    const item = args[0];
    const items = item instanceof PyTuple ? item.items : [item];
    return new PyGenericAlias(cls as PyType, items);
  });
}
