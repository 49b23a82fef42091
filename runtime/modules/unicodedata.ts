// The unicodedata module (CPython 3.11's C module: Unicode 14.0.0, and its ucd_3_2_0 view
// of Unicode 3.2.0 used by stringprep/IDNA). The property tables (runtime/modules/unicodedata.z)
// and the names (frontend/unicode_names.z, shared with the \N{...} escape) are generated from
// python3's own unicodedata by scripts/gen_unicodedata.py and scripts/gen_unicode_names.py,
// and read on first use only: importing the module reads nothing. The data and the algorithms
// (names, lookup, normalization from the tables, not String.prototype.normalize, which follows
// Node's ICU Unicode version) are in unicodedata_data.ts; this file is the Python-facing
// module. test/runtime/unicodedata.test.ts compares every function with python3 over all code
// points.
import { PyObject, PyFloat, PyBytes, None } from '../object';
import { PyInstance } from '../class';
import { makeBuiltinType, objectType, setSlots, typeOf } from '../types';
import { addMethod, addGetSet } from '../function';
import { KwArgs } from '../type';
import { bufferBytes } from '../bytes_methods';
import { PyStrSub } from '../str_methods';
import { raise } from '../lib_errors';
import { PyException, UnicodeEncodeError } from '../exceptions';
import { defineModule } from './module_util';
import { PropName, property, charName, lookupName, normalizeStr, quickCheckYes, codePoints } from './unicodedata_data';

// ---------------------------------------------------------------------------------------------
// The module's functions (shared by the module, 14.0, and UCD instances, 3.2.0)

function charArg(fname: string, arg: PyObject): number {
  const v = arg instanceof PyStrSub ? arg.value : arg;
  if (typeof v === 'string') {
    if (v.length === 1) return v.charCodeAt(0);
    if (v.length === 2) {
      const c = v.charCodeAt(0);
      const d = v.charCodeAt(1);
      if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    }
  }
  return raise('TypeError', `${fname}() argument must be a unicode character, not ${v === None ? 'None' : typeOf(arg).tpName}`);
}

function strArg(fname: string, n: number, v: PyObject): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSub) return v.value;
  return raise('TypeError', `${fname}() argument ${n} must be str, not ${v === None ? 'None' : typeOf(v).tpName}`);
}

/** "s#" encodes a str to UTF-8: a lone surrogate is CPython's UnicodeEncodeError (over the run of them). */
function surrogateCheck(name: string): void {
  const cps = codePoints(name);
  const bad = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;
  const start = cps.findIndex(bad);
  if (start < 0) return;
  let end = start + 1;
  while (end < cps.length && bad(cps[end])) end++;
  const reason = 'surrogates not allowed';
  const e = new PyException(UnicodeEncodeError, ['utf-8', name, start, end, reason]);
  e.extra = { encoding: 'utf-8', object: name, start, end, reason };
  throw e;
}

type Impl = (args: PyObject[], old: boolean) => PyObject;

const ONE = { minArgs: 1, maxArgs: 1 };
const ONE_OR_TWO = { minArgs: 1, maxArgs: 2 };
const TWO = { minArgs: 2, maxArgs: 2 };

function numberProp(fname: string, prop: PropName, err: string, toValue: (s: string) => PyObject): Impl {
  return (args, old) => {
    const cp = charArg(fname, args[0]);
    const v = property(prop, cp, old);
    if (v !== '') return toValue(v);
    if (args.length > 1) return args[1];
    return raise('ValueError', err);
  };
}

