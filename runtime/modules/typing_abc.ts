// A minimal typing module, so that annotated programs import and run: typing's names
// subscript to printable aliases (typing.List[int]), TypeVar, Generic (a real base class),
// cast, overload, TYPE_CHECKING. (abc is Python source: abc_source.ts.)

import { PyObject, PyTuple, PyBase, None, Ellipsis } from '../object';
import { PyType } from '../type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, typeType } from '../types';
import { makeBuiltinFunction } from '../function';
import { PyDict } from '../dict';
import { repr, str } from '../ops';
import { getAttrOpt, attributeError } from '../attr';
import { importAbsolute } from '../vmhelpers';
import { currentInterp } from '../interp';
import { callObject } from '../call';
import { makeClass } from '../class';
import { raise } from '../lib_errors';
import { defineModule } from './module_util';

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
  tp_call: (v, args, kwargs) => {
    const o = (v as PyTypingAlias).origin;
    if (o === None) return raise('TypeError', `Type ${(v as PyTypingAlias).name} cannot be instantiated`);
    return callObject(o, args, kwargs);
  },
});

class PyTypeVar extends PyBase {
  constructor(public readonly name: string) {
    super();
  }
}
const typeVarType = makeBuiltinType('TypeVar', objectType, { module: 'typing' });
setBuiltinType(PyTypeVar, typeVarType);
setSlots(typeVarType, {
  tp_new: (_t, args) => {
    if (typeof args[0] !== 'string') raise('TypeError', 'TypeVar name must be a string');
    return new PyTypeVar(args[0] as string);
  },
  tp_repr: (v) => `~${(v as PyTypeVar).name}`,
});

/** typing.Generic: a real class, so `class Stack(Generic[T])` works; subscripting returns it. */
const genericNs = new PyDict();
genericNs.setStr('__module__', 'typing');
genericNs.setStr('__qualname__', 'Generic');
let genericClass: PyType | null = null;
function getGeneric(): PyType {
  if (genericClass === null) {
    genericClass = makeClass(typeType, 'Generic', [objectType], genericNs, null);
    genericClass.dict.set('__class_getitem__', makeBuiltinFunction('__class_getitem__', () => genericClass!));
    setSlots(genericClass, {});
    genericClass.modified();
  }
  return genericClass;
}

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
  ];
  for (const [name, origin] of names) {
    const o = typeof origin === 'string' ? currentInterp().builtins.getStr(origin) ?? None : origin;
    m.set(name, T(name, o));
  }
  m.set('TypeVar', typeVarType);
  m.set('Generic', getGeneric());
  m.set('TYPE_CHECKING', false);
  m.fn('cast', (args) => args[1], { minArgs: 2, maxArgs: 2 });
  m.fn('overload', (args) => args[0], { minArgs: 1, maxArgs: 1 });
  m.fn('final', (args) => args[0], { minArgs: 1, maxArgs: 1 });
  m.fn('no_type_check', (args) => args[0], { minArgs: 1, maxArgs: 1 });
  m.fn('get_type_hints', (args) => getAttrOpt(args[0], '__annotations__') ?? new PyDict(), { minArgs: 1, maxArgs: 3 });
  // PEP 562: the class-making names come from _typing_extras (Python source) on first use.
  const typing = m.module;
  m.fn('__getattr__', (args) => {
    const name = args[0];
    if (typeof name === 'string' && TYPING_EXTRAS.has(name)) {
      const extras = importAbsolute(currentInterp(), '_typing_extras');
      const v = getAttrOpt(extras, name);
      if (v !== undefined) {
        typing.__dict__.setStr(name, v);
        return v;
      }
    }
    throw attributeError(typing, typeof name === 'string' ? name : str(name));
  }, { minArgs: 1, maxArgs: 1 });
});

/** The typing names defined by _typing_extras (typing_extras_source.ts). */
const TYPING_EXTRAS = new Set(['NamedTuple', 'TypedDict', 'is_typeddict', 'Protocol', 'runtime_checkable', 'NewType',
  'assert_never', 'reveal_type', 'AnyStr', 'Text']);
