// String literals: decoding one STRING token (CPython's Parser/string_parser.c,
// _PyPegen_parsestr / decode_unicode_with_escapes) and the concatenation of adjacent
// literals including f-strings (_PyPegen_concatenate_strings, fstring_find_literal,
// fstring_find_expr, FstringParser_*), producing Constant or JoinedStr exactly as 3.11.
//
// Positions follow CPython 3.11's quirks, checked against python3:
//   - every Constant/FormattedValue of a concatenation gets the span of the whole group,
//     except a format spec's JoinedStr and its trailing literal, which get the span of the
//     one token that holds them;
//   - an expression inside {} is parsed as "(" + text + ")" starting at the '{': on the
//     token's first line at token.col + (offset of '{' in the token) + 1, on a later line
//     at (column of '{' in its line) + 1; when only whitespace follows '{' on its line the
//     column shift is 0 (fstring_find_expr_location).

import type { Constant, ExprNode, FormattedValue, JoinedStr } from './ast';
import { PySyntaxError } from './syntaxerror';
import { Token } from './tokenizer';
import { PyBytes } from '../runtime/object';
import { lookupUnicodeName } from './unicode_names';
import { compileWarning } from './compile_warnings';

/** Parses an expression from f-string text; supplied by the parser (avoids a cycle). */
export type SubExpressionParser = (text: string, lineno: number, col: number, lineStartIsFirst: boolean) => ExprNode;

export interface StringContext {
  filename: string;
  /** Raises a SyntaxError located at a token. */
  error(msg: string, tok: Token): never;
  /** Raises a SyntaxError at the token after the string group (CPython's RAISE_SYNTAX_ERROR). */
  errorAfter(msg: string): never;
  parseSubExpression: SubExpressionParser;
}

interface Prefix {
  bytes: boolean;
  raw: boolean;
  fmt: boolean;
  u: boolean;
  /** Body (between the quotes). */
  body: string;
  /** Offset of the body within the token text. */
  bodyStart: number;
}

function splitPrefix(text: string): Prefix {
  let i = 0;
  let bytes = false;
  let raw = false;
  let fmt = false;
  let u = false;
  for (;;) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 102) fmt = true;
    else if (c === 117) u = true;
    else break;
    i++;
  }
  const q = text.charCodeAt(i);
  const triple = text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q && text.length >= i + 6;
  const ql = triple ? 3 : 1;
  return { bytes, raw, fmt, u, body: text.slice(i + ql, text.length - ql), bodyStart: i + ql };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\x08',
  f: '\x0c',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\x0b',
};

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}



/**
 * CPython 3.11's warn_invalid_escape_sequence: the first invalid escape of a literal (an unknown
 * letter, or an octal escape above 0o377) is a DeprecationWarning at the literal's line; when the
 * warnings filters make it an error, a SyntaxError with the same message at the literal.
 */
function warnInvalidEscape(msg: string, ctx: StringContext, tok: Token): void {
  if (compileWarning('DeprecationWarning', msg, ctx.filename, tok.lineno)) ctx.error(msg, tok);
}

/** Decodes the escapes of a non-raw str body (decode_unicode_with_escapes). */
function decodeStrEscapes(body: string, ctx: StringContext, tok: Token): string {
  if (body.indexOf('\\') < 0) return body;
  let invalid: string | null = null;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const j = body.indexOf('\\', i);
    if (j < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, j);
    i = j + 1;
    if (i >= n) {
      out += '\\';
      break;
    }
    const c = body[i];
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    const cc = body.charCodeAt(i);
    if (cc >= 48 && cc <= 55) {
      let v = 0;
      let k = 0;
      while (k < 3 && i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
        v = v * 8 + (body.charCodeAt(i) - 48);
        i++;
        k++;
      }
      if (v > 0o377 && invalid === null) invalid = `invalid octal escape sequence '\\${body.slice(j + 1, j + 4)}'`;
      out += String.fromCodePoint(v);
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + len);
      let good = 0;
      while (good < hex.length && isHex(hex.charCodeAt(good))) good++;
      if (good < len) {
        // The reported range ends at the last hex digit read (or at the escape letter).
        const kind = c === 'x' ? 'truncated \\xXX escape' : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        ctx.errorAfter(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, j)}-${utf8Pos(body, i + good)}: ${kind}`);
      }
      const v = parseInt(hex, 16);
      if (v > 0x10ffff) {
        ctx.errorAfter(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, j)}-${utf8Pos(body, i + len)}: illegal Unicode character`);
      }
      out += String.fromCodePoint(v);
      i += 1 + len;
      continue;
    }
    if (c === 'N') {
      const close = body.indexOf('}', i);
      if (body[i + 1] !== '{' || close < 0) {
        ctx.errorAfter(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, j)}-${utf8Pos(body, i)}: malformed \\N character escape`);
      }
      const name = body.slice(i + 2, close);
      const cp = name.length > 0 ? lookupUnicodeName(name) : undefined;
      if (cp === undefined) {
        ctx.errorAfter(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, j)}-${utf8Pos(body, close)}: unknown Unicode character name`);
      }
      out += String.fromCodePoint(cp);
      i = close + 1;
      continue;
    }
    // Invalid escape: kept as is, with a DeprecationWarning (the first one of the literal).
    if (invalid === null) invalid = `invalid escape sequence '\\${String.fromCodePoint(body.codePointAt(i)!)}'`;
    out += '\\';
  }
  if (invalid !== null) warnInvalidEscape(invalid, ctx, tok);
  return out;
}

