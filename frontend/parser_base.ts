// The parser's foundation: token access, node positions, and the syntax-error machinery
// that orders errors exactly as CPython 3.11 does (see throwError), plus the helpers shared
// by the expression and statement rules (set_context, expression names, NUMBER values).
//
// The parser is three layers: ParserBase (this file) -> ExprParser (parser_expr.ts, the
// expression rules) -> Parser (parser.ts, the statement rules; parser_match.ts for match).
//
// Invariants: `this.p` indexes the next unconsumed token; the token stream always ends with
// ENDMARKER or an ERRORTOKEN, so reads never run past it. A node spans its first token's
// start to its last consumed token's end (tokens[p-1]), in UTF-8 byte columns.

import type * as A from './ast';
import { PySyntaxError, SyntaxErrorKind } from './syntaxerror';
import { Token, TokType, utf8ToCharOffset } from './tokenizer';
import type { StringContext } from './parser_strings';
import { Ellipsis, None, PyComplex, PyFloat, PyObject } from '../runtime/object';
import { getIntMaxStrDigits } from '../runtime/int_ops';

export type Loc = A.Located;

export const LOAD: A.Load = { _type: 'Load' };
export const STORE: A.Store = { _type: 'Store' };
export const DEL: A.Del = { _type: 'Del' };

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);

export const AUGASSIGN: Record<string, A.Operator['_type']> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod',
  '&=': 'BitAnd', '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift',
  '**=': 'Pow', '//=': 'FloorDiv',
};

export const COMPARE_OPS: Record<string, A.CmpOp['_type']> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: A.ExprNode): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === None) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (v === Ellipsis) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    default: {
      const never: never = e;
      return String(never);
    }
  }
}

export interface Unclosed {
  char: string;
  lineno: number;
  col: number;
}

export abstract class ParserBase implements StringContext {
  p = 0;
  /** Furthest token index reached before a backtrack (error location, as CPython's fill). */
  protected maxP = 0;
  /** Line and column shift for f-string sub-expressions (first line only for columns). */
  lineShift = 0;
  colShift = 0;
  /** Nesting of brackets at the current point (for "Perhaps you forgot a comma?"). */
  protected level = 0;
  /** Furthest token fetched by any attempt, incl. error probes (CPython's p->fill). */
  protected farP = 0;
  /** Errors that mean "no match here" (generic invalid syntax), as opposed to raised
   *  diagnostics; a probe of an invalid_* alternative ignores these and re-raises others. */
  protected readonly genericErrors = new WeakSet<PySyntaxError>();
  /** Token index where each generic error was located. */
  protected readonly genericAt = new WeakMap<PySyntaxError, number>();
  /** > 0 while reading an expression_without_invalid (CPython disables invalid_* there). */
  protected noInvalid = 0;
  /** True for the parser of an f-string replacement field's "(expr)". */
  isSub = false;

  constructor(
    readonly toks: Token[],
    protected readonly source: string,
    protected readonly lineStarts: number[],
    readonly filename: string,
    protected readonly unclosed: Unclosed | null,
    protected readonly tokError: PySyntaxError | null = null,
    protected readonly tokErrorOverrides = false,
  ) {}

  // ---- token helpers -------------------------------------------------------------

  /** @internal (parser_match.ts) */
  get cur(): Token {
    return this.toks[this.p];
  }
  /** @internal (parser_match.ts) */
  isOp(s: string): boolean {
    const t = this.toks[this.p];
    return t.type === TokType.OP && t.string === s;
  }
  /** @internal (parser_match.ts) */
  isKw(s: string): boolean {
    const t = this.toks[this.p];
    return t.type === TokType.NAME && t.string === s;
  }
  /** @internal (parser_match.ts) */
  peekOp(s: string, k = 1): boolean {
    const t = this.toks[this.p + k];
    return t !== undefined && t.type === TokType.OP && t.string === s;
  }
  /** @internal (parser_match.ts) */
  eatOp(s: string): boolean {
    if (this.isOp(s)) {
      this.p++;
      return true;
    }
    return false;
  }
  /** @internal (parser_match.ts) */
  eatKw(s: string): boolean {
    if (this.isKw(s)) {
      this.p++;
      return true;
    }
    return false;
  }
  /** @internal (parser_match.ts) */
  expectOp(s: string): Token {
    if (!this.isOp(s)) this.invalidSyntax();
    return this.toks[this.p++];
  }
  /** &&'x': a forced token; CPython reports "expected 'x'" at the current token. */
  protected expectForced(s: string): void {
    if (!this.isOp(s)) {
      this.raiseAt('SyntaxError', `expected '${s}'`, this.cur);
    }
    this.p++;
  }
  /** @internal (parser_match.ts) */
  expectName(): Token {
    const t = this.cur;
    if (t.type !== TokType.NAME || KEYWORDS.has(t.string)) this.invalidSyntax();
    this.p++;
    return t;
  }
  protected isNameTok(t: Token): boolean {
    return t.type === TokType.NAME && !KEYWORDS.has(t.string);
  }
  /** @internal (parser_match.ts) */
  get last(): Token {
    return this.toks[this.p - 1];
  }

