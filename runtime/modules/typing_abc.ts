// A minimal typing module, so that annotated programs import and run: typing's names
// subscript to printable aliases (typing.List[int]), TypeVar, Generic (a real base class),
// cast, overload, TYPE_CHECKING. (abc is Python source: abc_source.ts.)

import { PyObject, PyTuple, PyBase, None, Ellipsis } from '../object';
import { PyType } from '../type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, noneType, typeOf } from '../types';
import { makeBuiltinFunction, addGetSet, PyMethodDescriptor } from '../function';
import { PyDict } from '../dict';
import { repr, isTrue, getIter } from '../ops';
import { getAttrOpt } from '../attr';
import { importAbsolute } from '../vmhelpers';
import { currentInterp } from '../interp';
import { callObject } from '../call';
import { makeClass } from '../class';
import { raise } from '../lib_errors';
import { defineModule, lazyAttributes } from './module_util';

/** A typing special form or alias: prints as typing.Name or typing.Name[args]. */
class PyTypingAlias extends PyBase {
  constructor(public readonly name: string, public readonly args: PyObject[] | null, public readonly origin: PyObject) {
    super();
  }
}
const aliasType = makeBuiltinType('_GenericAlias', objectType, { module: 'typing' });
setBuiltinType(PyTypingAlias, aliasType);

function argRepr(v: PyObject): string {
  if (v === Ellipsis) return '...';
  if (v === None) return 'None';
  if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  return repr(v);
}

setSlots(aliasType, {
  tp_repr: (v) => {
    const a = v as PyTypingAlias;
    if (a.args === null) return `typing.${a.name}`;
    if (a.name === 'Unpack' && a.args.length === 1) return `*${repr(a.args[0])}`;
    if (a.name === 'Optional') return `typing.Optional[${argRepr(a.args[0])}]`;
    if (a.name === 'Callable' && a.args.length === 2 && a.args[0] instanceof PyTuple) {
      return `typing.Callable[[${(a.args[0] as PyTuple).items.map(argRepr).join(', ')}], ${argRepr(a.args[1])}]`;
    }
    return `typing.${a.name}[${a.args.map(argRepr).join(', ')}]`;
  },
  mp_subscript: (v, key) => {
    const a = v as PyTypingAlias;
    const args = key instanceof PyTuple ? key.items : [key];
    if (a.name === 'Optional') return new PyTypingAlias('Optional', [args[0]], a.origin);
    return new PyTypingAlias(a.name, args, a.origin);
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
    return getIter(new PyTuple([new PyTypingAlias('Unpack', [a], None)]));
  },
  tp_call: (v, args, kwargs) => {
    const o = (v as PyTypingAlias).origin;
    if (o === None) return raise('TypeError', `Type ${(v as PyTypingAlias).name} cannot be instantiated`);
    return callObject(o, args, kwargs);
  },
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
      if (k === 'bound') tv.bound = v;
      else if (k === 'covariant') tv.covariant = isTrue(v);
      else if (k === 'contravariant') tv.contravariant = isTrue(v);
      else raise('TypeError', `TypeVar.__init__() got an unexpected keyword argument '${k}'`);
    }
    if (tv.covariant && tv.contravariant) raise('ValueError', 'Bivariant types are not supported.');
    tv.constraints = args.slice(1);
    if (tv.constraints.length > 0 && tv.bound !== None) raise('TypeError', 'Constraints cannot be combined with bound=...');
    if (tv.constraints.length === 1) raise('TypeError', 'A single constraint is not allowed');
    // __module__: the module that made it (typing's own variables say 'typing')
    try {
      const m = currentInterp().backend.currentGlobals().getStr('__name__');
      if (typeof m === 'string' && !m.startsWith('_typing')) tv.module = m;
    } catch {
      // no Python frame: typing's own
    }
    return tv;
  },
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
      default: return undefined;
    }
  },
});

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
let unionForm: PyObject = None;
const unabbreviated = new Map<string, PyObject>();

