// The behaviour of BaseException and its subclasses as Python objects (Objects/exceptions.c):
// construction, args, str/repr, __cause__/__context__/__traceback__/__suppress_context__,
// with_traceback, add_note, and the extra attributes of StopIteration, SystemExit, KeyError,
// NameError, AttributeError, OSError, ImportError.

import { PyObject, PyTuple, None } from './object';
import { PyType, KwArgs } from './type';
import { typeOf, setSlots } from './types';
import {
  PyException, PyTraceback, BaseException, StopIteration, SystemExit, KeyError, NameError, AttributeError, ImportError,
  OSError, SyntaxError, raiseTypeError, raiseValueError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError,
  BlockingIOError, ChildProcessError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
  ConnectionResetError, InterruptedError, ProcessLookupError, raiseAttributeError,
  NotADirectoryError, TimeoutError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError,
  BUILTIN_EXCEPTIONS, BaseExceptionGroup, ExceptionGroup, ConnectionError, IndentationError, ModuleNotFoundError,
  TabError, UnboundLocalError,
} from './exceptions';
import { addGetSet, addMethod } from './function';
import { repr, str } from './ops';
import { PyDict } from './dict';
import { PyList, dictMerge } from './containers';
import { exceptionTypeName } from './traceback';
import { PyStrSub } from './str_methods';

/**
 * BaseException.__init__ takes no keywords, whatever the instance's class (BaseException_init's
 * _PyArg_NoKeywords with the instance's type name): `E(1, x=2)` for `class E(Exception): pass`
 * is a TypeError, while a Python __init__ of E's own may take keywords and not pass them on.
 */
function rejectKeywords(self: PyObject, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) raiseTypeError(`${typeOf(self).tpName}() takes no keyword arguments`);
}

/** BaseException.__str__: '' for no args, str of the one arg, else the args' repr. */
function argsStr(e: PyException): string {
  const items = e.args.items;
  if (items.length === 0) return '';
  if (items.length === 1) return str(items[0]);
  return repr(e.args);
}

setSlots(BaseException, {
  tp_new: (t: PyType, args: PyObject[]) => {
    const e = new PyException(t, args);
    if (t.isHeapType) e.__dict__ = new PyDict();
    return e;
  },
  tp_init: (self: PyObject, args: PyObject[], kw: KwArgs) => {
    rejectKeywords(self, kw);
    (self as PyException).args = new PyTuple(args);
  },
  tp_str: (v) => argsStr(v as PyException),
  tp_repr: (v) => {
    const e = v as PyException;
    const items = e.args.items;
    const name = typeOf(v).name;
    if (items.length === 1) return `${name}(${repr(items[0])})`;
    return `${name}${items.length === 0 ? '()' : repr(e.args)}`;
  },
});

setSlots(KeyError, {
  tp_str: (v) => {
    const items = (v as PyException).args.items;
    if (items.length === 1) return repr(items[0]);
    if (items.length === 0) return '';
    return repr((v as PyException).args);
  },
});

function excOf(v: PyObject): PyException {
  return v as PyException;
}