  /** @internal (parser_match.ts) */
  loc(start: Token): Loc {
    const e = this.toks[this.p - 1];
    return { lineno: start.lineno, col_offset: start.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  protected locNodes(a: Loc, b: Loc): Loc {
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
  }
  protected locFrom(a: Loc): Loc {
    const e = this.toks[this.p - 1];
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }

  // ---- errors --------------------------------------------------------------------

  protected lineText(lineno: number): string | null {
    const s = this.lineStarts[lineno - 1 - this.lineShift];
    if (s === undefined) return null;
    let e = this.source.indexOf('\n', s);
    if (e < 0) e = this.source.length;
    return this.source.slice(s, e);
  }

  /** Raises an error spanning byte columns on given lines (RAISE_ERROR_KNOWN_LOCATION). */
  raiseRange(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): never {
    // In an f-string sub-parser, CPython reports columns in the "(expr)" text itself.
    if (this.isSub) {
      if (lineno - this.lineShift === 1) col -= this.colShift;
      if (endCol >= 0 && endLineno - this.lineShift === 1) endCol -= this.colShift;
    }
    const text = this.lineText(lineno);
    const offset = text === null ? col + 1 : utf8ToCharOffset(text, col) + 1;
    let endOffset = endCol < 0 ? -1 : endCol + 1;
    if (endCol >= 0) {
      const et = this.lineText(endLineno);
      endOffset = et === null ? endCol + 1 : utf8ToCharOffset(et, endCol) + 1;
    }
    this.throwError(new PySyntaxError(kind, msg, this.filename, lineno, offset, text === null ? null : text + '\n', endLineno, endOffset));
  }

  /** Raises with CPython's exact 1-based offsets. */
  raiseRaw(kind: SyntaxErrorKind, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number): never {
    const text = this.lineText(lineno);
    this.throwError(new PySyntaxError(kind, msg, this.filename, lineno, offset, text === null ? null : text + '\n', endLineno, endOffset));
  }

  /**
   * Every parser error goes through here, to be ordered against tokenizer errors as
   * CPython orders them (_PyPegen_set_syntax_error and
   * _PyPegen_tokenize_full_source_to_check_for_errors):
   *  1. if parsing reached the tokenizer's error token, the tokenizer error is raised;
   *  2. "unexpected indent/unindent" found by the parser stands as is;
   *  3. otherwise a later tokenizer error that CPython raises as an exception wins;
   *  4. otherwise a bracket left open where tokenizing stopped, opened on a line before
   *     the furthest token read, gives "'(' was never closed";
   *  5. otherwise the parser's error.
   */
  protected throwError(err: PySyntaxError, indentFromParser = false): never {
    const far = Math.min(Math.max(this.p, this.maxP, this.farP), this.toks.length - 1);
    this.farP = far;
    if (this.tokError !== null) {
      if (far >= this.toks.length - 1) throw this.tokError;
      if (!indentFromParser && this.tokErrorOverrides) throw this.tokError;
    }
    if (!indentFromParser && this.unclosed !== null && !this.isSub) {
      const t = this.toks[far];
      const line = t.type === TokType.ERRORTOKEN && this.tokError === null ? Number.MAX_SAFE_INTEGER : t.lineno;
      if (line > this.unclosed.lineno) this.raiseUnclosedNow();
    }
    throw err;
  }

  raiseAt(kind: SyntaxErrorKind, msg: string, t: Token): never {
    if (t.col < 0) {
      // INDENT/DEDENT carry no column (CPython: -1); report at the line start.
      this.raiseRange(kind, msg, t.lineno, 0, t.lineno, -1);
    }
    this.raiseRange(kind, msg, t.lineno, t.col, t.endLineno, t.endCol);
  }

  raiseNode(msg: string, n: Loc): never {
    this.raiseRange('SyntaxError', msg, n.lineno, n.col_offset, n.end_lineno ?? n.lineno, n.end_col_offset ?? -1);
  }

  /** StringContext.error: a string-literal error located at its token. */
  error(msg: string, tok: Token): never {
    this.raiseAt('SyntaxError', msg, tok);
  }

  /** StringContext.errorAfter: CPython's RAISE_SYNTAX_ERROR, at the token after the strings. */
  errorAfter(msg: string): never {
    this.raiseAt('SyntaxError', msg, this.cur);
  }

  /**
   * A NUMBER token's value. A decimal int literal with more digits than
   * sys.get_int_max_str_digits() allows is CPython's SyntaxError (the parser's PyLong_FromString
   * fails; the error names the line without columns).
   */
  numberValue(t: Token): PyObject {
    const v = parseNumber(t.string);
    if (typeof v === 'bigint') {
      const limit = getIntMaxStrDigits();
      const c1 = t.string.charCodeAt(1) | 0x20;
      const digits = t.string.length - (t.string.split('_').length - 1);
      if (limit > 0 && digits > limit && !(c1 === 120 || c1 === 111 || c1 === 98)) {
        this.raiseRaw(
          'SyntaxError',
          `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
          t.lineno, 0, t.endLineno, 0,
        );
      }
    }
    return v;
  }

  /**
   * The generic failure (_PyPegen_set_syntax_error): "invalid syntax" at the furthest
   * token, unless an earlier bracket is never closed or the input ended.
   */
  invalidSyntax(): never {
    const idx = Math.max(this.p, this.maxP);
    const t = this.toks[Math.min(idx, this.toks.length - 1)];
    if (t.type === TokType.ERRORTOKEN) {
      if (this.tokError !== null && !(this.tokError.msg === 'unexpected EOF while parsing' && this.unclosed !== null)) throw this.tokError;
      this.raiseUnclosedNow();
    }
    if (t.type === TokType.INDENT) this.unexpectedIndent(t);
    if (t.type === TokType.DEDENT) {
      const text = this.lineText(t.lineno);
      this.throwError(new PySyntaxError('IndentationError', 'unexpected unindent', this.filename, t.lineno, 0, text === null ? null : text + '\n', t.lineno, -1), true);
    }
    const save = this.p;
    this.p = this.toks.indexOf(t);
    try {
      this.raiseAt('SyntaxError', 'invalid syntax', t);
    } catch (e) {
      this.p = save;
      if (e instanceof PySyntaxError && e.msg === 'invalid syntax') {
        this.genericErrors.add(e);
        this.genericAt.set(e, this.toks.indexOf(t));
      }
      throw e;
    }
  }

  /**
   * PEG semantics for `left (op right)*` loops: when the right operand fails with a
   * generic "no match", the rule matches without the operator (position back at `at`),
   * and the furthest token read still counts for the error location. Returns false for
   * errors that must propagate (raised diagnostics, tokenizer errors).
   */
  protected backtrack(e: unknown, at: number): boolean {
    if (!(e instanceof PySyntaxError) || !this.genericErrors.has(e)) return false;
    const far = this.genericAt.get(e) ?? this.p;
    if (far > this.maxP) this.maxP = far;
    this.p = at;
    return true;
  }

  /**
   * Runs `f` as CPython runs an invalid_* alternative: a generic failure inside means
   * "no match" (returns null, position restored, but the tokens it read still count
   * as fetched), while a raised diagnostic propagates.
   */
  protected probe<T>(f: () => T): T | null {
    const save = this.p;
    const saveMax = this.maxP;
    try {
      const r = f();
      this.farP = Math.max(this.farP, this.p);
      return r;
    } catch (e) {
      if (!(e instanceof PySyntaxError) || !this.genericErrors.has(e)) throw e;
      return null;
    } finally {
      this.farP = Math.max(this.farP, this.p);
      this.p = save;
      this.maxP = saveMax;
    }
  }

  /** IndentationError: unexpected indent (CPython: offset = indentation width, no end). */
  protected unexpectedIndent(t: Token): never {
    const next = this.toks[this.toks.indexOf(t) + 1] ?? t;
    const text = this.lineText(t.lineno) ?? '';
    const idx = this.toks.indexOf(t);
    if (this.tokError !== null && idx + 1 >= this.toks.length - 1) throw this.tokError;
    const err = new PySyntaxError('IndentationError', 'unexpected indent', this.filename, t.lineno, utf8ToCharOffset(text, Math.max(next.col, 0)), text + '\n', t.lineno, -1);
    this.throwError(err, true);
  }

  /** "'(' was never closed" for the innermost bracket open where tokenizing stopped. */
  protected raiseUnclosedNow(): never {
    const u = this.unclosed as Unclosed;
    const text = this.lineText(u.lineno) ?? '';
    throw new PySyntaxError('SyntaxError', `'${u.char}' was never closed`, this.filename, u.lineno, utf8ToCharOffset(text, u.col) + 1, text + '\n', u.lineno, 0);
  }

  /** A custom (invalid_*) error located at a node; with invalid_* rules off, no match. */
  /** @internal (parser_match.ts) */
  fail(msg: string, n: Loc): never {
    if (this.noInvalid > 0) this.invalidSyntax();
    this.raiseNode(msg, n);
  }

  /** Index of a token object (error paths only: a linear search). */
  protected tokIndexOf(t: Token): number {
    return this.toks.indexOf(t);
  }

  /** Index of the token where a node starts (for error paths only: a linear search). */
  protected tokIndexAt(e: A.ExprNode): number {
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i];
      if (t.lineno === e.lineno && t.col === e.col_offset) return i;
    }
    return 0;
  }

  protected isParenthesizedStart(start: Token, e: A.ExprNode): boolean {
    return start.type === TokType.OP && start.string === '(' && (start.col !== e.col_offset || start.lineno !== e.lineno);
  }

  /** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
  protected invalidTarget(e: A.ExprNode, kind: 'assign' | 'del' | 'for'): A.ExprNode | null {
    switch (e._type) {
      case 'Name': case 'Attribute': case 'Subscript':
        return null;
      case 'Starred':
        if (kind === 'del') return e;
        return this.invalidTarget(e.value, kind);
      case 'Tuple': case 'List':
        for (const x of e.elts) {
          const b = this.invalidTarget(x, kind);
          if (b !== null) return b;
        }
        return null;
      case 'Compare':
        // `for x in y in z`-style targets report the left side (CPython special case).
        if (kind === 'for' && e.ops[0]._type === 'In') return this.invalidTarget(e.left, kind);
        return e;
      default:
        return e;
    }
  }

  /** _PyPegen_set_expr_context with the invalid-target errors of RAISE_SYNTAX_ERROR_INVALID_TARGET. */
  setContext(e: A.ExprNode, ctx: A.ExprContext, kind: 'assign' | 'del' | 'for'): void {
    switch (e._type) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        e.ctx = ctx;
        return;
      case 'Starred':
        if (kind === 'del') this.fail('cannot delete starred', e);
        e.ctx = ctx;
        this.setContext(e.value, ctx, kind);
        return;
      case 'Tuple':
      case 'List':
        e.ctx = ctx;
        for (const x of e.elts) this.setContext(x, ctx, kind);
        return;
      default: {
        const verb = kind === 'del' ? 'delete' : 'assign to';
        this.fail(`cannot ${verb} ${exprName(e)}`, e);
      }
    }
  }

  /** StringContext.parseSubExpression, implemented by the expression parser. */
  abstract parseSubExpression(text: string, lineno: number, col: number, firstLine: boolean): A.ExprNode;
}

/** The expression a trailing disjunction ends (Starred/NamedExpr value, lambda body, else branch). */
export function trailingDisjunction(e: A.ExprNode): A.ExprNode {
  for (;;) {
    switch (e._type) {
      case 'Starred':
      case 'NamedExpr':
        e = e.value;
        break;
      case 'Lambda':
        e = e.body;
        break;
      case 'IfExp':
        e = e.orelse;
        break;
      default:
        return e;
    }
  }
}

/** NUMBER token text -> Constant.value (int: number or bigint; float: PyFloat; imaginary: PyComplex). */
export function parseNumber(text: string): PyObject {
  let s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 106) {
    s = s.slice(0, -1);
    return new PyComplex(0, Number(s));
  }
  const c1 = s.charCodeAt(1) | 0x20;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    const v = BigInt('0' + String.fromCharCode(c1) + s.slice(2));
    return normInt(v);
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || (c | 0x20) === 101) return new PyFloat(Number(s));
  }
  if (s.length < 16) return parseInt(s, 10);
  return normInt(BigInt(s));
}

function normInt(v: bigint): number | bigint {
  if (v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
  return v;
}
