// The json module: dumps/dump (indent, separators, sort_keys, default, ensure_ascii,
// allow_nan, skipkeys) with CPython's encoder output, loads/load with int/float distinction
// and JSONDecodeError messages ("Expecting value: line 1 column 1 (char 0)") and attributes
// (msg, doc, pos, lineno, colno). The plain calls run here; a call with cls=, a decoder hook
// (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant) or bytes goes to
// the Python source of json_extra_source.ts (JSONEncoder, JSONDecoder, detect_encoding),
// whose classes drive this file's encoder (_encode) and scanner (_scan).

import { PyObject, PyTuple, PyFloat, None, PyBase } from '../object';
import { KwArgs, PyType } from '../type';
import { makeBuiltinType, typeOf, setSlots } from '../types';
import { PyList } from '../containers';
import { PyDict } from '../dict';
import { isTrue, str as opStr, enterRecursiveCall, leaveRecursiveCall } from '../ops';
import { getAttr } from '../attr';
import { callObject } from '../call';
import { PyException, ValueError } from '../exceptions';
import { raise } from '../lib_errors';
import { parseArgs, asIndex } from '../lib_args';
import { floatRepr } from '../float_repr';
import { intRepr, normBig, PyIntSub, getIntMaxStrDigits } from '../int_ops';
import { defineModule, lazyAttributes } from './module_util';
import { setAttr } from '../attr';
import { importAbsolute } from '../vmhelpers';
import { currentInterp } from '../interp';
import { addLibMethod } from '../lib_args';
import { floatType } from '../types';
import { sortList } from '../builtins_core';

const decodeErrorType: PyType = makeBuiltinType('JSONDecodeError', ValueError, { module: 'json.decoder', baseType: true });

interface EncOpts {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  dflt: PyObject;
  ensureAscii: boolean;
  allowNan: boolean;
  skipKeys: boolean;
}

function encodeString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function floatStr(x: number, allowNan: boolean): string {
  if (x !== x || !isFinite(x)) {
    if (!allowNan) raise('ValueError', `Out of range float values are not JSON compliant`);
    return x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  }
  return floatRepr(x);
}

function encode(v: PyObject, o: EncOpts, level: number, active: Set<PyObject>): string {
  if (v === None) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'string') return encodeString(v, o.ensureAscii);
  if (typeof v === 'number' || typeof v === 'bigint') return intRepr(v);
  if (v instanceof PyFloat) return floatStr(v.value, o.allowNan);
  // CPython's C encoder checks the recursion depth at each list and dict (and default()); its
  // words differ where it uses json.encoder's Python code instead (indent).
  enterRecursiveCall(o.indent === null ? ' while encoding a JSON object' : ' while calling a Python object');
  try {
    return encodeContainer(v, o, level, active);
  } finally {
    leaveRecursiveCall();
  }
}

/** encode() of anything but a scalar: a list, tuple or dict, an int subclass, or default()'s value. */
function encodeContainer(v: PyObject, o: EncOpts, level: number, active: Set<PyObject>): string {
  const nl = (lvl: number): string => (o.indent === null ? '' : '\n' + o.indent.repeat(lvl));
  if (v instanceof PyList || v instanceof PyTuple) {
    const items = v.items;
    if (items.length === 0) return '[]';
    if (active.has(v)) raise('ValueError', 'Circular reference detected');
    active.add(v);
    const parts = items.map((x) => encode(x, o, level + 1, active));
    active.delete(v);
    return '[' + nl(level + 1) + parts.join(o.itemSep + nl(level + 1)) + nl(level) + ']';
  }
  if (v instanceof PyDict) {
    if (v.size === 0) return '{}';
    if (active.has(v)) raise('ValueError', 'Circular reference detected');
    active.add(v);
    let entries = [...v.entries()].map((e) => [e.key, e.value] as [PyObject, PyObject]);
    if (o.sortKeys) {
      const l = new PyList(entries.map(([k, x]) => new PyTuple([k, x])));
      sortList(l, None, false);
      entries = l.items.map((t) => [(t as PyTuple).items[0], (t as PyTuple).items[1]]);
    }
    const parts: string[] = [];
    for (const [k, x] of entries) {
      let ks: string;
      if (typeof k === 'string') ks = k;
      else if (k instanceof PyFloat) ks = floatStr(k.value, o.allowNan);
      else if (k === true) ks = 'true';
      else if (k === false) ks = 'false';
      else if (k === None) ks = 'null';
      else if (typeof k === 'number' || typeof k === 'bigint') ks = intRepr(k);
      else if (k instanceof PyIntSub) ks = intRepr(k.value);
      else if (o.skipKeys) continue;
      else return raise('TypeError', `keys must be str, int, float, bool or None, not ${typeOf(k).tpName}`);
      parts.push(encodeString(ks, o.ensureAscii) + o.keySep + encode(x, o, level + 1, active));
    }
    active.delete(v);
    return '{' + nl(level + 1) + parts.join(o.itemSep + nl(level + 1)) + nl(level) + '}';
  }
  // An int subclass (IntEnum) is written as its int value, as CPython's int.__repr__.
  if (v instanceof PyIntSub) return intRepr(v.value);
  if (o.dflt !== None) {
    if (active.has(v)) raise('ValueError', 'Circular reference detected');
    active.add(v);
    const r = encode(callObject(o.dflt, [v], null), o, level, active);
    active.delete(v);
    return r;
  }
  return raise('TypeError', `Object of type ${typeOf(v).tpName} is not JSON serializable`);
}