addGetSet(BaseException, 'args', (v) => excOf(v).args, (v, a) => {
  if (a === undefined) raiseTypeError('args may not be deleted');
  const { toArray } = require('./ops') as typeof import('./ops');
  excOf(v).args = new PyTuple(toArray(a));
});
addGetSet(BaseException, '__cause__', (v) => excOf(v).cause ?? None, (v, c) => {
  if (c !== undefined && c !== None && !(c instanceof PyException)) {
    raiseTypeError('exception cause must be None or derive from BaseException');
  }
  excOf(v).cause = c instanceof PyException ? c : null;
  excOf(v).suppressContext = true;
});
addGetSet(BaseException, '__context__', (v) => excOf(v).context ?? None, (v, c) => {
  if (c !== undefined && c !== None && !(c instanceof PyException)) {
    raiseTypeError('exception context must be None or derive from BaseException');
  }
  excOf(v).context = c instanceof PyException ? c : null;
});
addGetSet(BaseException, '__suppress_context__', (v) => excOf(v).suppressContext, (v, s) => {
  const { isTrue } = require('./ops') as typeof import('./ops');
  excOf(v).suppressContext = s !== undefined && isTrue(s);
});
addGetSet(BaseException, '__traceback__', (v) => excOf(v).traceback ?? None, (v, tb) => {
  if (tb !== undefined && tb !== None && !(tb instanceof PyTraceback)) raiseTypeError('__traceback__ must be a traceback or None');
  excOf(v).traceback = tb instanceof PyTraceback ? tb : null;
});
// BaseException.__dict__: made on first use (a built-in exception takes attributes too:
// `e.errno = 5` on a ValueError; runtime/attr.ts genericSetAttr makes it for a store).
addGetSet(BaseException, '__dict__', (v) => (excOf(v).__dict__ ??= new PyDict()), (v, d) => {
  if (d === undefined) raiseTypeError('cannot delete __dict__');
  if (!(d instanceof PyDict)) raiseTypeError(`__dict__ must be set to a dictionary, not a '${typeOf(d).tpName}'`);
  excOf(v).__dict__ = d;
});
addMethod(BaseException, 'with_traceback', (v, a) => {
  const tb = a[0];
  excOf(v).traceback = tb instanceof PyTraceback ? tb : null;
  return v;
}, { minArgs: 1, maxArgs: 1 });
addMethod(BaseException, 'add_note', (v, a) => {
  const e = excOf(v);
  if (typeof a[0] !== 'string' && !(a[0] instanceof PyStrSub)) raiseTypeError(`note must be a str, not '${typeOf(a[0]).tpName}'`);
  if (e.__dict__ === undefined) e.__dict__ = new PyDict();
  let notes = e.__dict__.getStr('__notes__');
  if (notes === undefined) {
    notes = new PyList([]);
    e.__dict__.setStr('__notes__', notes);
  }
  // `e.__notes__ = 42` is allowed; adding a note to it is not (a list subclass is a list).
  if (!(notes instanceof PyList)) raiseTypeError('Cannot add note: __notes__ is not a list');
  notes.items.push(a[0]);
  return None;
}, { minArgs: 1, maxArgs: 1 });

function firstArg(v: PyObject): PyObject {
  const items = excOf(v).args.items;
  return items.length > 0 ? items[0] : None;
}
// StopIteration.value and SystemExit.code are members that StopIteration.__init__ and
// SystemExit.__init__ set from the arguments: a subclass whose __init__ does not call them
// has None (the args are still set, by __new__). An exception the runtime creates without
// calling the type (a generator's return) has no member yet and reads its args.
function argsValue(e: PyException): PyObject {
  const items = e.args.items;
  return items.length === 0 ? None : items[0];
}
function argsCode(e: PyException): PyObject {
  const items = e.args.items;
  return items.length === 0 ? None : items.length === 1 ? items[0] : e.args;
}
/** The member `name`, or what the args say when __new__/__init__ never ran (see above). */
export function exceptionMember(e: PyException, name: 'value' | 'code'): PyObject {
  const x = e.extra;
  if (x !== null && name in x) return x[name];
  return name === 'value' ? argsValue(e) : argsCode(e);
}
for (const [t, name, fromArgs] of [[StopIteration, 'value', argsValue], [SystemExit, 'code', argsCode]] as const) {
  setSlots(t, {
    tp_new: (type: PyType, args: PyObject[]) => {
      const e = new PyException(type, args);
      e.extra = { [name]: None };
      if (type.isHeapType) e.__dict__ = new PyDict();
      return e;
    },
    tp_init: (self: PyObject, args: PyObject[], kw: KwArgs) => {
      rejectKeywords(self, kw);
      const e = self as PyException;
      e.args = new PyTuple(args);
      e.extra ??= {};
      e.extra[name] = fromArgs(e);
    },
  });
  addGetSet(t, name, (v) => exceptionMember(excOf(v), name), (v, x) => {
    const e = excOf(v);
    e.extra ??= {};
    e.extra[name] = x ?? None;
  });
}
function extraAttr(t: PyType, name: string): void {
  addGetSet(t, name, (v) => excOf(v).extra?.[name] ?? None, (v, x) => {
    const e = excOf(v);
    e.extra ??= {};
    e.extra[name] = x ?? None;
  });
}
extraAttr(NameError, 'name');
extraAttr(AttributeError, 'name');
extraAttr(AttributeError, 'obj');
extraAttr(ImportError, 'name');
extraAttr(ImportError, 'path');
// ImportError.msg: set by __init__ (the one argument, else None); an ImportError the runtime
// raises without calling the type (an import that failed) has its message as the one argument.
function importErrorMsg(e: PyException): PyObject {
  const x = e.extra;
  if (x !== null && 'msg' in x) return x.msg;
  return e.args.items.length === 1 ? e.args.items[0] : None;
}
addGetSet(ImportError, 'msg', (v) => importErrorMsg(excOf(v)), (v, m) => {
  const e = excOf(v);
  e.extra ??= {};
  e.extra.msg = m ?? None;
});

