// CPython's repr(str) (unicode_repr) and repr(bytes) (PyBytes_Repr), as pure functions.
//
// Quote choice (both): single quotes, unless the text contains a single quote and no
// double quote, then double quotes. Only the chosen quote character is escaped.
// str escapes: \\ \t \n \r; other code points below 0x20 and 0x7f -> \xNN; non-ASCII code
// points that CPython 3.11 deems non-printable -> \xNN (<= 0xff), \uNNNN (<= 0xffff) or
// \UNNNNNNNN; printable ones are kept as they are. Hex digits are lowercase.
// bytes escapes: \\ \t \n \r, bytes < 0x20 or >= 0x7f -> \xNN.
//
// A Python str is a JS string (runtime/object.ts): a surrogate pair is one code point,
// a lone surrogate is a surrogate code point (non-printable, printed as \udXXX).

import { isPrintableCodePoint } from './unicode_printable';

const HEX = '0123456789abcdef';

function hex2(c: number): string {
  return HEX[(c >> 4) & 15] + HEX[c & 15];
}

function hexN(c: number, n: number): string {
  let s = '';
  for (let i = n - 1; i >= 0; i--) s += HEX[(c >>> (i * 4)) & 15];
  return s;
}

/** repr(s) for a Python str, exactly as CPython 3.11 prints it. */
export function strRepr(s: string): string {
  const quote = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? 34 : 39;
  const q = quote === 34 ? '"' : "'";
  const n = s.length;
  // Fast path: plain printable ASCII with nothing to escape.
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 92 || c === quote) break;
  }
  if (i === n) return q + s + q;
  let out = q + s.slice(0, i);
  let runStart = i;
  for (; i < n; i++) {
    let c = s.charCodeAt(i);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        width = 2;
      }
    }
    let esc: string | null = null;
    if (c === quote || c === 92) esc = '\\' + String.fromCharCode(c);
    else if (c === 9) esc = '\\t';
    else if (c === 10) esc = '\\n';
    else if (c === 13) esc = '\\r';
    else if (c < 0x20 || c === 0x7f) esc = '\\x' + hex2(c);
    else if (c >= 0x80 && !isPrintableCodePoint(c)) {
      if (c <= 0xff) esc = '\\x' + hex2(c);
      else if (c <= 0xffff) esc = '\\u' + hexN(c, 4);
      else esc = '\\U' + hexN(c, 8);
    }
    if (esc !== null) {
      out += s.slice(runStart, i) + esc;
      runStart = i + width;
    }
    if (width === 2) i++;
  }
  return out + s.slice(runStart) + q;
}

/** repr(b) for a Python bytes object, exactly as CPython 3.11 prints it (b'...'). */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 39) hasSingle = true;
    else if (b[i] === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  let out = quote === 34 ? 'b"' : "b'";
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex2(c);
    else out += String.fromCharCode(c);
  }
  return out + (quote === 34 ? '"' : "'");
}

/** repr(bytearray) is bytearray(b'...') in CPython; provided for the runtime's convenience. */
export function bytearrayRepr(b: Uint8Array): string {
  return 'bytearray(' + bytesRepr(b) + ')';
}
