// The binascii module (CPython's C module): conversions between binary data and ASCII —
// hexlify/b2a_hex, unhexlify/a2b_hex, b2a_base64, a2b_base64 (with strict_mode), b2a_uu, a2b_uu, b2a_qp, a2b_qp, crc32,
// crc_hqx — and its exceptions Error (a ValueError) and Incomplete. CPython's base64 module
// (and others) run over it. Written from the binascii documentation; messages are CPython
// 3.11's.

import { PyObject, PyBytes } from '../object';
import { PyType } from '../type';
import { typeOf, typeType } from '../types';
import { makeClass } from '../class';
import { PyDict } from '../dict';
import { Exception as ExceptionType, ValueError, PyException } from '../exceptions';
import { contiguousBytes, hexWithSeparator } from '../bytes_methods';
import { isTrue, index as opIndex } from '../ops';
import { raise } from '../lib_errors';
import { parseArgs } from '../lib_args';
import { defineModule } from './module_util';

let binasciiError: PyType | null = null;
let binasciiIncomplete: PyType | null = null;

function errorType(): PyType {
  binasciiError ??= makeClass(typeType, 'Error', [ValueError], PyDict.fromPairs([['__module__', 'binascii']]), null);
  return binasciiError;
}

function incompleteType(): PyType {
  binasciiIncomplete ??= makeClass(typeType, 'Incomplete', [ExceptionType], PyDict.fromPairs([['__module__', 'binascii']]), null);
  return binasciiIncomplete;
}

function error(msg: string): never {
  throw new PyException(errorType(), [msg]);
}

/** A b2a_* argument: any bytes-like object. */
function binaryArg(v: PyObject): Uint8Array {
  return contiguousBytes(v) ?? raise('TypeError', `a bytes-like object is required, not '${typeOf(v).tpName}'`);
}

/** An a2b_* argument: a bytes-like object or an ASCII-only str (ascii_buffer_converter). */
function asciiArg(v: PyObject): Uint8Array {
  if (typeof v === 'string') {
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c > 0x7f) raise('ValueError', 'string argument should contain only ASCII characters');
      out[i] = c;
    }
    return out;
  }
  return contiguousBytes(v) ?? raise('TypeError', `argument should be bytes, buffer or ASCII string, not '${typeOf(v).tpName}'`);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function unhexlify(args: PyObject[], kwargs: import('../type').KwArgs, fname: string): PyObject {
  const [hexstr] = parseArgs({ fname, names: ['hexstr'], required: 1 }, args, kwargs);
  const b = asciiArg(hexstr as PyObject);
  if (b.length % 2 !== 0) error('Odd-length string');
  const out = new Uint8Array(b.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(b[2 * i]);
    const lo = hexValue(b[2 * i + 1]);
    if (hi < 0 || lo < 0) error('Non-hexadecimal digit found');
    out[i] = (hi << 4) | lo;
  }
  return new PyBytes(out);
}