const DUMPS_NAMES = ['obj', 'skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'cls', 'indent', 'separators', 'default', 'sort_keys'];

function indentStr(indent: PyObject | undefined): string | null {
  return indent === undefined || indent === None ? null : typeof indent === 'string' ? indent : ' '.repeat(Math.max(0, asIndex(indent)));
}

/** The json_extra module (JSONEncoder, JSONDecoder), imported on first need. */
function extra(name: string): PyObject {
  return getAttr(importAbsolute(currentInterp(), '_json_extra'), name);
}

/** True when a dumps/loads call needs the Python classes: cls= given or a keyword the fast path does not know. */
function needsClasses(kwargs: KwArgs, known: string[]): boolean {
  if (kwargs === null) return false;
  for (const [k, v] of kwargs) {
    if (!known.includes(k)) return true;
    if (k === 'cls' && v !== None) return true;
  }
  return false;
}

function dumps(args: PyObject[], kwargs: KwArgs): string {
  if (args.length === 1 && needsClasses(kwargs, DUMPS_NAMES)) {
    return callObject(extra('_dumps'), args, kwargs) as string;
  }
  const [obj, skipKeys, ensureAscii, , allowNan, , indent, separators, dflt, sortKeys] = parseArgs({
    fname: 'dumps', pythonFunction: true, names: DUMPS_NAMES, required: 1, kwOnlyFrom: 1,
  }, args, kwargs);
  const ind = indentStr(indent);
  let itemSep = ind === null ? ', ' : ',', keySep = ': ';
  if (separators !== undefined && separators !== None) {
    const seps = (separators as PyTuple).items;
    itemSep = seps[0] as string;
    keySep = seps[1] as string;
    // CPython's encoder takes str separators only (make_encoder's arguments 5 and 6).
    if (typeof keySep !== 'string') raise('TypeError', `make_encoder() argument 5 must be str, not ${typeOf(keySep).tpName}`);
    if (typeof itemSep !== 'string') raise('TypeError', `make_encoder() argument 6 must be str, not ${typeOf(itemSep).tpName}`);
  }
  return encode(obj!, {
    indent: ind, itemSep, keySep, sortKeys: sortKeys !== undefined && isTrue(sortKeys), dflt: dflt ?? None,
    ensureAscii: ensureAscii === undefined || isTrue(ensureAscii), allowNan: allowNan === undefined || isTrue(allowNan),
    skipKeys: skipKeys !== undefined && isTrue(skipKeys),
  }, 0, new Set());
}

// ---- decoding -----------------------------------------------------------------------------------

/** Gives a JSONDecodeError its message and its attributes msg, doc, pos, lineno, colno. */
function initDecodeError(e: PyObject, msg: PyObject, doc: PyObject, pos: PyObject): void {
  const d = typeof doc === 'string' ? doc : opStr(doc);
  const p = asIndex(pos) as number;
  const before = d.slice(0, p);
  const line = before.split('\n').length;
  const col = p - (before.lastIndexOf('\n') + 1) + 1;
  (e as PyException).args = new PyTuple([`${opStr(msg)}: line ${line} column ${col} (char ${p})`]);
  setAttr(e, 'msg', msg);
  setAttr(e, 'doc', doc);
  setAttr(e, 'pos', pos);
  setAttr(e, 'lineno', line);
  setAttr(e, 'colno', col);
}

function decodeErrorInit(self: PyObject, args: PyObject[], kwargs: KwArgs): void {
  const [msg, doc, pos] = parseArgs({ fname: 'JSONDecodeError.__init__', pythonFunction: true, names: ['msg', 'doc', 'pos'], required: 3 }, args, kwargs);
  initDecodeError(self, msg!, doc!, pos!);
}
setSlots(decodeErrorType, { tp_init: decodeErrorInit });
addLibMethod(decodeErrorType, '__init__', (self, args, kwargs) => {
  decodeErrorInit(self, args, kwargs);
  return None;
});
addLibMethod(decodeErrorType, '__reduce__', (self) => new PyTuple([typeOf(self), new PyTuple([getAttr(self, 'msg'), getAttr(self, 'doc'), getAttr(self, 'pos')])]), { minArgs: 0, maxArgs: 0 });

function decodeError(msg: string, s: string, pos: number): never {
  const e = new PyException(decodeErrorType, []);
  initDecodeError(e, msg, s, pos);
  throw e;
}

/** A JSONDecoder's hooks (null: the default behaviour). */
interface DecodeHooks {
  objectHook: PyObject | null;
  objectPairsHook: PyObject | null;
  parseFloat: PyObject | null;
  parseInt: PyObject | null;
  parseConstant: PyObject | null;
  strict: boolean;
}

function parse(s: string): PyObject {
  const [v, valueEnd] = scan(s, 0, null, true);
  let end = valueEnd;
  while (end < s.length && (s[end] === ' ' || s[end] === '\t' || s[end] === '\n' || s[end] === '\r')) end++;
  if (end < s.length) decodeError('Extra data', s, end);
  return v;
}

/**
 * Decodes one JSON value of s from index start (after whitespace when skipWs) and returns it with
 * the index after it. With hooks, objects, numbers and constants go through the decoder's hooks.
 */
function scan(s: string, start: number, hooks: DecodeHooks | null, skipWs: boolean): [PyObject, number] {
  let i = start;
  const ws = (): void => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const value = (): PyObject => {
    ws();
    const c = s[i];
    if (c === '{') {
      enterRecursiveCall(' while decoding a JSON object from a unicode string');
      try {
        return object();
      } finally {
        leaveRecursiveCall();
      }
    }
    if (c === '[') {
      enterRecursiveCall(' while decoding a JSON array from a unicode string');
      try {
        return array();
      } finally {
        leaveRecursiveCall();
      }
    }
    if (c === '"') return string();
    if (s.startsWith('null', i)) { i += 4; return None; }
    if (s.startsWith('true', i)) { i += 4; return true; }
    if (s.startsWith('false', i)) { i += 5; return false; }
    if (s.startsWith('NaN', i)) { i += 3; return constant('NaN', NaN); }
    if (s.startsWith('Infinity', i)) { i += 8; return constant('Infinity', Infinity); }
    if (s.startsWith('-Infinity', i)) { i += 9; return constant('-Infinity', -Infinity); }
    let m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(i, i + 400));
    // A number as long as the window may go on past it: match it again on the whole rest.
    if (m !== null && m[0].length >= 390) m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(i));
    if (m !== null) {
      i += m[0].length;
      if (m[1] === undefined && m[2] === undefined) {
        if (hooks !== null && hooks.parseInt !== null) return callObject(hooks.parseInt, [m[0]], null);
        const limit = getIntMaxStrDigits();
        const ndigits = m[0].length - (m[0][0] === '-' ? 1 : 0);
        if (limit > 0 && ndigits > limit) {
          raise('ValueError', `Exceeds the limit (${limit} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`);
        }
        return normBig(BigInt(m[0]));
      }
      if (hooks !== null && hooks.parseFloat !== null) return callObject(hooks.parseFloat, [m[0]], null);
      return new PyFloat(Number(m[0]));
    }
    return decodeError('Expecting value', s, i);
  };
  const object = (): PyObject => {
    const d = new PyDict();
    // object_pairs_hook gets every pair, repeated keys included
    const pairs: PyObject[] | null = hooks !== null && hooks.objectPairsHook !== null ? [] : null;
    i++;
    ws();
    if (s[i] === '}') { i++; return hooks === null ? d : objectHooks(d, pairs); }
    for (;;) {
      ws();
      if (s[i] !== '"') decodeError('Expecting property name enclosed in double quotes', s, i);
      const k = string();
      ws();
      if (s[i] !== ':') decodeError("Expecting ':' delimiter", s, i);
      i++;
      const x = value();
      if (pairs !== null) pairs.push(new PyTuple([k, x]));
      else d.set(k, x);
      ws();
      if (s[i] === ',') { i++; continue; }
      if (s[i] === '}') { i++; return hooks === null ? d : objectHooks(d, pairs); }
      decodeError("Expecting ',' delimiter", s, i);
    }
  };
  const array = (): PyObject => {
    const items: PyObject[] = [];
    i++;
    ws();
    if (s[i] === ']') { i++; return new PyList(items); }
    for (;;) {
      items.push(value());
      ws();
      if (s[i] === ',') { i++; continue; }
      if (s[i] === ']') { i++; return new PyList(items); }
      decodeError("Expecting ',' delimiter", s, i);
    }
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= s.length) decodeError('Unterminated string starting at', s, start);
      const ch = s[i];
      if (ch === '"') { i++; return out; }
      if (ch === '\\') {
        const e = s[i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) decodeError('Invalid \\uXXXX escape', s, i + 1);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
          continue;
        }
        if (map[e] === undefined) decodeError('Invalid \\escape', s, i);
        out += map[e];
        i += 2;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20 && (hooks === null || hooks.strict)) decodeError('Invalid control character at', s, i);
      out += ch;
      i++;
    }
  };
  const constant = (name: string, x: number): PyObject => {
    if (hooks !== null && hooks.parseConstant !== null) return callObject(hooks.parseConstant, [name], null);
    return new PyFloat(x);
  };
  const objectHooks = (d: PyDict, pairs: PyObject[] | null): PyObject => {
    if (pairs !== null) return callObject(hooks!.objectPairsHook!, [new PyList(pairs)], null);
    if (hooks!.objectHook !== null) return callObject(hooks!.objectHook, [d], null);
    return d;
  };
  if (!skipWs && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) decodeError('Expecting value', s, i);
  const v = value();
  return [v, i];
}

