// The Python 3.11 tokenizer (CPython's Parser/tokenizer.c, tok_get), source text -> tokens.
//
// The whole source is tokenized up front into an array. That matches CPython's observable
// behaviour: CPython tokenizes the rest of the file whenever the parser fails
// (_PyPegen_tokenize_full_source_to_check_for_errors), so a tokenizer error anywhere in
// the file always wins over a parser error. The one tokenizer condition that is NOT an
// immediate error is end-of-file inside brackets: CPython reports "'(' was never closed"
// from the parser, so the tokenizer ends the stream with an ERRORTOKEN and records the
// innermost open bracket in `unclosed` for the parser's error reporting.
//
// Positions: lineno is 1-based; col/endCol are UTF-8 byte offsets in the line, as CPython's
// col_offset (the source offsets are not kept: nothing after tokenizing needs them).
// f-strings are single STRING tokens, as in 3.11; parser_strings.ts parses their insides.

import { compileWarning } from './compile_warnings';
import { PySyntaxError, SyntaxErrorKind } from './syntaxerror';

export const enum TokType {
  ENDMARKER = 0,
  NAME = 1,
  NUMBER = 2,
  STRING = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  OP = 7,
  /** End of input inside brackets (CPython: ERRORTOKEN with tok->done == E_EOF). */
  ERRORTOKEN = 8,
}

export interface Token {
  type: TokType;
  /** Exact source text (for INDENT/DEDENT/NEWLINE/ENDMARKER: ''). */
  string: string;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
}

export interface TokenizeResult {
  tokens: Token[];
  /** Source after newline normalisation: what the token offsets index. */
  source: string;
  /** Start offset (UTF-16) of each line; lineStarts[0] is line 1. */
  lineStarts: number[];
  /** The innermost bracket left open where tokenizing stopped (end of input or error). */
  unclosed: { char: string; lineno: number; col: number } | null;
  /**
   * The tokenizer error that stopped tokenizing, if any; the token stream then ends with
   * an ERRORTOKEN at the error. The parser raises it once it reaches that token, or when
   * it fails earlier and `errorOverrides` (CPython raised it as an exception, so its
   * full-source check, _PyPegen_tokenize_full_source_to_check_for_errors, reports it).
   * Errors CPython only signals with an error code (E_DEDENT, E_TABSPACE, E_LINECONT,
   * E_EOF, a stray character) do not override an earlier parser error.
   */
  error: PySyntaxError | null;
  errorOverrides: boolean;
}

const TABSIZE = 8;

/**
 * The operator at s[i] by longest match (PyToken_OneChar/TwoChars/ThreeChars), as a
 * constant string (no allocation per token), or null when no operator starts there.
 */
function opAt(s: string, i: number): string | null {
  const d = s.charCodeAt(i + 1);
  switch (s.charCodeAt(i)) {
    case 40: return '(';
    case 41: return ')';
    case 91: return '[';
    case 93: return ']';
    case 123: return '{';
    case 125: return '}';
    case 44: return ',';
    case 59: return ';';
    case 126: return '~';
    case 58: return d === 61 ? ':=' : ':';
    case 46: return d === 46 && s.charCodeAt(i + 2) === 46 ? '...' : '.';
    case 43: return d === 61 ? '+=' : '+';
    case 45: return d === 61 ? '-=' : d === 62 ? '->' : '-';
    case 42:
      if (d === 42) return s.charCodeAt(i + 2) === 61 ? '**=' : '**';
      return d === 61 ? '*=' : '*';
    case 47:
      if (d === 47) return s.charCodeAt(i + 2) === 61 ? '//=' : '//';
      return d === 61 ? '/=' : '/';
    case 37: return d === 61 ? '%=' : '%';
    case 64: return d === 61 ? '@=' : '@';
    case 38: return d === 61 ? '&=' : '&';
    case 124: return d === 61 ? '|=' : '|';
    case 94: return d === 61 ? '^=' : '^';
    case 61: return d === 61 ? '==' : '=';
    case 33: return d === 61 ? '!=' : null;
    case 60:
      if (d === 60) return s.charCodeAt(i + 2) === 61 ? '<<=' : '<<';
      return d === 61 ? '<=' : '<';
    case 62:
      if (d === 62) return s.charCodeAt(i + 2) === 61 ? '>>=' : '>>';
      return d === 61 ? '>=' : '>';
    default:
      return null;
  }
}