function hexlify(args: PyObject[], kwargs: import('../type').KwArgs, fname: string): PyObject {
  const [data, sep, perSep] = parseArgs({ fname, names: ['data', 'sep', 'bytes_per_sep'], required: 1 }, args, kwargs);
  const hex = hexWithSeparator(binaryArg(data as PyObject), sep, perSep);
  return new PyBytes(Buffer.from(hex, 'latin1'));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;
const PAD = 0x3d;

function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quadPos = 0;
  let leftchar = 0;
  let pads = 0;
  let paddingStarted = false;
  if (strict && data.length > 0 && data[0] === PAD) error('Leading padding not allowed');
  for (let i = 0; i < data.length; i++) {
    const ch = data[i];
    if (ch === PAD) {
      paddingStarted = true;
      if (strict && quadPos === 0) error('Excess padding not allowed');
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        // A complete pad sequence ends the data; in strict mode nothing may follow it.
        if (strict && i + 1 < data.length) error('Excess data after padding');
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64_VALUE[ch];
    if (v < 0) {
      if (strict) error('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) error('Discontinuous padding not allowed');
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        leftchar = v;
        break;
      case 1:
        quadPos = 2;
        out.push(((leftchar << 2) | (v >> 4)) & 0xff);
        leftchar = v & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out.push(((leftchar << 4) | (v >> 2)) & 0xff);
        leftchar = v & 0x03;
        break;
      default:
        quadPos = 0;
        out.push(((leftchar << 6) | v) & 0xff);
        leftchar = 0;
    }
  }
  if (quadPos !== 0) {
    if (quadPos === 1) {
      error(`Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
    }
    error('Incorrect padding');
  }
  return Uint8Array.from(out);
}

/** b2a_uu: one uuencoded line (at most 45 bytes): the length character, 6-bit groups, '\n'. */
function b2aUu(data: Uint8Array, backtick: boolean): Uint8Array {
  if (data.length > 45) error('At most 45 bytes at once');
  const ch = (v: number): number => (backtick && v === 0 ? 0x60 : 0x20 + v);
  const out: number[] = [ch(data.length)];
  for (let i = 0; i < data.length; i += 3) {
    // three bytes (zeros past the end) as four characters
    const n = (data[i] << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    out.push(ch((n >> 18) & 0x3f), ch((n >> 12) & 0x3f), ch((n >> 6) & 0x3f), ch(n & 0x3f));
  }
  out.push(0x0a);
  return Uint8Array.from(out);
}

/**
 * a2b_uu: a uuencoded line back to its bytes. The length character decides the output's length
 * (an empty line reads as length 32, as CPython's); characters missing at the end (a newline,
 * the end of the data) count as zeros; what follows the data may only be spaces, '`' and
 * line ends.
 */
function a2bUu(data: Uint8Array): Uint8Array {
  let n = ((data.length > 0 ? data[0] : 0) - 0x20) & 0x3f;
  const out = new Uint8Array(n);
  let o = 0;
  let i = 1;
  let acc = 0;
  let bits = 0;
  for (; n > 0; i++) {
    let c = i < data.length ? data[i] : 0;
    if (c === 0x0a || c === 0x0d || i >= data.length) c = 0;
    else {
      if (c < 0x20 || c > 0x60) error('Illegal char');
      c = (c - 0x20) & 0x3f;
    }
    acc = (acc << 6) | c;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
      n--;
    }
  }
  for (; i < data.length; i++) {
    const c = data[i];
    if (c !== 0x20 && c !== 0x60 && c !== 0x0a && c !== 0x0d) error('Trailing garbage');
  }
  return out;
}

/** a2b_qp: quoted-printable to bytes ('=XX', soft line breaks '=\n'; '_' as a space in a header). */
function a2bQp(data: Uint8Array, header: boolean): Uint8Array {
  const out: number[] = [];
  const n = data.length;
  let i = 0;
  while (i < n) {
    const c = data[i];
    if (c === 0x3d) {
      i++;
      if (i >= n) break;
      const d = data[i];
      if (d === 0x0a || d === 0x0d) {
        // a soft line break: up to and through the line's end
        if (d !== 0x0a) while (i < n && data[i] !== 0x0a) i++;
        if (i < n) i++;
      } else if (d === 0x3d) {
        out.push(0x3d);
        i++;
      } else if (i + 1 < n && hexValue(d) >= 0 && hexValue(data[i + 1]) >= 0) {
        out.push((hexValue(d) << 4) | hexValue(data[i + 1]));
        i += 2;
      } else {
        out.push(0x3d);
      }
    } else if (header && c === 0x5f) {
      out.push(0x20);
      i++;
    } else {
      out.push(c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

const QP_MAXLINE = 76;
const HEX_UPPER = '0123456789ABCDEF';

/**
 * b2a_qp: bytes to quoted-printable, as CPython's: '=XX' for bytes above 126, '=', control
 * bytes (tabs and spaces too with quotetabs, and at the very end), a '.' alone at a line's
 * start, line ends unless istext; soft line breaks keep lines under 76 characters; a space or
 * tab before a line end is encoded; line ends are written as the data's first one is (CRLF or
 * LF); with header, spaces as '_' and '_' encoded.
 */
function b2aQp(data: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const n = data.length;
  const lf = data.indexOf(0x0a);
  const crlf = lf > 0 && data[lf - 1] === 0x0d;
  const out: number[] = [];
  const lineEnd = (): void => {
    if (crlf) out.push(0x0d);
    out.push(0x0a);
  };
  const hex = (c: number): void => {
    out.push(0x3d, HEX_UPPER.charCodeAt(c >> 4), HEX_UPPER.charCodeAt(c & 15));
  };
  let linelen = 0;
  let i = 0;
  while (i < n) {
    const c = data[i];
    const next = i + 1 < n ? data[i + 1] : -1;
    const encode = c > 126 || c === 0x3d || (header && c === 0x5f) ||
      (c === 0x2e && linelen === 0 && (i + 1 === n || next === 0x0a || next === 0x0d || next === 0)) ||
      (!istext && (c === 0x0d || c === 0x0a)) ||
      ((c === 0x09 || c === 0x20) && i + 1 === n) ||
      (c < 33 && c !== 0x0d && c !== 0x0a && (quotetabs || (c !== 0x09 && c !== 0x20)));
    if (encode) {
      if (linelen + 3 >= QP_MAXLINE) {
        out.push(0x3d);
        lineEnd();
        linelen = 0;
      }
      hex(c);
      i++;
      linelen += 3;
    } else if (istext && (c === 0x0a || (i + 1 < n && c === 0x0d && next === 0x0a))) {
      linelen = 0;
      // a space or tab just before the line end is encoded
      const last = out.length > 0 ? out[out.length - 1] : -1;
      if (last === 0x20 || last === 0x09) {
        out.pop();
        hex(last);
      }
      lineEnd();
      i += c === 0x0d ? 2 : 1;
    } else {
      if (i + 1 !== n && next !== 0x0a && linelen + 1 >= QP_MAXLINE) {
        out.push(0x3d);
        lineEnd();
        linelen = 0;
      }
      linelen++;
      out.push(header && c === 0x20 ? 0x5f : c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

let crcTable: Uint32Array | null = null;
function crc32(data: Uint8Array, start: number): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = (start ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function crcHqx(data: Uint8Array, start: number): number {
  let crc = start & 0xffff;
  for (let i = 0; i < data.length; i++) {
    crc ^= data[i] << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** An unsigned 32-bit argument as CPython's `unsigned int` converter takes it (masked). */
function uint32Arg(v: PyObject): number {
  const n = opIndex(v);
  return Number(BigInt.asUintN(32, BigInt(n)));
}

defineModule('binascii', (m) => {
  m.set('Error', errorType());
  m.set('Incomplete', incompleteType());
  m.fn('hexlify', (a, k) => hexlify(a, k, 'hexlify'));
  m.fn('b2a_hex', (a, k) => hexlify(a, k, 'b2a_hex'));
  m.fn('unhexlify', (a, k) => unhexlify(a, k, 'unhexlify'));
  m.fn('a2b_hex', (a, k) => unhexlify(a, k, 'a2b_hex'));
  m.fn('b2a_base64', (args, kwargs) => {
    const [data, newline] = parseArgs({ fname: 'b2a_base64', names: ['data', 'newline'], required: 1, posOnly: 1, kwOnlyFrom: 1 }, args, kwargs);
    const b = binaryArg(data as PyObject);
    let s = Buffer.from(b).toString('base64');
    if (newline === undefined || isTrue(newline)) s += '\n';
    return new PyBytes(Buffer.from(s, 'latin1'));
  });
  m.fn('a2b_base64', (args, kwargs) => {
    const [data, strictMode] = parseArgs({ fname: 'a2b_base64', names: ['data', 'strict_mode'], required: 1, posOnly: 1, kwOnlyFrom: 1 }, args, kwargs);
    return new PyBytes(a2bBase64(asciiArg(data as PyObject), strictMode !== undefined && isTrue(strictMode)));
  });
  m.fn('b2a_uu', (args, kwargs) => {
    const [data, backtick] = parseArgs({ fname: 'b2a_uu', names: ['data', 'backtick'], required: 1, posOnly: 1, kwOnlyFrom: 1 }, args, kwargs);
    return new PyBytes(b2aUu(binaryArg(data as PyObject), backtick !== undefined && isTrue(backtick)));
  });
  m.fn('a2b_uu', (args, kwargs) => {
    const [data] = parseArgs({ fname: 'a2b_uu', names: ['data'], required: 1, posOnly: 1 }, args, kwargs);
    return new PyBytes(a2bUu(asciiArg(data as PyObject)));
  });
  m.fn('a2b_qp', (args, kwargs) => {
    const [data, header] = parseArgs({ fname: 'a2b_qp', names: ['data', 'header'], required: 1 }, args, kwargs);
    return new PyBytes(a2bQp(asciiArg(data as PyObject), header !== undefined && isTrue(header)));
  });
  m.fn('b2a_qp', (args, kwargs) => {
    const [data, quotetabs, istext, header] = parseArgs({ fname: 'b2a_qp', names: ['data', 'quotetabs', 'istext', 'header'], required: 1 }, args, kwargs);
    return new PyBytes(b2aQp(binaryArg(data as PyObject), quotetabs !== undefined && isTrue(quotetabs),
      istext === undefined || isTrue(istext), header !== undefined && isTrue(header)));
  });
  m.fn('crc32', (args, kwargs) => {
    const [data, crc] = parseArgs({ fname: 'crc32', names: ['data', 'crc'], required: 1, posOnly: 2 }, args, kwargs);
    return crc32(binaryArg(data as PyObject), crc === undefined ? 0 : uint32Arg(crc));
  });
  m.fn('crc_hqx', (args, kwargs) => {
    const [data, crc] = parseArgs({ fname: 'crc_hqx', names: ['data', 'crc'], required: 2, posOnly: 2 }, args, kwargs);
    return crcHqx(binaryArg(data as PyObject), uint32Arg(crc as PyObject));
  });
});