defineModule('json', (m) => {
  // json's functions are Python functions in CPython: its messages for missing arguments.
  const need = (fname: string, args: PyObject[], names: string[]): void => {
    if (args.length >= names.length) return;
    const miss = names.slice(args.length).map((n) => `'${n}'`);
    const n = miss.length;
    raise('TypeError', `${fname}() missing ${n} required positional argument${n === 1 ? '' : 's'}: ${miss.join(' and ')}`);
  };
  m.fn('dumps', (args, kwargs) => {
    need('dumps', args, ['obj']);
    return dumps(args, kwargs);
  });
  m.fn('dump', (args, kwargs) => {
    need('dump', args, ['obj', 'fp']);
    const text = dumps([args[0]], kwargs);
    callObject(getAttr(args[1], 'write'), [text], null);
    return None;
  });
  m.fn('loads', (args, kwargs) => {
    need('loads', args, ['s']);
    const s = args[0];
    if (args.length > 1) raise('TypeError', `loads() takes 1 positional argument but ${args.length} were given`);
    if (typeof s !== 'string' || (kwargs !== null && kwargs.size > 0) || s.charCodeAt(0) === 0xfeff) {
      return callObject(extra('_loads'), args, kwargs);
    }
    return parse(s);
  });
  m.fn('load', (args, kwargs) => {
    need('load', args, ['fp']);
    if (args.length > 1) raise('TypeError', `load() takes 1 positional argument but ${args.length} were given`);
    const text = callObject(getAttr(args[0], 'read'), [], null);
    if (typeof text === 'string' && (kwargs === null || kwargs.size === 0) && text.charCodeAt(0) !== 0xfeff) return parse(text);
    return callObject(extra('_loads'), [text], kwargs);
  });
  m.set('JSONDecodeError', decodeErrorType);
  // The Python classes' engines: encoding with an encoder's settings, and one scan step.
  m.fn('_encode', (args) => {
    const [obj, skipKeys, ensureAscii, , allowNan, sortKeys, indent, itemSep, keySep, dflt] = args;
    return encode(obj, {
      indent: indentStr(indent), itemSep: opStr(itemSep), keySep: opStr(keySep), sortKeys: isTrue(sortKeys), dflt,
      ensureAscii: isTrue(ensureAscii), allowNan: isTrue(allowNan), skipKeys: isTrue(skipKeys),
    }, 0, new Set());
  }, { minArgs: 10, maxArgs: 10 });
  m.fn('_encode_basestring', (args) => encodeString(opStr(args[0]), isTrue(args[1])), { minArgs: 2, maxArgs: 2 });
  m.fn('_scan', (args) => {
    const [s, idx, objectHook, objectPairsHook, parseFloat, parseInt, parseConstant, strict] = args;
    const opt = (x: PyObject): PyObject | null => (x === None ? null : x);
    const hooks: DecodeHooks = {
      objectHook: opt(objectHook), objectPairsHook: opt(objectPairsHook), parseFloat: opt(parseFloat),
      parseInt: opt(parseInt), parseConstant: opt(parseConstant), strict: isTrue(strict),
    };
    const [v, end] = scan(opStr(s), asIndex(idx) as number, hooks, false);
    return new PyTuple([v, end]);
  }, { minArgs: 8, maxArgs: 8 });
  // The classes and submodules come from json.decoder/json.encoder/json.scanner (and
  // detect_encoding from _json_extra) on first use. A json module imported while _json was
  // blocked (test_json's pure-Python json: sys.modules['_json'] = None) gets submodules of its
  // own, imported with _json still blocked and itself as sys.modules['json'], as CPython's
  // json, which imports them eagerly, has.
  lazyAttributes(m, new Map([['JSONEncoder', 'json.encoder'], ['JSONDecoder', 'json.decoder'], ['detect_encoding', '_json_extra']]));
  const lazyGetattr = m.module.__dict__.getStr('__getattr__')!;
  const submodules = ['decoder', 'encoder', 'scanner'];
  const blocked = currentInterp().modules.getStr('_json') === None;
  const own = (name: string): PyObject => {
    const d = m.module.__dict__;
    const have = d.getStr(name);
    if (have !== undefined) return have;
    const interp = currentInterp();
    if (!blocked) {
      const sub = importAbsolute(interp, `json.${name}`);
      d.setStr(name, sub);
      return sub;
    }
    const names = ['json', '_json', 'json.decoder', 'json.encoder', 'json.scanner'];
    const saved = names.map((n) => interp.modules.getStr(n));
    for (const n of names) interp.modules.delete(n);
    interp.modules.setStr('json', m.module);
    interp.modules.setStr('_json', None);
    try {
      for (const n of ['scanner', 'decoder', 'encoder']) d.setStr(n, importAbsolute(interp, `json.${n}`));
    } finally {
      names.forEach((n, k) => {
        const v = saved[k];
        if (v === undefined) interp.modules.delete(n);
        else interp.modules.setStr(n, v);
      });
    }
    return d.getStr(name)!;
  };
  m.fn('__getattr__', (args) => {
    const name = args[0];
    if (typeof name === 'string') {
      if (submodules.includes(name)) return own(name);
      // CPython's json imports codecs (for detect_encoding): dir(json) lists it.
      if (name === 'codecs') {
        const c = importAbsolute(currentInterp(), 'codecs');
        m.module.__dict__.setStr(name, c);
        return c;
      }
      if (blocked && (name === 'JSONEncoder' || name === 'JSONDecoder')) {
        const v = getAttr(own(name === 'JSONEncoder' ? 'encoder' : 'decoder'), name);
        m.module.__dict__.setStr(name, v);
        return v;
      }
    }
    return callObject(lazyGetattr, args, null);
  }, { minArgs: 1, maxArgs: 1 });
  const lazyDir = m.module.__dict__.getStr('__dir__')!;
  m.fn('__dir__', () => {
    const names = callObject(lazyDir, [], null) as PyList;
    for (const k of [...submodules, 'codecs']) if (!m.module.__dict__.has(k)) names.items.push(k);
    return names;
  }, { minArgs: 0, maxArgs: 0 });
  void floatType;
});