/**
 * The keyword-only members of NameError(name=), AttributeError(name=, obj=) and
 * ImportError(name=, path=) (their __init__'s PyArg_ParseTupleAndKeywords: the count first,
 * then each name; the messages name the type that defines __init__, `owner`). A member not
 * given is left unset: ImportError's __reduce__ keeps only the given ones.
 */
function keywordMembers(e: PyException, kw: KwArgs, owner: string, allowed: readonly string[]): void {
  if (kw === null || kw.size === 0) return;
  if (kw.size > allowed.length) raiseTypeError(`${owner}() takes at most ${allowed.length} keyword argument${allowed.length === 1 ? '' : 's'} (${kw.size} given)`);
  for (const k of kw.keys()) if (!allowed.includes(k)) raiseTypeError(`'${k}' is an invalid keyword argument for ${owner}()`);
  e.extra ??= {};
  for (const [k, v] of kw) e.extra[k] = v;
}
for (const [t, owner, allowed] of [[NameError, 'NameError', ['name']], [AttributeError, 'AttributeError', ['name', 'obj']]] as const) {
  setSlots(t, {
    tp_init: (self: PyObject, args: PyObject[], kw: KwArgs) => {
      const e = self as PyException;
      e.args = new PyTuple(args);
      keywordMembers(e, kw, owner, allowed);
    },
    tp_str: (v) => argsStr(v as PyException),
  });
}
setSlots(ImportError, {
  tp_init: (self: PyObject, args: PyObject[], kw: KwArgs) => {
    const e = self as PyException;
    e.args = new PyTuple(args);
    if (e.extra !== null) {
      delete e.extra.name;
      delete e.extra.path;
    }
    keywordMembers(e, kw, 'ImportError', ['name', 'path']);
    e.extra ??= {};
    e.extra.msg = args.length === 1 ? args[0] : None;
  },
  // ImportError_str: the message member when it is an exact str, else BaseException's.
  tp_str: (v) => {
    const msg = importErrorMsg(excOf(v));
    return typeof msg === 'string' ? msg : argsStr(v as PyException);
  },
});

