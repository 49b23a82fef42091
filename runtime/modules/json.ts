// The json module's common subset: dumps/dump (indent, separators, sort_keys, default,
// ensure_ascii, allow_nan) with CPython's encoder output, loads/load with int/float
// distinction and JSONDecodeError messages ("Expecting value: line 1 column 1 (char 0)").

import { PyObject, PyTuple, PyFloat, None, PyBase } from '../object';
import { KwArgs, PyType } from '../type';
import { makeBuiltinType, typeOf } from '../types';
import { PyList } from '../containers';
import { PyDict } from '../dict';
import { isTrue, str as opStr } from '../ops';
import { getAttr } from '../attr';
import { callObject } from '../call';
import { PyException, ValueError } from '../exceptions';
import { raise } from '../lib_errors';
import { parseArgs, asIndex } from '../lib_args';
import { floatRepr } from '../float_repr';
import { intRepr, normBig } from '../int_ops';
import { defineModule } from './module_util';
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
      else return raise('TypeError', `keys must be str, int, float, bool or None, not ${typeOf(k).tpName}`);
      parts.push(encodeString(ks, o.ensureAscii) + o.keySep + encode(x, o, level + 1, active));
    }
    active.delete(v);
    return '{' + nl(level + 1) + parts.join(o.itemSep + nl(level + 1)) + nl(level) + '}';
  }
  if (o.dflt !== None) {
    if (active.has(v)) raise('ValueError', 'Circular reference detected');
    active.add(v);
    const r = encode(callObject(o.dflt, [v], null), o, level, active);
    active.delete(v);
    return r;
  }
  return raise('TypeError', `Object of type ${typeOf(v).tpName} is not JSON serializable`);
}

function dumps(args: PyObject[], kwargs: KwArgs): string {
  const [obj, , ensureAscii, , , allowNan, , indent, separators, dflt, sortKeys] = parseArgs({
    fname: 'dumps', names: ['obj', 'skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'allow_nan2', 'cls', 'indent', 'separators', 'default', 'sort_keys'],
    required: 1, kwOnlyFrom: 1,
  }, args, kwargs);
  const ind = indent === undefined || indent === None ? null : typeof indent === 'string' ? indent : ' '.repeat(Math.max(0, asIndex(indent)));
  let itemSep = ind === null ? ', ' : ',', keySep = ': ';
  if (separators !== undefined && separators !== None) {
    const seps = (separators as PyTuple).items;
    itemSep = seps[0] as string;
    keySep = seps[1] as string;
  }
  return encode(obj!, {
    indent: ind, itemSep, keySep, sortKeys: sortKeys !== undefined && isTrue(sortKeys), dflt: dflt ?? None,
    ensureAscii: ensureAscii === undefined || isTrue(ensureAscii), allowNan: allowNan === undefined || isTrue(allowNan),
  }, 0, new Set());
}

// ---- decoding -----------------------------------------------------------------------------------

function decodeError(msg: string, s: string, pos: number): never {
  const before = s.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - (before.lastIndexOf('\n') + 1) + 1;
  const e = new PyException(decodeErrorType, [`${msg}: line ${line} column ${col} (char ${pos})`]);
  throw e;
}

function parse(s: string): PyObject {
  let i = 0;
  const ws = (): void => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const value = (): PyObject => {
    ws();
    const c = s[i];
    if (c === '{') {
      const d = new PyDict();
      i++;
      ws();
      if (s[i] === '}') { i++; return d; }
      for (;;) {
        ws();
        if (s[i] !== '"') decodeError('Expecting property name enclosed in double quotes', s, i);
        const k = string();
        ws();
        if (s[i] !== ':') decodeError("Expecting ':' delimiter", s, i);
        i++;
        d.set(k, value());
        ws();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === '}') { i++; return d; }
        decodeError("Expecting ',' delimiter", s, i);
      }
    }
    if (c === '[') {
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
    }
    if (c === '"') return string();
    if (s.startsWith('null', i)) { i += 4; return None; }
    if (s.startsWith('true', i)) { i += 4; return true; }
    if (s.startsWith('false', i)) { i += 5; return false; }
    if (s.startsWith('NaN', i)) { i += 3; return new PyFloat(NaN); }
    if (s.startsWith('Infinity', i)) { i += 8; return new PyFloat(Infinity); }
    if (s.startsWith('-Infinity', i)) { i += 9; return new PyFloat(-Infinity); }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(i, i + 400));
    if (m !== null) {
      i += m[0].length;
      if (m[1] === undefined && m[2] === undefined) return normBig(BigInt(m[0]));
      return new PyFloat(Number(m[0]));
    }
    return decodeError('Expecting value', s, i);
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
      if (ch.charCodeAt(0) < 0x20) decodeError('Invalid control character at', s, i);
      out += ch;
      i++;
    }
  };
  const v = value();
  ws();
  if (i < s.length) decodeError('Extra data', s, i);
  return v;
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
  m.fn('loads', (args) => {
    need('loads', args, ['s']);
    const s = args[0];
    if (typeof s !== 'string') {
      if (s instanceof PyBase && typeOf(s).name === 'bytes') return parse(Buffer.from((s as unknown as { bytes: Uint8Array }).bytes).toString('utf8'));
      raise('TypeError', `the JSON object must be str, bytes or bytearray, not ${typeOf(s).tpName}`);
    }
    return parse(s as string);
  });
  m.fn('load', (args) => {
    need('load', args, ['fp']);
    return parse(opStr(callObject(getAttr(args[0], 'read'), [], null)));
  });
  m.set('JSONDecodeError', decodeErrorType);
});
