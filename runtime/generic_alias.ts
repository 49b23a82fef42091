// types.GenericAlias: `list[int]`, `dict[str, int]` (PEP 585). The built-in containers'
// __class_getitem__ returns one; it prints as the subscription, keeps __origin__ and
// __args__, and calling it calls the origin.

import { PyObject, PyTuple, PyBase, Ellipsis } from './object';
import { PyType } from './type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, listType, dictType, tupleType, setType, frozensetType, typeType } from './types';
import { addClassMethod, addGetSet } from './function';
import { repr } from './ops';
import { callObject } from './call';
import { raise } from './lib_errors';

export class PyGenericAlias extends PyBase {
  constructor(public readonly origin: PyObject, public readonly args: PyObject[]) {
    super();
  }
}
export const genericAliasType = makeBuiltinType('GenericAlias', objectType, { module: 'types' });
setBuiltinType(PyGenericAlias, genericAliasType);

/** How an argument of a generic alias prints (ga_repr_item). */
function itemRepr(v: PyObject): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  return repr(v);
}

setSlots(genericAliasType, {
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
    return `${itemRepr(g.origin)}[${args}]`;
  },
  tp_call: (v, args, kwargs) => callObject((v as PyGenericAlias).origin, args, kwargs),
  tp_richcompare: (v, w, op) => {
    if (!(w instanceof PyGenericAlias) || (op !== 2 && op !== 3)) return op === 2 ? false : op === 3 ? true : raise('TypeError', 'unorderable');
    const g = v as PyGenericAlias;
    const eq = g.origin === w.origin && g.args.length === w.args.length && g.args.every((a, i) => a === w.args[i]);
    return op === 2 ? eq : !eq;
  },
  tp_hash: (v) => {
    let h = 0;
    for (const a of (v as PyGenericAlias).args) h = (h * 31 + (a instanceof PyBase ? 7 : 3)) | 0;
    return h;
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