const FUNCTIONS: [string, Impl, { minArgs: number; maxArgs: number }][] = [
  ['decimal', numberProp('decimal', 'decimal', 'not a decimal', Number), ONE_OR_TWO],
  ['digit', numberProp('digit', 'digit', 'not a digit', Number), ONE_OR_TWO],
  ['numeric', numberProp('numeric', 'numeric', 'not a numeric character', (s) => new PyFloat(Number(s))), ONE_OR_TWO],
  ['category', (args, old) => property('category', charArg('category', args[0]), old), ONE],
  ['bidirectional', (args, old) => property('bidirectional', charArg('bidirectional', args[0]), old), ONE],
  ['combining', (args, old) => Number(property('combining', charArg('combining', args[0]), old)), ONE],
  ['mirrored', (args, old) => Number(property('mirrored', charArg('mirrored', args[0]), old)), ONE],
  ['east_asian_width', (args, old) => property('east_asian_width', charArg('east_asian_width', args[0]), old), ONE],
  ['decomposition', (args, old) => property('decomposition', charArg('decomposition', args[0]), old), ONE],
  [
    'is_normalized',
    (args, old) => {
      const form = strArg('is_normalized', 1, args[0]);
      const s = strArg('is_normalized', 2, args[1]);
      const r = normalizeStr(form, s, old);
      if (r === undefined) raise('ValueError', 'invalid normalization form');
      return r === s;
    },
    TWO,
  ],
  [
    'normalize',
    (args, old) => {
      const form = strArg('normalize', 1, args[0]);
      const s = strArg('normalize', 2, args[1]);
      const r = normalizeStr(form, s, old) ?? raise('ValueError', 'invalid normalization form');
      // CPython returns its argument itself (a str subclass instance stays one) when the
      // string is empty or passes the quick check (never for ucd_3_2_0).
      if (args[1] instanceof PyStrSub && (s === '' || (!old && quickCheckYes(form, s)))) return args[1];
      return r;
    },
    TWO,
  ],
  [
    'name',
    (args, old) => {
      const n = charName(charArg('name', args[0]), old);
      if (n !== undefined) return n;
      if (args.length > 1) return args[1];
      return raise('ValueError', 'no such name');
    },
    ONE_OR_TWO,
  ],
  [
    'lookup',
    (args, old) => {
      const v = args[0];
      let name: string;
      if (typeof v === 'string') name = v;
      else if (v instanceof PyStrSub) name = v.value;
      else {
        // CPython's "s#": str, bytes, or a TypeError naming any other buffer as not read-only.
        const b = bufferBytes(v) ?? raise('TypeError', `a bytes-like object is required, not '${typeOf(v).tpName}'`);
        if (!(v instanceof PyBytes)) raise('TypeError', `lookup() argument must be read-only bytes-like object, not ${typeOf(v).tpName}`);
        name = Buffer.from(b).toString('latin1');
      }
      surrogateCheck(name);
      if (Buffer.byteLength(name, 'utf8') > 256) raise('KeyError', 'name too long');
      const r = lookupName(name, old);
      if (r !== undefined) return r;
      return raise('KeyError', `undefined character name '${name}'`);
    },
    ONE,
  ],
];

const DOC =
  'This module provides access to the Unicode Character Database which\n' +
  'defines character properties for all Unicode characters. The data in\n' +
  'this database is based on the UnicodeData.txt file version\n' +
  '14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n' +
  'The module uses the same names and symbols as defined by the\n' +
  'UnicodeData File Format 14.0.0.';

// unicodedata.UCD: the type of ucd_3_2_0 (no instances can be created from Python).
const ucdType = makeBuiltinType('UCD', objectType, { module: 'unicodedata' });
setSlots(ucdType, {
  tp_new: () => raise('TypeError', "cannot create 'unicodedata.UCD' instances"),
});
for (const [name, impl, spec] of FUNCTIONS) {
  addMethod(ucdType, name, (_self: PyObject, args: PyObject[]) => impl(args, true), spec);
}
addGetSet(ucdType, 'unidata_version', () => '3.2.0');

defineModule('unicodedata', (m) => {
  m.set('__doc__', DOC);
  m.set('unidata_version', '14.0.0');
  for (const [name, impl, spec] of FUNCTIONS) m.fn(name, (args: PyObject[], _kw: KwArgs) => impl(args, false), spec);
  m.set('UCD', ucdType);
  m.set('ucd_3_2_0', new PyInstance(ucdType));
});
