// dataclasses.make_dataclass, as Python source run by pyvm itself (see python_source.ts);
// dataclasses.ts fetches it from here on first use (its module __getattr__).
//
// Written from the dataclasses documentation and CPython 3.11's observable behaviour (its
// messages, the 'typing.Any' default annotation, the class made by types.new_class); not
// CPython's Lib/dataclasses.py.

import { definePythonModule } from './python_source';

export const DATACLASSES_EXTRA_SOURCE = `
"""dataclasses.make_dataclass."""

import keyword
import types
from dataclasses import dataclass


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dataclass named cls_name with the given fields: each a name, a
    (name, type) pair or a (name, type, Field) triple; a name alone is typed 'typing.Any'."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


make_dataclass.__module__ = 'dataclasses'
`;

definePythonModule('_dataclasses_extra', DATACLASSES_EXTRA_SOURCE, { hideFrames: true });