function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 128;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const ID_RE = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/** UTF-8 length of source[from, to). */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Normalises \r\n and \r to \n and drops a leading BOM, as CPython's string tokenizer. */
export function normalizeNewlines(src: string): string {
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  if (src.indexOf('\r') >= 0) src = src.replace(/\r\n?/g, '\n');
  return src;
}

/**
 * Tokenizes a whole module (tok_get in a loop). A tokenizer error does not throw: it is
 * returned in `error` (see TokenizeResult) so the parser can order it as CPython does.
 */
export function tokenize(source: string, filename: string, warnings = true): TokenizeResult {
  const src = normalizeNewlines(source);
  return new Tokenizer(src, filename, warnings).run();
}

/** Unicode's categories str.isprintable() refuses (the space aside). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/**
 * The tokenizer's message for a character no token can hold (verify_identifier and tok_get):
 * "invalid character 'X' (U+XXXX)", or for a character str.isprintable() refuses (a control
 * character, a no-break space, a zero-width space) "invalid non-printable character U+XXXX".
 */
function invalidCharMessage(ch: string): string {
  const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return ch !== ' ' && NON_PRINTABLE.test(ch) ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
}

class Tokenizer {
  private readonly n: number;
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private readonly lineStarts: number[] = [0];
  private readonly ascii: boolean;
  private readonly tokens: Token[] = [];
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  /** Open brackets: char, line, char offset. */
  private readonly parens: { char: string; lineno: number; start: number; lineStart: number }[] = [];
  private atbol = true;
  /** Offset of the first NUL character, or -1 (the usual case: no per-line check). */
  private readonly nulPos: number;
  private contLine = false;

  /**
   * `warnings`: report compile-time warnings (frontend/compile_warnings.ts); off for an
   * f-string's replacement fields, tokenized on their own where the line would be wrong.
   */
  constructor(private readonly src: string, private readonly filename: string, private readonly warnings: boolean) {
    this.n = src.length;
    // Pure-ASCII sources (the common case) take byte column = character column.
    this.ascii = !/[^\x00-\x7f]/.test(src);
    this.nulPos = src.indexOf('\0');
  }

  private colOf(pos: number, lineStart: number): number {
    return this.ascii ? pos - lineStart : utf8Length(this.src, lineStart, pos);
  }

  lineText(lineno: number): string {
    const s = this.lineStarts[lineno - 1] ?? this.n;
    let e = this.src.indexOf('\n', s);
    if (e < 0) e = this.n;
    return this.src.slice(s, e);
  }

  /** Raises a tokenizer error at a position on the current (or given) line. */
  private error(kind: SyntaxErrorKind, msg: string, pos: number, lineno = this.lineno, lineStart = this.lineStart, endPos = -1): never {
    // Make sure lineStarts covers lineno for lineText.
    const text = this.lineTextAt(lineStart);
    const offset = utf8ToCharOffset(text, this.colOf(pos, lineStart)) + 1;
    const endOffset = endPos >= 0 ? utf8ToCharOffset(text, this.colOf(endPos, lineStart)) + 1 : offset;
    throw new PySyntaxError(kind, msg, this.filename, lineno, offset, text + '\n', lineno, endOffset);
  }

  /** Raises with CPython's exact 1-based offsets (for errors whose offsets are not a token's). */
  private errorRaw(kind: SyntaxErrorKind, msg: string, lineno: number, lineStart: number, offset: number, endOffset: number): never {
    throw new PySyntaxError(kind, msg, this.filename, lineno, offset, this.lineTextAt(lineStart) + '\n', lineno, endOffset);
  }

  private lineTextAt(lineStart: number): string {
    let e = this.src.indexOf('\n', lineStart);
    if (e < 0) e = this.n;
    return this.src.slice(lineStart, e);
  }