function utf8Pos(s: string, i: number): number {
  return Buffer.byteLength(s.slice(0, i), 'utf8');
}

/** Decodes a bytes literal body (raw or with escapes); non-ASCII is an error. */
function decodeBytes(body: string, raw: boolean, ctx: StringContext, tok: Token): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  let invalid: string | null = null;
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x80) ctx.error('bytes can only contain ASCII literal characters', tok);
    if (c !== 92 || raw) {
      out.push(c);
      continue;
    }
    i++;
    if (i >= n) {
      out.push(92);
      break;
    }
    const d = body[i];
    const simple = SIMPLE_ESCAPES[d];
    if (simple !== undefined) {
      if (simple.length) out.push(simple.charCodeAt(0));
      continue;
    }
    const dc = body.charCodeAt(i);
    if (dc >= 48 && dc <= 55) {
      const first = i;
      let v = 0;
      let k = 0;
      while (k < 3 && i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
        v = v * 8 + (body.charCodeAt(i) - 48);
        i++;
        k++;
      }
      i--;
      if (v > 0o377 && invalid === null) invalid = `invalid octal escape sequence '\\${body.slice(first, first + 3)}'`;
      out.push(v & 0xff);
      continue;
    }
    if (d === 'x') {
      if (isHex(body.charCodeAt(i + 1)) && isHex(body.charCodeAt(i + 2))) {
        out.push(parseInt(body.slice(i + 1, i + 3), 16));
        i += 2;
        continue;
      }
      ctx.errorAfter(`(value error) invalid \\x escape at position ${i - 1}`);
    }
    if (invalid === null) invalid = `invalid escape sequence '\\${d}'`;
    out.push(92, dc);
  }
  if (invalid !== null) warnInvalidEscape(invalid, ctx, tok);
  return Uint8Array.from(out);
}

interface Group {
  first: Token;
  last: Token;
}

/** Location fields for a node spanning the whole group. */
function groupLoc(g: Group): { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number } {
  return { lineno: g.first.lineno, col_offset: g.first.col, end_lineno: g.last.endLineno, end_col_offset: g.last.endCol };
}

function constant(value: string, lo: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): Constant {
  return { _type: 'Constant', value, kind: null, lineno: lo.lineno, col_offset: lo.col_offset, end_lineno: lo.end_lineno, end_col_offset: lo.end_col_offset };
}

/** Accumulates the pieces of a JoinedStr (FstringParser in CPython). */
class FstringState {
  lastStr: string | null = null;
  values: ExprNode[] = [];
  fmode = false;
  addLiteral(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }
  flushLiteral(g: Group): void {
    if (this.lastStr !== null) {
      const c = constant(this.lastStr, groupLoc(g));
      // make_str_node_and_del: kind 'u' when the group's first token is u-prefixed.
      if (g.first.string.charCodeAt(0) === 117) c.kind = 'u';
      this.values.push(c);
      this.lastStr = null;
    }
  }
}

/**
 * strings: STRING+ (the atom rule's concatenation). Returns Constant (str/bytes) or
 * JoinedStr when any part is an f-string.
 */