// Pickling (BaseException.__reduce__ / __setstate__): (type, args[, state]). The state is the
// instance's attributes when it has any (CPython creates an exception's __dict__ lazily, so an
// instance without attributes reduces to a pair); ImportError adds its given name and path,
// OSError rebuilds the arguments its filename came from.
function instanceState(e: PyException): PyDict | null {
  const d = e.__dict__;
  return d !== undefined && d.size > 0 ? d : null;
}
function reduceWith(e: PyException, args: PyTuple, state: PyObject | null): PyTuple {
  return new PyTuple(state === null ? [typeOf(e), args] : [typeOf(e), args, state]);
}
addMethod(BaseException, '__reduce__', (v) => reduceWith(excOf(v), excOf(v).args, instanceState(excOf(v))), { minArgs: 0, maxArgs: 0 });
addMethod(BaseException, '__setstate__', (v, a) => {
  const state = a[0];
  if (state !== None) {
    if (!(state instanceof PyDict)) raiseTypeError('state is not a dictionary');
    const { setAttr } = require('./attr') as typeof import('./attr');
    const keys = state.keys();
    const values = state.values();
    for (let i = 0; i < keys.length; i++) setAttr(v, str(keys[i]), values[i]);
  }
  return None;
}, { minArgs: 1, maxArgs: 1 });
addMethod(ImportError, '__reduce__', (v) => {
  const e = excOf(v);
  const own = instanceState(e);
  const x = e.extra;
  let state: PyDict | null = own;
  if (x !== null && ('name' in x || 'path' in x)) {
    state = new PyDict();
    if (own !== null) dictMerge(state, own);
    if ('name' in x) state.setStr('name', x.name);
    if ('path' in x) state.setStr('path', x.path);
  }
  return reduceWith(e, e.args, state);
}, { minArgs: 0, maxArgs: 0 });
// OSError's errno, strerror, filename and filename2 are members set from the arguments by
// the constructor (below) and assignable afterwards, as in CPython.
for (const name of ['errno', 'strerror', 'filename', 'filename2']) extraAttr(OSError, name);
// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): the details are
// members (assignable), str() adds "(file, line N)" with the file's base name.
const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
function syntaxErrorInit(e: PyException, args: PyObject[]): void {
  e.args = new PyTuple(args);
  const x: Record<string, PyObject> = { msg: args.length >= 1 ? args[0] : None, print_file_and_line: None };
  if (args.length >= 2) {
    const info = args[1];
    if (!(info instanceof PyTuple)) raiseTypeError('SyntaxError() argument 2 must be tuple, not ' + typeOf(info).tpName);
    const items = info.items;
    if (items.length !== 4 && items.length !== 6) {
      raiseTypeError(items.length < 4 ? `function takes at least 4 arguments (${items.length} given)`
        : `function takes at most 6 arguments (${items.length} given)`);
    }
    items.forEach((v, i) => (x[SYNTAX_FIELDS[i]] = v));
  }
  e.extra = x;
}
setSlots(SyntaxError, {
  tp_init: (self: PyObject, args: PyObject[], kw: KwArgs) => {
    rejectKeywords(self, kw);
    syntaxErrorInit(self as PyException, args);
  },
  tp_str: (v) => {
    const e = excOf(v);
    const x = e.extra;
    const msg = x !== null && 'msg' in x ? x.msg : firstArg(v);
    const text = msg === None && e.args.items.length === 0 ? 'None' : str(msg);
    const filename = x?.filename ?? None;
    const lineno = x?.lineno ?? None;
    const file = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : null;
    const line = typeof lineno === 'number' ? lineno : null;
    if (file !== null && line !== null) return `${text} (${file}, line ${line})`;
    if (file !== null) return `${text} (${file})`;
    if (line !== null) return `${text} (line ${line})`;
    return text;
  },
});
for (const f of ['msg', 'print_file_and_line', ...SYNTAX_FIELDS]) {
  addGetSet(SyntaxError, f, (v) => {
    const x = excOf(v).extra;
    return x !== null && f in x ? x[f] : f === 'msg' ? firstArg(v) : None;
  }, (v, val) => {
    const e = excOf(v);
    e.extra ??= {};
    e.extra[f] = val ?? None;
  });
}
void exceptionTypeName;

// OSError(errno, strerror[, filename]) picks the subclass for errno (OSError.__new__) and
// prints as "[Errno N] strerror[: 'filename']".
const ERRNO_SUBCLASS: Record<number, PyType> = {
  2: FileNotFoundError, 17: FileExistsError, 13: PermissionError, 1: PermissionError, 21: IsADirectoryError,
  20: NotADirectoryError, 110: TimeoutError, 11: BlockingIOError, 114: BlockingIOError, 115: BlockingIOError,
  10: ChildProcessError, 32: BrokenPipeError, 108: BrokenPipeError, 103: ConnectionAbortedError,
  111: ConnectionRefusedError, 104: ConnectionResetError, 4: InterruptedError, 3: ProcessLookupError,
};
/** OSError's arguments: the args kept and the members (oserror_parseargs / oserror_init). */
function osErrorInit(e: PyException, args: PyObject[]): void {
  // OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a filename, args keeps
  // only the first two; winerror means nothing off Windows.
  let kept = args;
  let extra: Record<string, PyObject> | null = null;
  if (args.length >= 2 && args.length <= 5) {
    extra = { errno: args[0], strerror: args[1] };
    if (args.length >= 3 && args[2] !== None && e.ob_type === BlockingIOError && typeof args[2] === 'number') {
      // BlockingIOError(errno, strerror, characters_written): a number there is the count
      // written, and the args are kept whole.
      extra.characters_written = args[2];
    } else if (args.length >= 3 && args[2] !== None) {
      extra.filename = args[2];
      if (args.length === 5) extra.filename2 = args[4];
      kept = args.slice(0, 2);
    }
  }
  e.args = new PyTuple(kept);
  e.extra = extra;
}
setSlots(OSError, {
  tp_new: (t: PyType, args: PyObject[]) => {
    let type = t;
    if (t === OSError && args.length >= 2 && typeof args[0] === 'number') type = ERRNO_SUBCLASS[args[0]] ?? OSError;
    const e = new PyException(type, args);
    osErrorInit(e, args);
    if (type.isHeapType) e.__dict__ = new PyDict();
    return e;
  },
  // The same parse again: a subclass's __init__ calling super().__init__(...) sets the members.
  tp_init: (self: PyObject, args: PyObject[], kw: KwArgs) => {
    rejectKeywords(self, kw);
    osErrorInit(self as PyException, args);
  },
  tp_str: (v) => {
    const e = excOf(v);
    const x = e.extra;
    const filename = x?.filename ?? None;
    if (x !== null && filename !== None) {
      const f2 = x.filename2 ?? None;
      const base = `[Errno ${str(x.errno ?? None)}] ${str(x.strerror ?? None)}: ${repr(filename)}`;
      return f2 !== None ? `${base} -> ${repr(f2)}` : base;
    }
    if (x !== null && (x.errno ?? None) !== None && (x.strerror ?? None) !== None) return `[Errno ${str(x.errno)}] ${str(x.strerror)}`;
    return argsStr(e);
  },
});