  private push(type: TokType, string: string, start: number, end: number, lineno: number, lineStart: number): void {
    const col = this.colOf(start, lineStart);
    this.tokens.push({
      type,
      string,
      lineno,
      col,
      endLineno: this.lineno,
      endCol: this.colOf(end, this.lineStart),
    });
  }

  private newline(at: number): void {
    // `at` is the offset just after a '\n'.
    this.lineno++;
    this.lineStart = at;
    this.lineStarts.push(at);
    if (this.nulPos >= at) this.checkNul();
  }

  /** CPython's file reader rejects a line holding a NUL byte as soon as it reads it. */
  private checkNul(): void {
    let e = this.src.indexOf('\n', this.lineStart);
    if (e < 0) e = this.n;
    if (this.nulPos < e) {
      const line = this.src.slice(this.lineStart, this.nulPos);
      throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', this.filename, this.lineno, 0, line + '\n', this.lineno, -1);
    }
  }

  run(): TokenizeResult {
    let error: PySyntaxError | null = null;
    let errorOverrides = false;
    try {
      this.loop();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      error = e;
      errorOverrides = !(
        e.kind !== 'SyntaxError' ||
        e.msg === 'unexpected character after line continuation character' ||
        e.msg === 'unexpected EOF while parsing' ||
        e.msg === 'invalid syntax'
      );
      this.tokens.push({ type: TokType.ERRORTOKEN, string: '', lineno: e.lineno, col: -1, endLineno: e.lineno, endCol: -1 });
    }
    const last = this.parens.length > 0 ? this.parens[this.parens.length - 1] : null;
    return {
      tokens: this.tokens,
      source: this.src,
      lineStarts: this.lineStarts,
      unclosed: last === null ? null : { char: last.char, lineno: last.lineno, col: this.colOf(last.start, last.lineStart) },
      error,
      errorOverrides,
    };
  }

  private loop(): void {
    const src = this.src;
    const n = this.n;
    if (this.nulPos >= 0) this.checkNul();
    for (;;) {
      if (this.atbol) {
        this.atbol = false;
        if (!this.indentation()) continue;
      }
      // Skip spaces, tabs, form feeds.
      let c = src.charCodeAt(this.pos);
      while (c === 32 || c === 9 || c === 12) c = src.charCodeAt(++this.pos);
      const start = this.pos;
      if (this.pos >= n) {
        this.finish();
        break;
      }
      let nlStart = start;
      if (c === 35) {
        // Comment: skip to end of line; a NEWLINE that ends it starts at the '#'
        // (CPython's tok->start stays at the comment).
        let e = src.indexOf('\n', this.pos);
        if (e < 0) e = n;
        this.pos = e;
        if (e >= n) continue;
        c = 10;
      }
      if (c === 10) {
        const start = nlStart;
        nlStart = start;
        this.pos++;
        const blank = this.contLine === false && this.lastIsLineStart();
        if (this.parens.length === 0 && !blank) {
          this.tokens.push({
            type: TokType.NEWLINE, string: '', lineno: this.lineno, col: this.colOf(start, this.lineStart),
            endLineno: this.lineno, endCol: this.colOf(start, this.lineStart),
          });
        }
        this.newline(this.pos);
        if (this.parens.length === 0) this.atbol = true;
        this.contLine = false;
        continue;
      }
      if (isIdStart(c)) {
        // String prefix? (r, b, u, f and their two-letter combinations)
        if (this.tryString(start)) continue;
        let p = this.pos + 1;
        while (p < n && isIdChar(src.charCodeAt(p))) p++;
        const word = src.slice(start, p);
        this.pos = p;
        let name = word;
        if (!this.ascii && !isAsciiString(word)) name = this.verifyIdentifier(word, start);
        this.push(TokType.NAME, name, start, p, this.lineno, this.lineStart);
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) {
        this.number(start);
        continue;
      }
      if (c === 39 || c === 34) {
        this.string(start, start);
        continue;
      }
      if (c === 92) {
        // Line continuation.
        const d = src.charCodeAt(this.pos + 1);
        if (d !== 10) {
          if (this.pos + 1 >= n) {
            const off = [...src.slice(this.lineStart, this.pos + 1)].length + 1;
            this.errorRaw('SyntaxError', 'unexpected EOF while parsing', this.lineno, this.lineStart, off, -1);
          }
          const off = [...this.src.slice(this.lineStart, this.pos + 1)].length + 1;
          this.errorRaw('SyntaxError', 'unexpected character after line continuation character', this.lineno, this.lineStart, off, 0);
        }
        if (this.pos + 2 >= n) {
          const off = [...src.slice(this.lineStart, this.pos + 1)].length + 1;
          this.errorRaw('SyntaxError', 'unexpected EOF while parsing', this.lineno, this.lineStart, off, -1);
        }
        this.pos += 2;
        this.newline(this.pos);
        this.contLine = true;
        continue;
      }
      // Operators.
      const op = opAt(src, this.pos);
      if (op === null) {
        this.badChar(c, start);
        continue;
      }
      this.pos += op.length;
      if (op === '(' || op === '[' || op === '{') {
        // MAXLEVEL in CPython's tokenizer.
        if (this.parens.length >= 200) this.error('SyntaxError', 'too many nested parentheses', start);
        this.parens.push({ char: op, lineno: this.lineno, start, lineStart: this.lineStart });
      } else if (op === ')' || op === ']' || op === '}') {
        const open = this.parens.pop();
        if (open === undefined) this.error('SyntaxError', `unmatched '${op}'`, start);
        const want = open.char === '(' ? ')' : open.char === '[' ? ']' : '}';
        if (want !== op) {
          if (open.lineno !== this.lineno) {
            this.error('SyntaxError', `closing parenthesis '${op}' does not match opening parenthesis '${open.char}' on line ${open.lineno}`, start);
          }
          this.error('SyntaxError', `closing parenthesis '${op}' does not match opening parenthesis '${open.char}'`, start);
        }
      }
      this.push(TokType.OP, op, start, this.pos, this.lineno, this.lineStart);
    }
  }