export function concatenateStrings(toks: Token[], ctx: StringContext): ExprNode {
  const g: Group = { first: toks[0], last: toks[toks.length - 1] };
  let bytesmode = false;
  let fmode = false;
  const parts: Prefix[] = [];
  for (let i = 0; i < toks.length; i++) {
    const pf = splitPrefix(toks[i].string);
    if (i === 0) bytesmode = pf.bytes;
    else if (pf.bytes !== bytesmode) ctx.errorAfter('cannot mix bytes and nonbytes literals');
    if (pf.fmt) fmode = true;
    parts.push(pf);
  }
  const lo = groupLoc(g);
  if (bytesmode) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (let i = 0; i < parts.length; i++) {
      const b = decodeBytes(parts[i].body, parts[i].raw, ctx, toks[i]);
      chunks.push(b);
      total += b.length;
    }
    const all = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) {
      all.set(c, off);
      off += c.length;
    }
    return { _type: 'Constant', value: new PyBytes(all), kind: null, ...lo };
  }
  if (!fmode) {
    let s = '';
    for (let i = 0; i < parts.length; i++) {
      s += parts[i].raw ? parts[i].body : decodeStrEscapes(parts[i].body, ctx, toks[i]);
    }
    const kind = toks[0].string.charCodeAt(0) === 117 ? 'u' : null;
    return { _type: 'Constant', value: s, kind, ...lo };
  }
  const st = new FstringState();
  st.fmode = true;
  for (let i = 0; i < parts.length; i++) {
    const pf = parts[i];
    if (!pf.fmt) {
      st.addLiteral(pf.raw ? pf.body : decodeStrEscapes(pf.body, ctx, toks[i]));
      continue;
    }
    fstringParse(pf.body, 0, pf.body.length, pf.raw, 0, st, g, toks[i], pf.bodyStart, ctx);
  }
  st.flushLiteral(g);
  return { _type: 'JoinedStr', values: st.values, ...lo };
}

/**
 * fstring_parse: literal text and {expressions} of body[pos, end) into `st`.
 * Returns the position where parsing stopped (at a '}' ending a format spec when
 * recurseLvl > 0).
 */
function fstringParse(body: string, pos: number, end: number, raw: boolean, recurseLvl: number, st: FstringState, g: Group, tok: Token, bodyStart: number, ctx: StringContext): number {
  for (;;) {
    // fstring_find_literal: up to the next single '{' or '}' ('{{' / '}}' are escapes
    // at the top level; inside a format spec CPython 3.11 does not treat '{{' as an escape
    // when recursing, but '}}' still ends the spec).
    let lit = '';
    let i = pos;
    let litStart = pos;
    while (i < end) {
      const c = body.charCodeAt(i);
      if (!raw && c === 92 && i + 1 < end) {
        // An escape: keep it for decoding; \N{...} braces are not expression braces.
        if (body[i + 1] === 'N' && body[i + 2] === '{') {
          const close = body.indexOf('}', i);
          i = close < 0 ? end : close + 1;
          continue;
        }
        // CPython consumes the escaped character, but a brace stays a brace: f'\{x}' is a
        // backslash followed by a replacement field.
        const nx = body.charCodeAt(i + 1);
        i += nx === 123 || nx === 125 ? 1 : 2;
        continue;
      }
      if (c === 123 || c === 125) {
        if (recurseLvl === 0) {
          if (i + 1 < end && body.charCodeAt(i + 1) === c) {
            lit += body.slice(litStart, i + 1);
            i += 2;
            litStart = i;
            continue;
          }
          if (c === 125) ctx.errorAfter("f-string: single '}' is not allowed");
        }
        break;
      }
      i++;
    }
    lit += body.slice(litStart, i);
    if (lit.length > 0) st.addLiteral(raw ? lit : decodeStrEscapes(lit, ctx, tok));
    pos = i;
    if (pos >= end) return pos;
    const c = body.charCodeAt(pos);
    if (c === 125) {
      // End of a format spec (recurseLvl > 0).
      return pos;
    }
    // c is '{'
    if (recurseLvl >= 2) ctx.errorAfter('f-string: expressions nested too deeply');
    pos = fstringFindExpr(body, pos + 1, end, raw, recurseLvl, st, g, tok, bodyStart, ctx);
  }
}