function aliasOrigin(a: PyTypingAlias): PyObject {
  const name = a.name;
  if (name === 'Union' || name === 'Optional') return a.args === null ? None : unionForm;
  if (SELF_ORIGINS.has(name) && a.args === null) return None;
  if (SELF_ORIGINS.has(name)) return unabbreviated.get(name) ?? None;
  if (a.origin !== None) return a.origin;
  const interp = currentInterp();
  if (ABC_ORIGINS.has(name)) return getAttrOpt(importAbsolute(interp, 'collections.abc'), name) ?? None;
  const home = COLLECTIONS_ORIGINS[name];
  return home === undefined ? None : getAttrOpt(importAbsolute(interp, home[0]), home[1]) ?? None;
}

function aliasArgs(a: PyTypingAlias): PyObject {
  if (a.args === null) return new PyTuple([]);
  if (a.name === 'Optional') return new PyTuple([a.args[0] === None ? noneType : a.args[0], noneType]);
  if (a.name === 'Union') return new PyTuple(a.args.map((x) => (x === None ? noneType : x)));
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
function aliasParameters(a: PyTypingAlias): PyObject[] {
  const found: PyObject[] = [];
  const add = (t: PyObject): void => {
    if (!found.includes(t)) found.push(t);
  };
  const visit = (x: PyObject): void => {
    if (x instanceof PyTypeVar) add(x);
    else if (x instanceof PyTuple) x.items.forEach(visit);
    else if (!(x instanceof PyType) && x instanceof PyBase) {
      const ps = getAttrOpt(x, '__parameters__');
      if (ps instanceof PyTuple) ps.items.forEach(add);
    }
  };
  (a.args ?? []).forEach(visit);
  return found;
}
addGetSet(aliasType, '__origin__', (v) => {
  const o = aliasOrigin(v as PyTypingAlias);
  return o === None ? raise('AttributeError', `'_GenericAlias' object has no attribute '__origin__'`) : o;
});
addGetSet(aliasType, '__args__', (v) => {
  const a = v as PyTypingAlias;
  return a.args === null ? raise('AttributeError', `'_GenericAlias' object has no attribute '__args__'`) : aliasArgs(a);
});
addGetSet(aliasType, '__parameters__', (v) => new PyTuple(aliasParameters(v as PyTypingAlias)));
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
    ['Any', None], ['Union', None], ['Optional', None], ['Callable', None], ['List', 'list'], ['Dict', 'dict'],
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
    if (name === 'Union') unionForm = form;
    if (SELF_ORIGINS.has(name)) unabbreviated.set(name, form);
    m.set(name, form);
  }
  m.set('TypeVar', typeVarType);
  m.set('TYPE_CHECKING', false);
  m.fn('cast', (args) => args[1], { minArgs: 2, maxArgs: 2 });
  m.fn('final', (args) => args[0], { minArgs: 1, maxArgs: 1 });
  // PEP 562: generics and the class-making names are Python source, compiled on first use.
  lazyAttributes(m, new Map([...[...TYPING_GENERIC].map((n): [string, string] => [n, '_typing_generic']),
    ...[...TYPING_EXTRAS].map((n): [string, string] => [n, '_typing_extras'])]));
});

/** The typing names defined by _typing_generic (typing_generic_source.ts). */
const TYPING_GENERIC = new Set(['Generic', 'get_origin', 'get_args']);

/** The typing names defined by _typing_extras (typing_extras_source.ts). */
const TYPING_EXTRAS = new Set(['NamedTuple', 'TypedDict', 'is_typeddict', 'Protocol', 'runtime_checkable', 'NewType',
  'assert_never', 'reveal_type', 'AnyStr', 'Text', 'assert_type', 'T', 'KT', 'VT', 'T_co', 'V_co', 'VT_co', 'T_contra', 'CT_co',
  'ParamSpec', 'ParamSpecArgs', 'ParamSpecKwargs', 'TypeVarTuple', 'ForwardRef', 'overload', 'get_overloads', 'clear_overloads',
  'no_type_check', 'no_type_check_decorator', 'dataclass_transform', 'get_type_hints']);