  /** True when nothing but whitespace/comments precedes pos on this logical line. */
  private lastIsLineStart(): boolean {
    const t = this.tokens.length > 0 ? this.tokens[this.tokens.length - 1] : null;
    return t === null || t.type === TokType.NEWLINE || t.type === TokType.INDENT || t.type === TokType.DEDENT;
  }

  private badChar(c: number, start: number): false {
    // CPython: printable non-ASCII -> "invalid character"; other ASCII junk is an
    // ERRORTOKEN that the parser reports as "invalid syntax".
    const cp = this.src.codePointAt(start) ?? c;
    if (cp >= 128) this.error('SyntaxError', invalidCharMessage(String.fromCodePoint(cp)), start);
    // An ASCII control character (not NUL): CPython's tokenizer refuses it as non-printable.
    if (c !== 0 && (c < 32 || c === 127)) this.error('SyntaxError', invalidCharMessage(String.fromCharCode(c)), start);
    if (c === 0) {
      // As a script run reports it: the line up to the NUL, no caret.
      const line = this.lineTextAt(this.lineStart);
      const cut = line.indexOf('\0');
      throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', this.filename, this.lineno, 0, (cut >= 0 ? line.slice(0, cut) : line) + '\n', this.lineno, -1);
    }
    // A stray ASCII character ('$', '?', '!', '`'): CPython returns it as a one-character
    // token that no rule accepts, so the parser reports it (generic error or a more
    // specific one, e.g. "expected ':'").
    this.pos = start + 1;
    this.push(TokType.OP, String.fromCharCode(c), start, start + 1, this.lineno, this.lineStart);
    return false;
  }

  private verifyIdentifier(word: string, start: number): string {
    // CPython: the tokenizer accepts any non-ASCII run, then verify_identifier checks it.
    const norm = word.normalize('NFKC');
    if (ID_RE.test(norm)) return norm;
    // Find the first offending character for the message.
    let i = 0;
    for (const ch of word) {
      const ok = i === 0 ? ID_RE.test(ch) : ID_RE.test('a' + ch);
      if (!ok) {
        this.error('SyntaxError', invalidCharMessage(ch), start + i);
      }
      i += ch.length;
    }
    return norm;
  }