/** fstring_find_expr: parses one {expression[=][!c][:spec]} starting after '{'. */
function fstringFindExpr(body: string, pos: number, end: number, raw: boolean, recurseLvl: number, st: FstringState, g: Group, tok: Token, bodyStart: number, ctx: StringContext): number {
  const exprStart = pos;
  const stack: number[] = [];
  let quote = 0;
  let tripleQuote = false;
  let i = pos;
  for (; i < end; i++) {
    const ch = body.charCodeAt(i);
    if (ch === 92) ctx.errorAfter('f-string expression part cannot include a backslash');
    if (quote !== 0) {
      if (ch === quote) {
        if (tripleQuote) {
          if (body.charCodeAt(i + 1) === ch && body.charCodeAt(i + 2) === ch) {
            i += 2;
            quote = 0;
            tripleQuote = false;
          }
        } else quote = 0;
      }
      continue;
    }
    if (ch === 39 || ch === 34) {
      if (body.charCodeAt(i + 1) === ch && body.charCodeAt(i + 2) === ch) {
        tripleQuote = true;
        i += 2;
      }
      quote = ch;
      continue;
    }
    if (ch === 40 || ch === 91 || ch === 123) {
      if (stack.length >= 200) ctx.errorAfter('f-string: too many nested parenthesis');
      stack.push(ch);
      continue;
    }
    if (ch === 35) ctx.errorAfter("f-string expression part cannot include '#'");
    if (stack.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
      const next = body.charCodeAt(i + 1);
      // '!=' , '==', '<=', '>=' are operators, not the conversion/debug markers.
      if (ch === 33 && next === 61) {
        i++;
        continue;
      }
      if (ch === 61 && next === 61) {
        i++;
        continue;
      }
      if ((ch === 60 || ch === 62) && next === 61) {
        i++;
        continue;
      }
      if (ch === 60 || ch === 62) continue;
      break;
    }
    if (ch === 41 || ch === 93 || ch === 125) {
      if (stack.length === 0) ctx.errorAfter(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      const open = stack.pop() as number;
      const want = open === 40 ? 41 : open === 91 ? 93 : 125;
      if (ch !== want) {
        ctx.errorAfter(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(open)}'`);
      }
      continue;
    }
  }
  if (quote !== 0) ctx.errorAfter('f-string: unterminated string');
  if (stack.length > 0) ctx.errorAfter(`f-string: unmatched '${String.fromCharCode(stack[stack.length - 1])}'`);
  if (i >= end) ctx.errorAfter("f-string: expecting '}'");
  const exprEnd = i;
  const exprText = body.slice(exprStart, exprEnd);
  if (/^[ \t\n\f]*$/.test(exprText)) {
    const term = body[exprEnd];
    if (term === '!' || term === ':' || term === '=') ctx.errorAfter(`f-string: expression required before '${term}'`);
    ctx.errorAfter('f-string: empty expression not allowed');
  }

  // Location of the sub-expression (fstring_find_expr_location).
  const tokText = tok.string;
  const bracePos = bodyStart + exprStart - 1; // offset of '{' in the token text
  let lines = 0;
  let lastNl = -1;
  for (let k = 0; k < bracePos; k++) {
    if (tokText.charCodeAt(k) === 10) {
      lines++;
      lastNl = k;
    }
  }
  let newlineAfterBrace = true;
  for (let k = bracePos + 1; k < tokText.length; k++) {
    const c = tokText.charCodeAt(k);
    if (c === 125 || c === 10) break;
    if (c !== 32 && c !== 9 && c !== 12) {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    cols = Buffer.byteLength(tokText.slice(lastNl + 1, bracePos), 'utf8');
  }
  const firstLine = lines === 0;
  const startCol = firstLine ? tok.col + cols : cols;
  const expr = ctx.parseSubExpression(exprText, tok.lineno + lines, startCol, firstLine);

  i = exprEnd;
  let ch = body.charCodeAt(i);
  // Debug specifier '=': the literal text "expr=" (with its whitespace) goes before.
  let debug = false;
  if (ch === 61) {
    debug = true;
    i++;
    // Whitespace after '=' is part of the literal.
    while (i < end && (body.charCodeAt(i) === 32 || body.charCodeAt(i) === 9)) i++;
    st.addLiteral(body.slice(exprStart, i));
    ch = body.charCodeAt(i);
  }
  let conversion = -1;
  if (ch === 33) {
    i++;
    if (i >= end) ctx.errorAfter("f-string: expecting '}'");
    const conv = body[i];
    if (conv !== 's' && conv !== 'r' && conv !== 'a') {
      ctx.errorAfter("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = conv.charCodeAt(0);
    i++;
    ch = body.charCodeAt(i);
    if (i >= end) ctx.errorAfter("f-string: expecting '}'");
  }
  let formatSpec: ExprNode | null = null;
  if (ch === 58) {
    i++;
    const spec = new FstringState();
    spec.fmode = true;
    i = fstringParse(body, i, end, raw, recurseLvl + 1, spec, g, tok, bodyStart, ctx);
    // The spec JoinedStr and its trailing literal carry the span of this token only.
    const tokLoc = { lineno: tok.lineno, col_offset: tok.col, end_lineno: tok.endLineno, end_col_offset: tok.endCol };
    if (spec.lastStr !== null) {
      spec.values.push(constant(spec.lastStr, tokLoc));
      spec.lastStr = null;
    }
    const js: JoinedStr = { _type: 'JoinedStr', values: spec.values, ...tokLoc };
    formatSpec = js;
    ch = body.charCodeAt(i);
  }
  if (i >= end || ch !== 125) ctx.errorAfter("f-string: expecting '}'");
  i++;
  if (debug && conversion === -1 && formatSpec === null) conversion = 114;
  st.flushLiteral(g);
  const fv: FormattedValue = { _type: 'FormattedValue', value: expr, conversion, format_spec: formatSpec, ...groupLoc(g) };
  st.values.push(fv);
  return i;
}

/** Raised for internal consistency; never for user input. */
export function isSyntaxError(e: unknown): e is PySyntaxError {
  return e instanceof PySyntaxError;
}