// OSError.__reduce__: the arguments the filename (and filename2) came from, as oserror_reduce.
addMethod(OSError, '__reduce__', (v) => {
  const e = excOf(v);
  const x = e.extra;
  let args = e.args;
  if (args.items.length === 2 && x !== null && x.filename !== undefined) {
    const items = [args.items[0], args.items[1], x.filename];
    if (x.filename2 !== undefined && x.filename2 !== None) items.push(None, x.filename2);
    args = new PyTuple(items);
  }
  return reduceWith(e, args, instanceState(e));
}, { minArgs: 0, maxArgs: 0 });
// OSError.characters_written: set by BlockingIOError's third argument or by assignment; reading
// or deleting it unset raises AttributeError.
addGetSet(OSError, 'characters_written', (v) => {
  const n = excOf(v).extra?.characters_written;
  if (n === undefined) raiseAttributeError('characters_written');
  return n;
}, (v, n) => {
  const e = excOf(v);
  if (n === undefined) {
    if (e.extra?.characters_written === undefined) raiseAttributeError('characters_written');
    delete e.extra!.characters_written;
    return;
  }
  const { index } = require('./ops') as typeof import('./ops');
  e.extra ??= {};
  e.extra.characters_written = index(n);
});

// Traceback objects: tb_next, tb_lineno, tb_lasti, and tb_frame (runtime/frame_object.ts
// tracebackFrame says what such a frame holds).
import { tracebackLine } from './traceback';
import { tracebackType } from './types';
import { tracebackFrame, PyFrame } from './frame_object';
const tracebackFrames = new WeakMap<PyTraceback, PyFrame>(); // one frame object per entry
addGetSet(tracebackType, 'tb_next', (t) => (t as PyTraceback).tb_next ?? None, (t, v) => {
  // tb_next_set: unittest cuts its own frames off a failure's traceback this way.
  if (v === undefined) raiseTypeError("can't delete tb_next attribute");
  if (v !== None && !(v instanceof PyTraceback)) raiseTypeError(`expected traceback object, got '${typeOf(v).tpName}'`);
  const next = v === None ? null : (v as PyTraceback);
  for (let c: PyTraceback | null = next; c !== null; c = c.tb_next) {
    if (c === t) raiseValueError('traceback loop detected');
  }
  (t as PyTraceback).tb_next = next;
});
addGetSet(tracebackType, 'tb_lineno', (t) => tracebackLine(t as PyTraceback) ?? None);
addGetSet(tracebackType, 'tb_lasti', (t) => (t as PyTraceback).lasti);
addGetSet(tracebackType, 'tb_frame', (t) => {
  const tb = t as PyTraceback;
  let f = tracebackFrames.get(tb);
  if (f === undefined) tracebackFrames.set(tb, (f = tracebackFrame(tb.code, tb.lasti, tracebackLine(tb))));
  return f;
});