  /**
   * Measures the indentation of a new line and queues INDENT/DEDENT tokens.
   * Returns false when the line was blank and fully consumed (continue scanning).
   */
  private indentation(): boolean {
    const src = this.src;
    let col = 0;
    let altcol = 0;
    let p = this.pos;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol = altcol + 1;
      } else if (c === 12) {
        col = altcol = 0;
      } else break;
      p++;
    }
    this.pos = p;
    const c = src.charCodeAt(p);
    if (c === 35 || c === 10 || c === 92 || p >= this.n) {
      // Blank line, comment-only line or one starting with a backslash: indentation is
      // ignored (CPython 3.11 treats them all as blank lines here).
      return true;
    }
    const top = this.indstack.length - 1;
    if (col === this.indstack[top]) {
      if (altcol !== this.altindstack[top]) this.tabError(p);
    } else if (col > this.indstack[top]) {
      if (altcol <= this.altindstack[top]) this.tabError(p);
      // MAXINDENT (100) in CPython's tokenizer: E_TOODEEP.
      if (this.indstack.length >= 100) {
        this.errorRaw('IndentationError', 'too many levels of indentation', this.lineno, this.lineStart, 1, 0);
      }
      this.indstack.push(col);
      this.altindstack.push(altcol);
      this.tokens.push({ type: TokType.INDENT, string: '', lineno: this.lineno, col: -1, endLineno: this.lineno, endCol: -1 });
    } else {
      // Check the target level before emitting any DEDENT (CPython reports E_DEDENT
      // without returning the DEDENT tokens first).
      let t = this.indstack.length - 1;
      while (t > 0 && col < this.indstack[t]) t--;
      if (col !== this.indstack[t]) {
        const len = [...this.lineTextAt(this.lineStart)].length;
        this.errorRaw('IndentationError', 'unindent does not match any outer indentation level', this.lineno, this.lineStart, len + 1, -1);
      }
      if (altcol !== this.altindstack[t]) this.tabError(p);
      while (this.indstack.length - 1 > t) {
        this.indstack.pop();
        this.altindstack.pop();
        this.tokens.push({ type: TokType.DEDENT, string: '', lineno: this.lineno, col: -1, endLineno: this.lineno, endCol: -1 });
      }
    }
    return true;
  }

  private tabError(_p: number): never {
    this.errorRaw('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineno, this.lineStart, 1, 0);
  }

  private finish(): void {
    const n = this.n;
    if (this.parens.length > 0) {
      this.tokens.push({ type: TokType.ERRORTOKEN, string: '', lineno: this.lineno, col: this.colOf(n, this.lineStart), endLineno: this.lineno, endCol: this.colOf(n, this.lineStart) });
      return;
    }
    // Implicit NEWLINE at end of file when the last logical line is unterminated.
    if (!this.lastIsLineStart()) {
      const col = this.colOf(n, this.lineStart);
      this.tokens.push({ type: TokType.NEWLINE, string: '', lineno: this.lineno, col, endLineno: this.lineno, endCol: col });
    }
    // CPython leaves EOF tokens on the last line, at its end, with no end column.
    let lineno = this.lineno;
    let ls = this.lineStart;
    if (ls === n && lineno > 1) {
      lineno--;
      ls = this.lineStarts[lineno - 1];
    }
    const col = this.colOf(n > ls && this.src.charCodeAt(n - 1) === 10 ? n - 1 : n, ls);
    while (this.indstack.length > 1) {
      this.indstack.pop();
      this.tokens.push({ type: TokType.DEDENT, string: '', lineno, col, endLineno: lineno, endCol: -1 });
    }
    this.tokens.push({ type: TokType.ENDMARKER, string: '', lineno, col, endLineno: lineno, endCol: -1 });
  }

  /** If a string prefix starts at `start` followed by a quote, tokenizes the string. */
  private tryString(start: number): boolean {
    const src = this.src;
    let p = start;
    let saw_b = false;
    let saw_r = false;
    let saw_u = false;
    let saw_f = false;
    for (;;) {
      const c = src.charCodeAt(p) | 0x20; // lower-case ASCII letters
      if (c === 98 && !saw_b && !saw_u && !saw_f) saw_b = true;
      else if (c === 114 && !saw_r && !saw_u) saw_r = true;
      else if (c === 117 && !saw_b && !saw_r && !saw_u && !saw_f) saw_u = true;
      else if (c === 102 && !saw_f && !saw_b && !saw_u) saw_f = true;
      else break;
      p++;
    }
    if (p === start) return false;
    const q = src.charCodeAt(p);
    if (q !== 39 && q !== 34) return false;
    // A letter run longer than the prefix (e.g. `rb2'`) is a NAME: the loop stops at it.
    this.string(start, p);
    return true;
  }

  /** Tokenizes a string literal whose prefix starts at `start` and quote at `qpos`. */
  private string(start: number, qpos: number): void {
    const src = this.src;
    const n = this.n;
    const quote = src.charCodeAt(qpos);
    const startLine = this.lineno;
    const startLineStart = this.lineStart;
    let p = qpos + 1;
    let triple = false;
    if (src.charCodeAt(p) === quote && src.charCodeAt(p + 1) === quote) {
      triple = true;
      p += 2;
    }
    for (;;) {
      if (p >= n) {
        const at = this.lineStart === n && this.lineno > 1 ? this.lineno - 1 : this.lineno;
        if (triple) {
          this.error('SyntaxError', `unterminated triple-quoted string literal (detected at line ${at})`, start, startLine, startLineStart);
        }
        this.error('SyntaxError', `unterminated string literal (detected at line ${at})`, start, startLine, startLineStart);
      }
      const c = src.charCodeAt(p);
      if (c === quote) {
        if (!triple) {
          p++;
          break;
        }
        if (src.charCodeAt(p + 1) === quote && src.charCodeAt(p + 2) === quote) {
          p += 3;
          break;
        }
        p++;
      } else if (c === 92) {
        // Backslash escapes the next character, including a newline and a quote.
        if (p + 1 < n && src.charCodeAt(p + 1) === 10) {
          p += 2;
          this.newline(p);
        } else p += 2;
      } else if (c === 10) {
        if (!triple) {
          this.error('SyntaxError', `unterminated string literal (detected at line ${this.lineno})`, start, startLine, startLineStart);
        }
        p++;
        this.newline(p);
      } else p++;
    }
    if (p > n) p = n;
    this.pos = p;
    this.push(TokType.STRING, src.slice(start, p), start, p, startLine, startLineStart);
  }

  /** Tokenizes a number (tok_get's number branch plus verify_end_of_number). */
  private number(start: number): void {
    const src = this.src;
    let p = start;
    let c = src.charCodeAt(p);
    const fail = (msg: string, at: number): never => this.error('SyntaxError', msg, at);
    // Reads digits with single underscores between them; returns the new position.
    const digits = (q: number, isOk: (ch: number) => boolean, kind: string): number => {
      for (;;) {
        while (isOk(src.charCodeAt(q))) q++;
        if (src.charCodeAt(q) !== 95) return q;
        q++;
        if (!isOk(src.charCodeAt(q))) {
          // tok_get: a decimal digit after the underscore of a binary or octal literal is
          // named ('0b1_2': "invalid digit '2' in binary literal").
          if ((kind === 'binary' || kind === 'octal') && isDigit(src.charCodeAt(q))) fail(`invalid digit '${src[q]}' in ${kind} literal`, q);
          fail(`invalid ${kind} literal`, q - 1);
        }
      }
    };
    if (c === 48) {
      const x = src.charCodeAt(p + 1) | 0x20;
      if (x === 120 || x === 111 || x === 98) {
        const isHex = (ch: number) => isDigit(ch) || ((ch | 0x20) >= 97 && (ch | 0x20) <= 102);
        const isOct = (ch: number) => ch >= 48 && ch <= 55;
        const isBin = (ch: number) => ch === 48 || ch === 49;
        const kind = x === 120 ? 'hexadecimal' : x === 111 ? 'octal' : 'binary';
        const ok = x === 120 ? isHex : x === 111 ? isOct : isBin;
        p += 2;
        if (src.charCodeAt(p) === 95) p++;
        if (!ok(src.charCodeAt(p))) {
          if (x !== 120 && isDigit(src.charCodeAt(p))) {
            fail(`invalid digit '${src[p]}' in ${kind} literal`, p);
          }
          fail(`invalid ${kind} literal`, p - 1);
        }
        p = digits(p, ok, kind);
        if (x !== 120 && isDigit(src.charCodeAt(p))) fail(`invalid digit '${src[p]}' in ${kind} literal`, p);
        this.verifyEnd(p, kind, start);
        this.pos = p;
        this.push(TokType.NUMBER, src.slice(start, p), start, p, this.lineno, this.lineStart);
        return;
      }
    }
    let isFloat = false;
    if (c !== 46) {
      p = digits(p, isDigit, 'decimal');
      c = src.charCodeAt(p);
      if (c === 46) {
        p++;
        isFloat = true;
        if (isDigit(src.charCodeAt(p))) p = digits(p, isDigit, 'decimal');
      }
    } else {
      p++;
      isFloat = true;
      p = digits(p, isDigit, 'decimal');
    }
    c = src.charCodeAt(p);
    if ((c | 0x20) === 101) {
      // Exponent. A sign must be followed by a digit (error just after the sign); with
      // no sign and no digit, the 'e' ends the number if it starts 'else', else it is
      // an invalid literal (verify_end_of_number on the 'e').
      let q = p + 1;
      const s = src.charCodeAt(q);
      if (s === 43 || s === 45) {
        if (!isDigit(src.charCodeAt(q + 1))) fail('invalid decimal literal', q);
        p = digits(q + 1, isDigit, 'decimal');
        isFloat = true;
      } else if (isDigit(s)) {
        p = digits(q, isDigit, 'decimal');
        isFloat = true;
      } else if (!src.startsWith('else', p)) {
        fail('invalid decimal literal', p - 1);
      }
      c = src.charCodeAt(p);
    }
    if ((c | 0x20) === 106) {
      p++;
      isFloat = true;
      this.verifyEnd(p, 'imaginary', start);
    } else {
      this.verifyEnd(p, 'decimal', start);
    }
    const text = src.slice(start, p);
    if (!isFloat && text.length > 1 && text.charCodeAt(0) === 48) {
      // Leading zeros are only allowed when every digit is zero.
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch !== 48 && ch !== 95) {
          // The range ends after the first non-zero digit (CPython's zeros_end): '0_7' is 1-3.
          this.error('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', start, this.lineno, this.lineStart, start + i);
        }
      }
    }
    this.pos = p;
    this.push(TokType.NUMBER, text, start, p, this.lineno, this.lineStart);
  }

  /** verify_end_of_number: a number directly followed by a name character is an error,
   *  except before the keywords CPython tolerates (and, else, for, if, in, is, not, or). */
  private verifyEnd(p: number, kind: string, start: number): void {
    const c = this.src.charCodeAt(p);
    // Only an ASCII name character (gh-88943): a non-ASCII one starts the next token, which is
    // then an invalid character ('1⁄7') or a name the parser refuses ('1é': invalid syntax).
    if (c >= 128 || !isIdChar(c)) return;
    for (const kw of ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or']) {
      if (this.src.startsWith(kw, p)) {
        // CPython 3.11 accepts these with a SyntaxWarning (parser_warn), a SyntaxError where
        // the warnings filters make it an error.
        const msg = `invalid ${kind} literal`;
        if (this.warnings && compileWarning('SyntaxWarning', msg, this.filename, this.lineno)) this.error('SyntaxError', msg, p - 1);
        return;
      }
    }
    const at = p - 1;
    this.error('SyntaxError', `invalid ${kind} literal`, at);
  }
}

function isAsciiString(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Converts a UTF-8 byte column in `line` to a character (code point) column. */
export function utf8ToCharOffset(line: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < byteCol; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    chars++;
  }
  return chars;
}
