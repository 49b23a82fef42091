// Decoding a source file's bytes to text, as CPython 3.11's tokenizer does for a script or an
// imported module (PEP 263):
//
//   - a UTF-8 byte order mark selects UTF-8 and is dropped; a coding declaration that names
//     anything else beside it is an error ("encoding problem: iso-8859-1 with BOM");
//   - otherwise a declaration `# -*- coding: NAME -*-` (any comment matching
//     `coding[:=]\s*([-\w.]+)`) on line 1, or on line 2 when line 1 is blank or a comment,
//     selects the encoding; NAME is normalised as CPython's get_normal_name does
//     ("utf_8", "UTF-8-unix" -> "utf-8"; "latin_1", "ISO-8859-1-x" -> "iso-8859-1");
//   - without one the source is UTF-8, and its first invalid byte is CPython's
//     "Non-UTF-8 code starting with '\xff' in file F on line N, but no encoding declared".
//
// Errors are PySyntaxError with CPython's message. CPython reports the declaration errors
// without a location (its SyntaxError has no filename or line), which lineno 0 stands for
// here; formatSyntaxError prints only the message for it.
//
// Encodings decoded: UTF-8, latin-1, ASCII and cp1252, each by its own table (Node's
// TextDecoder is not used for them: without full ICU it decodes "windows-1252" as latin-1).
// Bytes the declared codec rejects give "encoding problem: NAME", as CPython 3.11 prints; so
// does a name pyvm does not model (CPython knows more codecs: koi8-r, shift_jis, ...).
//
// Not modelled: with an explicit utf-8 declaration CPython 3.11 reports an invalid byte inside
// a token as "(unicode error) 'utf-8' codec can't decode byte ..." with the token's position,
// and lets one inside a comment pass; here both are the undeclared case's error, with the line.

import { PySyntaxError } from './syntaxerror';

const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT_RE = /^[ \t\f]*(#.*)?$/;

/** CPython's get_normal_name: the spellings of utf-8 and latin-1 folded to one name each. */
export function normalEncodingName(name: string): string {
  const head = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (head === 'utf-8' || head.startsWith('utf-8-')) return 'utf-8';
  for (const latin of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (head === latin || head.startsWith(latin + '-')) return 'iso-8859-1';
  }
  return name;
}

/** The codec a declared name selects (Python's codec aliases for the four modelled), or null. */
function codecOf(name: string): 'utf-8' | 'latin-1' | 'ascii' | 'cp1252' | null {
  const n = name.toLowerCase().replace(/[-\s]/g, '_');
  if (n === 'utf_8' || n === 'utf8' || n === 'u8' || n === 'utf' || n === 'cp65001') return 'utf-8';
  if (['latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819', 'iso_ir_100', 'iso_latin_1'].includes(n)) return 'latin-1';
  if (['ascii', 'us_ascii', '646', 'us', 'ansi_x3.4_1968', 'iso646_us', 'cp367', 'csascii'].includes(n)) return 'ascii';
  if (n === 'cp1252' || n === 'windows_1252') return 'cp1252';
  return null;
}

/** The first `limit` lines' text, read as latin-1 (a declaration is ASCII in any encoding). */
function headLines(bytes: Uint8Array, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length && lines.length < limit; i++) {
    const c = bytes[i];
    if (c === 0x0a || c === 0x0d) {
      lines.push(line);
      line = '';
      if (c === 0x0d && bytes[i + 1] === 0x0a) i++;
    } else {
      line += String.fromCharCode(c);
    }
  }
  if (lines.length < limit) lines.push(line);
  return lines;
}

/** The declared encoding's name as written, or null (PEP 263's two-line rule). */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const [first, second] = headLines(bytes, 2);
  const m1 = CODING_RE.exec(first ?? '');
  if (m1 !== null) return m1[1];
  if (second !== undefined && BLANK_OR_COMMENT_RE.test(first ?? '')) {
    const m2 = CODING_RE.exec(second);
    if (m2 !== null) return m2[1];
  }
  return null;
}

function encodingProblem(what: string, filename: string): never {
  throw new PySyntaxError('SyntaxError', `encoding problem: ${what}`, filename, 0, 0, null);
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The line (1-based) of byte `pos`, counting \n, \r\n and \r as one line end each. */
function lineOfByte(bytes: Uint8Array, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i];
    if (c < 0x80) { i++; continue; }
    const n = c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    // Overlong 3-byte forms, UTF-16 surrogates and code points past U+10FFFF.
    const c1 = bytes[i + 1];
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 >= 0xa0) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 >= 0x90)) return i;
    i += n;
  }
  return -1;
}

function decodeUtf8(bytes: Uint8Array, filename: string): string {
  try {
    return UTF8_FATAL.decode(bytes);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const hex = bytes[bad].toString(16).padStart(2, '0');
    throw new PySyntaxError(
      'SyntaxError',
      `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${lineOfByte(bytes, bad)}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
      filename, 0, 0, null,
    );
  }
}

/** Each byte as the character of the same code (latin-1), in chunks the call stack takes. */
function latin1Text(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** cp1252's code points for bytes 0x80-0x9f (0 where the codec has no character). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Windows-1252 (latin-1 but for 0x80-0x9f); an undefined byte is CPython's decode failure. */
function cp1252Text(bytes: Uint8Array, name: string, filename: string): string {
  let s = '';
  for (const b of bytes) {
    if (b >= 0x80 && b < 0xa0) {
      const cp = CP1252_HIGH[b - 0x80];
      if (cp === 0) encodingProblem(name, filename);
      s += String.fromCharCode(cp);
    } else {
      s += String.fromCharCode(b);
    }
  }
  return s;
}

/** Decodes a source file's bytes to the text the tokenizer reads (see the header). */
export function decodeSourceBytes(bytes: Uint8Array, filename: string): string {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = declaredEncoding(hasBom ? bytes.subarray(3) : bytes);
  const name = declared === null ? null : normalEncodingName(declared);
  if (hasBom) {
    if (name !== null && name !== 'utf-8') encodingProblem(`${name} with BOM`, filename);
    return decodeUtf8(bytes.subarray(3), filename);
  }
  if (name === null) return decodeUtf8(bytes, filename);
  // Past the BOM check the name goes to the codec registry, which knows more spellings.
  switch (codecOf(name)) {
    case 'utf-8':
      return decodeUtf8(bytes, filename);
    case 'latin-1':
      return latin1Text(bytes);
    case 'ascii':
      for (const b of bytes) if (b >= 0x80) encodingProblem(name, filename);
      return latin1Text(bytes);
    case 'cp1252':
      return cp1252Text(bytes, name, filename);
    case null:
      break;
  }
  // Other codecs are not modelled: the same words CPython uses for a name it does not know.
  return encodingProblem(name, filename);
}