// UnicodeDecodeError(encoding, object, start, end, reason), UnicodeEncodeError (the same with a
// str object) and UnicodeTranslateError(object, start, end, reason): the arguments are checked
// and kept as members (assignable; str() reads them, as CPython's UnicodeError_str does).
import { PyBytes } from './object';
import { bufferBytes } from './bytes_methods';
const UNICODE_ERRORS: [PyType, string[]][] = [
  [UnicodeDecodeError, ['encoding', 'object', 'start', 'end', 'reason']],
  [UnicodeEncodeError, ['encoding', 'object', 'start', 'end', 'reason']],
  [UnicodeTranslateError, ['object', 'start', 'end', 'reason']],
];
function unicodeErrorInit(e: PyException, t: PyType, fields: string[], args: PyObject[]): void {
  e.args = new PyTuple(args);
  if (args.length !== fields.length) raiseTypeError(`function takes exactly ${fields.length} arguments (${args.length} given)`);
  const x: Record<string, PyObject> = {};
  fields.forEach((f, i) => {
    let v = args[i];
    if (f === 'encoding' || f === 'reason') {
      if (typeof v !== 'string') raiseTypeError(`argument ${i + 1} must be str, not ${typeOf(v).tpName}`);
    } else if (f === 'object') {
      if (t === UnicodeDecodeError) {
        const b = bufferBytes(v);
        if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(v).tpName}'`);
        if (!(v instanceof PyBytes)) v = new PyBytes(b.slice());
      } else if (typeof v !== 'string') raiseTypeError(`argument ${i + 1} must be str, not ${typeOf(v).tpName}`);
    } else if (typeof v !== 'number') raiseTypeError(`'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
    x[f] = v;
  });
  e.extra = x;
}
/** The character at code point `i` of s, as UnicodeEncodeError's message shows it. */
function shownChar(s: string, i: number): string {
  const cp = Array.from(s)[i]?.codePointAt(0) ?? 0;
  return cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}`
    : `\\U${cp.toString(16).padStart(8, '0')}`;
}
for (const [t, fields] of UNICODE_ERRORS) {
  setSlots(t, {
    // tp_new is BaseException's (args kept); __init__ checks and sets the members.
    tp_init: (self: PyObject, args: PyObject[], kw: KwArgs) => {
      rejectKeywords(self, kw);
      unicodeErrorInit(self as PyException, t, fields, args);
    },
    tp_str: (v) => {
      const e = excOf(v);
      const x = e.extra;
      if (x === null || !('start' in x)) return argsStr(e);
      const start = x.start as number;
      const end = x.end as number;
      const reason = str(x.reason);
      const obj = x.object;
      const one = end === start + 1;
      if (t === UnicodeDecodeError) {
        const b = (obj as PyBytes).bytes;
        if (one && start >= 0 && start < b.length) {
          return `'${str(x.encoding)}' codec can't decode byte 0x${b[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
        }
        return `'${str(x.encoding)}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
      }
      const len = Array.from(obj as string).length;
      const what = t === UnicodeEncodeError ? `'${str(x.encoding)}' codec can't encode` : "can't translate";
      if (one && start >= 0 && start < len) return `${what} character '${shownChar(obj as string, start)}' in position ${start}: ${reason}`;
      return `${what} characters in position ${start}-${end - 1}: ${reason}`;
    },
  });
  for (const f of fields) extraAttr(t, f);
  if (t === UnicodeTranslateError) addGetSet(t, 'encoding', () => None);
}

// Each built-in exception type's own __init__ (and most types' own __new__), as in CPython:
// Objects/exceptions.c sets tp_init, and for the SimpleExtendsException types tp_new too,
// explicitly on every type, so each has its own slot wrapper ("<slot wrapper '__init__' of
// 'ValueError' objects>", whose self check names ValueError) although the function is the
// base's. The types below define __init__ only (their __new__ is inherited); the list is the
// oracle's: `'__new__' not in T.__dict__` for the built-in exception types.
const INIT_ONLY = new Set([
  AttributeError, BlockingIOError, BrokenPipeError, ChildProcessError, ConnectionAbortedError,
  ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, ImportError,
  InterruptedError, IsADirectoryError, KeyError, NameError, NotADirectoryError, PermissionError,
  ProcessLookupError, StopIteration, SyntaxError, SystemExit, TimeoutError, ConnectionError,
  IndentationError, ModuleNotFoundError, TabError, UnboundLocalError,
]);
/** The slot `name` of t's nearest base that defines it. */
function inheritedSlot<K extends 'tp_init' | 'tp_new'>(t: PyType, name: K): PyType['ownSlots'][K] {
  for (const m of t.mro) if (m !== t && m.ownSlots[name] !== undefined) return m.ownSlots[name];
  return undefined;
}
for (const t of BUILTIN_EXCEPTIONS) {
  if (t === BaseException || t === BaseExceptionGroup || t === ExceptionGroup) continue;
  if (t.ownSlots.tp_init === undefined) setSlots(t, { tp_init: inheritedSlot(t, 'tp_init') });
  if (!INIT_ONLY.has(t) && t.ownSlots.tp_new === undefined) setSlots(t, { tp_new: inheritedSlot(t, 'tp_new') });
}
