// The Python 3.11 parser: tokens -> the AST CPython's ast.parse produces (frontend/ast.ts).
//
// Hand-written recursive descent that mirrors CPython's PEG grammar (Grammar/python.gram);
// each method is headed by the rule it implements. Where the PEG grammar backtracks
// (assignment targets vs. expressions) this parser parses the expression once and then
// converts it to a target (set_context, in parser_targets.ts), which yields the same tree.
// Syntax errors reproduce the messages of CPython's invalid_* rules for common mistakes
// (parser_errors.ts); anything else is "invalid syntax" at the token where parsing stopped.
//
// Invariants: `this.p` indexes the next unconsumed token; the token stream always ends with
// ENDMARKER (or ERRORTOKEN for end of input inside brackets), so reads never run past it.
// Positions: a node spans its first token's start to its last consumed token's end
// (tokens[p-1]), in UTF-8 byte columns.

import type * as A from './ast';
import { PySyntaxError, SyntaxErrorKind } from './syntaxerror';
import { Token, TokType, tokenize, utf8ToCharOffset } from './tokenizer';
import { concatenateStrings, StringContext } from './parser_strings';
import { parseMatchStmt } from './parser_match';
import { Ellipsis, None, PyComplex, PyFloat, PyObject } from '../runtime/object';

type Loc = A.Located;

const LOAD: A.Load = { _type: 'Load' };
const STORE: A.Store = { _type: 'Store' };
const DEL: A.Del = { _type: 'Del' };

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);

const AUGASSIGN: Record<string, A.Operator['_type']> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod',
  '&=': 'BitAnd', '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift',
  '**=': 'Pow', '//=': 'FloorDiv',
};

const COMPARE_OPS: Record<string, A.CmpOp['_type']> = {
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

/** Parses a module (file_rule). Throws PySyntaxError. */
export function parse(source: string, filename: string): A.Module {
  const t = tokenize(source, filename);
  const p = new Parser(t.tokens, t.source, t.lineStarts, filename, t.unclosed, t.error, t.errorOverrides);
  return p.file();
}

/** Parses a single expression (eval_input), e.g. for tests and tools. */
export function parseExpression(source: string, filename = '<unknown>'): A.ExprNode {
  const t = tokenize(source, filename);
  const p = new Parser(t.tokens, t.source, t.lineStarts, filename, t.unclosed, t.error, t.errorOverrides);
  return p.evalInput();
}

interface Unclosed { char: string; lineno: number; col: number }

export class Parser implements StringContext {
  p = 0;
  /** Furthest token index reached before a backtrack (error location, as CPython's fill). */
  private maxP = 0;
  /** Line and column shift for f-string sub-expressions (first line only for columns). */
  lineShift = 0;
  colShift = 0;
  /** Nesting of brackets at the current point (for "Perhaps you forgot a comma?"). */
  private level = 0;
  /** Furthest token fetched by any attempt, incl. error probes (CPython's p->fill). */
  private farP = 0;
  /** Errors that mean "no match here" (generic invalid syntax), as opposed to raised
   *  diagnostics; a probe of an invalid_* alternative ignores these and re-raises others. */
  private readonly genericErrors = new WeakSet<PySyntaxError>();
  /** > 0 while reading an expression_without_invalid (CPython disables invalid_* there). */
  private noInvalid = 0;
  /** True for the parser of an f-string replacement field's "(expr)". */
  isSub = false;

  constructor(
    readonly toks: Token[],
    private readonly source: string,
    private readonly lineStarts: number[],
    readonly filename: string,
    private readonly unclosed: Unclosed | null,
    private readonly tokError: PySyntaxError | null = null,
    private readonly tokErrorOverrides = false,
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
  private expectForced(s: string): void {
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
  private isNameTok(t: Token): boolean {
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
  private locNodes(a: Loc, b: Loc): Loc {
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
  }
  private locFrom(a: Loc): Loc {
    const e = this.toks[this.p - 1];
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }

  // ---- errors --------------------------------------------------------------------

  private lineText(lineno: number): string | null {
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
  private throwError(err: PySyntaxError, indentFromParser = false): never {
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
      if (e instanceof PySyntaxError && e.msg === 'invalid syntax') this.genericErrors.add(e);
      throw e;
    }
  }

  /**
   * Runs `f` as CPython runs an invalid_* alternative: a generic failure inside means
   * "no match" (returns null, position restored, but the tokens it read still count
   * as fetched), while a raised diagnostic propagates.
   */
  private probe<T>(f: () => T): T | null {
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
  private unexpectedIndent(t: Token): never {
    const next = this.toks[this.toks.indexOf(t) + 1] ?? t;
    const text = this.lineText(t.lineno) ?? '';
    const idx = this.toks.indexOf(t);
    if (this.tokError !== null && idx + 1 >= this.toks.length - 1) throw this.tokError;
    const err = new PySyntaxError('IndentationError', 'unexpected indent', this.filename, t.lineno, utf8ToCharOffset(text, Math.max(next.col, 0)), text + '\n', t.lineno, -1);
    this.throwError(err, true);
  }

  /** "'(' was never closed" for the innermost bracket open where tokenizing stopped. */
  private raiseUnclosedNow(): never {
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

  // ---- file / statements ---------------------------------------------------------

  /** file: [statements] ENDMARKER */
  file(): A.Module {
    const body: A.StmtNode[] = [];
    while (this.cur.type !== TokType.ENDMARKER) {
      if (this.cur.type === TokType.INDENT) this.unexpectedIndent(this.cur);
      if (this.cur.type === TokType.ERRORTOKEN) this.invalidSyntax();
      this.statement(body);
    }
    return { _type: 'Module', body, type_ignores: [] };
  }

  /** eval_input: expressions NEWLINE* ENDMARKER */
  evalInput(): A.ExprNode {
    const e = this.expressions();
    while (this.cur.type === TokType.NEWLINE) this.p++;
    if (this.cur.type !== TokType.ENDMARKER) this.invalidSyntax();
    return e;
  }

  /** fstring: star_expressions (the "(" expr ")" of an f-string replacement field) */
  fstringInput(): A.ExprNode {
    const e = this.starExpressions();
    while (this.cur.type === TokType.NEWLINE) this.p++;
    if (this.cur.type !== TokType.ENDMARKER) this.invalidSyntax();
    return e;
  }

  /** statement: compound_stmt | simple_stmts */
  private statement(out: A.StmtNode[]): void {
    const t = this.cur;
    if (t.type === TokType.NAME) {
      switch (t.string) {
        case 'def': out.push(this.functionDef([], t)); return;
        case 'if': out.push(this.ifStmt()); return;
        case 'class': out.push(this.classDef([], t)); return;
        case 'with': out.push(this.withStmt()); return;
        case 'for': out.push(this.forStmt()); return;
        case 'try': out.push(this.tryStmt()); return;
        case 'while': out.push(this.whileStmt()); return;
        case 'async': {
          // ASYNC ('def' | 'for' | 'with'): the node starts at 'async'.
          const nx = this.toks[this.p + 1];
          if (nx.type === TokType.NAME) {
            if (nx.string === 'def') {
              out.push(this.functionDef([], t, true));
              return;
            }
            if (nx.string === 'for') {
              out.push(this.forStmt(true));
              return;
            }
            if (nx.string === 'with') {
              out.push(this.withStmt(true));
              return;
            }
          }
          this.p++;
          this.invalidSyntax();
          break;
        }
        case 'match':
          if (this.looksLikeMatch()) {
            out.push(parseMatchStmt(this));
            return;
          }
          break;
        default:
          break;
      }
    } else if (t.type === TokType.OP && t.string === '@') {
      out.push(this.decorated());
      return;
    }
    this.simpleStmts(out);
  }

  /** match_stmt lookahead: "match" subject ':' NEWLINE (a soft keyword). */
  private looksLikeMatch(): boolean {
    const nx = this.toks[this.p + 1];
    if (nx.type === TokType.OP && !['(', '[', '{', '-', '*', '~', '+', '...'].includes(nx.string)) return false;
    if (nx.type === TokType.NEWLINE || nx.type === TokType.ENDMARKER) return false;
    let depth = 0;
    for (let i = this.p + 1; i < this.toks.length; i++) {
      const k = this.toks[i];
      if (k.type === TokType.NEWLINE || k.type === TokType.ENDMARKER) {
        const prev = this.toks[i - 1];
        return prev.type === TokType.OP && prev.string === ':';
      }
      if (k.type === TokType.OP) {
        if (k.string === '(' || k.string === '[' || k.string === '{') depth++;
        else if (k.string === ')' || k.string === ']' || k.string === '}') depth--;
        else if (depth === 0 && (k.string === '=' || AUGASSIGN[k.string] !== undefined)) return false;
      }
    }
    return false;
  }

  /** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
  private simpleStmts(out: A.StmtNode[]): void {
    out.push(this.simpleStmt());
    while (this.isOp(';')) {
      this.p++;
      if (this.cur.type === TokType.NEWLINE) break;
      out.push(this.simpleStmt());
    }
    if (this.cur.type !== TokType.NEWLINE) {
      // CPython's invalid_expression alternatives read on before failing (which can
      // reach an unclosed bracket's end of input); then the generic error stands.
      if (this.startsExpression()) this.probeWithoutInvalid(() => this.expression());
      this.invalidSyntax();
    }
    this.p++;
  }

  private probeWithoutInvalid(f: () => unknown): void {
    this.noInvalid++;
    try {
      this.probe(f);
    } finally {
      this.noInvalid--;
    }
  }

  /**
   * invalid_for_target: 'for' star_expressions without a following 'in' -> the
   * star_expressions are read (raising what they raise) and an invalid target is named.
   */
  private forTargetError(forIndex: number): never {
    const save = this.p;
    this.p = forIndex + 1;
    const e = this.probe(() => {
      const x = this.starExpressions();
      if (!this.isKw('in')) this.maybeMissingComma(x);
      return x;
    });
    this.p = save;
    if (e !== null) {
      const bad = this.invalidTarget(e, 'for');
      if (bad !== null) this.fail(`cannot assign to ${exprName(bad)}`, bad);
    }
    this.invalidSyntax();
  }

  /** simple_stmt: assignment | star_expressions | return | import | raise | pass | ... */
  private simpleStmt(): A.StmtNode {
    const t = this.cur;
    if (t.type === TokType.NAME) {
      switch (t.string) {
        case 'return': {
          this.p++;
          const value = this.atStmtEnd() ? null : this.starExpressions();
          return { _type: 'Return', value, ...this.loc(t) };
        }
        case 'import': return this.importName();
        case 'from': return this.importFrom();
        case 'raise': return this.raiseStmt();
        case 'pass': this.p++; return { _type: 'Pass', ...this.loc(t) };
        case 'break': this.p++; return { _type: 'Break', ...this.loc(t) };
        case 'continue': this.p++; return { _type: 'Continue', ...this.loc(t) };
        case 'del': return this.delStmt();
        case 'assert': {
          this.p++;
          const test = this.expression();
          const msg = this.eatOp(',') ? this.expression() : null;
          return { _type: 'Assert', test, msg, ...this.loc(t) };
        }
        case 'global':
        case 'nonlocal': {
          this.p++;
          const names = [this.expectName().string];
          while (this.eatOp(',')) names.push(this.expectName().string);
          return t.string === 'global' ? { _type: 'Global', names, ...this.loc(t) } : { _type: 'Nonlocal', names, ...this.loc(t) };
        }
        default:
          break;
      }
    }
    return this.assignmentOrExpr();
  }

  private atStmtEnd(): boolean {
    const t = this.cur;
    return t.type === TokType.NEWLINE || (t.type === TokType.OP && t.string === ';') || t.type === TokType.ENDMARKER;
  }

  /**
   * assignment | star_expressions:
   *   NAME ':' expression ['=' annotated_rhs]
   *   ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
   *   (star_targets '=')+ (yield_expr | star_expressions) !'='
   *   single_target augassign ~ (yield_expr | star_expressions)
   */
  private assignmentOrExpr(): A.StmtNode {
    const start = this.cur;
    const first = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    const t = this.cur;
    if (t.type === TokType.OP) {
      if (t.string === '=') return this.assignment(start, first);
      if (t.string === ':') {
        this.p++;
        const target = first;
        if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript' && !this.startsExpression()) {
          // The invalid_assignment alternatives need an annotation expression after ':'.
          this.p--;
          this.invalidSyntax();
        }
        let simple = 0;
        if (target._type === 'Name') simple = start.type === TokType.OP && start.string === '(' ? 0 : 1;
        else if (target._type === 'Attribute' || target._type === 'Subscript') simple = 0;
        else if (target._type === 'Tuple') {
          const parenthesized = start.type === TokType.OP && start.string === '(';
          this.fail('only single target (not tuple) can be annotated', parenthesized || target.elts.length === 0 ? target : target.elts[0]);
        }
        else if (target._type === 'List') this.fail('only single target (not list) can be annotated', target);
        else this.fail('illegal target for annotation', target);
        this.setContext(target, STORE, 'assign');
        const annotation = this.expression();
        let value: A.ExprNode | null = null;
        if (this.eatOp('=')) value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        return { _type: 'AnnAssign', target, annotation, value, simple, ...this.loc(start) };
      }
      const aug = AUGASSIGN[t.string];
      if (aug !== undefined) {
        if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
          this.fail(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
        }
        this.setContext(first, STORE, 'assign');
        this.p++;
        const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        return { _type: 'AugAssign', target: first, op: { _type: aug } as A.Operator, value, ...this.loc(start) };
      }
    }
    if (!this.atStmtEnd()) this.stmtEndError(first);
    return { _type: 'Expr', value: first, ...this.loc(start) };
  }

  /** The statement did not end where expected: CPython's invalid_* diagnoses. */
  private stmtEndError(first: A.ExprNode): never {
    const t = this.cur;
    if (t.type === TokType.OP && t.string === ':=') {
      this.fail(`cannot use assignment expressions with ${exprName(first)}`, first);
    }
    // invalid_legacy_expression: NAME !'(' star_expressions (print x / exec x); the
    // probe also reads on (CPython's invalid_expression does), which matters for the
    // "never closed" check and for errors raised while reading (string concatenation).
    if (first._type === 'Name' && first.id === 'match' && t.type === TokType.NEWLINE && this.toks[this.tokIndexAt(first) + 1] !== t) {
      // invalid_match_stmt: "match" subject_expr !':'
      this.raiseAt('SyntaxError', "expected ':'", t);
    }
    if (first._type === 'Name' && !(t.type === TokType.OP && t.string === '(')) {
      this.noInvalid++;
      let rest: A.ExprNode | null;
      try {
        rest = this.probe(() => this.starExpressions());
      } finally {
        this.noInvalid--;
      }
      if (rest !== null && (first.id === 'print' || first.id === 'exec')) {
        this.fail(`Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`, this.locNodes(first, rest));
      }
    } else if (this.startsExpression()) {
      this.noInvalid++;
      try {
        this.probe(() => this.expression());
      } finally {
        this.noInvalid--;
      }
    }
    this.invalidSyntax();
  }

  /** (star_targets '=')+ (yield_expr | star_expressions) !'=' */
  private assignment(start: Token, first: A.ExprNode): A.StmtNode {
    const targets: A.ExprNode[] = [first];
    let value: A.ExprNode = first;
    while (this.eatOp('=')) {
      value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      targets.push(value);
    }
    targets.pop();
    if (targets.length >= 2 && targets[0]._type === 'Name' && targets.some((x) => this.invalidTarget(x, 'assign') !== null)) {
      // invalid_named_expression: NAME '=' bitwise_or !('='|':='), where the bitwise_or
      // is the leftmost operand of the next element when that element is more than one.
      let b: A.ExprNode = targets[1];
      let descended = false;
      for (;;) {
        if (b._type === 'BoolOp') b = b.values[0];
        else if (b._type === 'Compare') b = b.left;
        else if (b._type === 'IfExp') b = b.body;
        else if (b._type === 'Tuple' && !this.isParenthesizedStart(this.toks[this.tokIndexAt(b)], b) && b.elts.length > 0 && b.elts[0]._type !== 'Starred') b = b.elts[0];
        else break;
        descended = true;
      }
      if (descended && b._type !== 'Lambda' && !(b._type === 'UnaryOp' && b.op._type === 'Not')) {
        this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.locNodes(targets[0], b));
      }
    }
    for (let i = 0; i < targets.length; i++) {
      const tg = targets[i];
      if (i === 0 && targets.length === 1) {
        // invalid_named_expression: `f(x) = 1` -> "... here. Maybe you meant '==' ...?"
        const bad = this.invalidTarget(tg, 'assign');
        if (bad !== null) {
          const excluded = tg._type === 'List' || tg._type === 'Tuple' || tg._type === 'GeneratorExp' ||
            (tg._type === 'Constant' && (tg.value === true || tg.value === false || tg.value === None)) ||
            tg._type === 'Starred' || tg._type === 'Compare' || tg._type === 'BoolOp' ||
            (tg._type === 'UnaryOp' && tg.op._type === 'Not') || tg._type === 'Lambda' || tg._type === 'IfExp' ||
            tg._type === 'Yield' || tg._type === 'YieldFrom' || tg._type === 'NamedExpr';
          if (!excluded && !this.isParenthesizedStart(start, tg)) {
            this.fail(`cannot assign to ${exprName(tg)} here. Maybe you meant '==' instead of '='?`, tg);
          }
        }
      }
      if (tg._type === 'Yield' || tg._type === 'YieldFrom') this.fail('assignment to yield expression not possible', tg);
      this.setContext(tg, STORE, 'assign');
    }
    return { _type: 'Assign', targets, value, type_comment: null, ...this.loc(start) };
  }

  /** Index of a token object (error paths only: a linear search). */
  private tokIndexOf(t: Token): number {
    return this.toks.indexOf(t);
  }

  /** Index of the token where a node starts (for error paths only: a linear search). */
  private tokIndexAt(e: A.ExprNode): number {
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i];
      if (t.lineno === e.lineno && t.col === e.col_offset) return i;
    }
    return 0;
  }

  private isParenthesizedStart(start: Token, e: A.ExprNode): boolean {
    return start.type === TokType.OP && start.string === '(' && (start.col !== e.col_offset || start.lineno !== e.lineno);
  }

  /** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
  private invalidTarget(e: A.ExprNode, kind: 'assign' | 'del' | 'for'): A.ExprNode | null {
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

  /** del_stmt: 'del' del_targets &(';' | NEWLINE) */
  private delStmt(): A.StmtNode {
    const t = this.cur;
    this.p++;
    const targets: A.ExprNode[] = [];
    do {
      if (this.atStmtEnd()) break;
      const e = this.bitwiseOr();
      this.setContext(e, DEL, 'del');
      targets.push(e);
    } while (this.eatOp(','));
    if (targets.length === 0 || !this.atStmtEnd()) {
      if (!this.atStmtEnd() && targets.length > 0) {
        // invalid_del_stmt: 'del' star_expressions
        const save = this.p;
        this.p = t === this.toks[save] ? save : this.toks.indexOf(t) + 1;
        const e = this.starExpressions();
        const bad = this.invalidTarget(e, 'del');
        if (bad !== null) this.fail(`cannot delete ${exprName(bad)}`, bad);
        this.p = save;
      }
      this.invalidSyntax();
    }
    return { _type: 'Delete', targets, ...this.loc(t) };
  }

  /** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
  private raiseStmt(): A.StmtNode {
    const t = this.cur;
    this.p++;
    let exc: A.ExprNode | null = null;
    let cause: A.ExprNode | null = null;
    if (!this.atStmtEnd()) {
      exc = this.expression();
      if (this.eatKw('from')) cause = this.expression();
    }
    return { _type: 'Raise', exc, cause, ...this.loc(t) };
  }

  /** import_name: 'import' dotted_as_names */
  private importName(): A.StmtNode {
    const t = this.cur;
    this.p++;
    const names: A.Alias[] = [];
    do {
      const s = this.cur;
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.eatKw('as')) asname = this.expectName().string;
      names.push({ _type: 'alias', name, asname, ...this.loc(s) });
    } while (this.eatOp(','));
    return { _type: 'Import', names, ...this.loc(t) };
  }

  /** dotted_name: dotted_name '.' NAME | NAME */
  private dottedName(): string {
    let name = this.expectName().string;
    while (this.isOp('.')) {
      this.p++;
      name += '.' + this.expectName().string;
    }
    return name;
  }

  /** import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | 'from' ('.' | '...')+ 'import' ... */
  private importFrom(): A.StmtNode {
    const t = this.cur;
    this.p++;
    let level = 0;
    for (;;) {
      if (this.eatOp('.')) level++;
      else if (this.eatOp('...')) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.isKw('import')) module = this.dottedName();
    else if (level === 0) this.invalidSyntax();
    if (!this.eatKw('import')) this.invalidSyntax();
    const names: A.Alias[] = [];
    if (this.isOp('*')) {
      const s = this.cur;
      this.p++;
      names.push({ _type: 'alias', name: '*', asname: null, ...this.loc(s) });
    } else {
      const paren = this.eatOp('(');
      do {
        if (paren && this.isOp(')')) break;
        if (!paren && names.length > 0 && this.atStmtEnd()) {
          this.raiseAt('SyntaxError', 'trailing comma not allowed without surrounding parentheses', this.cur);
        }
        const s = this.cur;
        const name = this.expectName().string;
        let asname: string | null = null;
        if (this.eatKw('as')) asname = this.expectName().string;
        names.push({ _type: 'alias', name, asname, ...this.loc(s) });
      } while (this.eatOp(','));
      if (paren) this.expectOp(')');
      else if (this.last.string === ',' && this.last.type === TokType.OP) {
        this.raiseAt('SyntaxError', 'trailing comma not allowed without surrounding parentheses', this.last);
      }
    }
    return { _type: 'ImportFrom', module, names, level, ...this.loc(t) };
  }

  // ---- compound statements ---------------------------------------------------------

  /**
   * block: NEWLINE INDENT statements DEDENT | simple_stmts
   * (invalid_block / invalid_*_stmt: "expected an indented block after ...")
   */
  /** @internal (parser_match.ts) */
  block(what: string, line: number): A.StmtNode[] {
    const body: A.StmtNode[] = [];
    if (this.cur.type === TokType.NEWLINE) {
      this.p++;
      const t = this.cur;
      if (t.type !== TokType.INDENT) {
        if (t.type === TokType.DEDENT && t.col < 0) {
          const text = this.lineText(t.lineno);
          this.throwError(new PySyntaxError('IndentationError', `expected an indented block after ${what} on line ${line}`, this.filename, t.lineno, 0, text === null ? null : text + '\n', t.lineno, -1));
        }
        this.raiseAt('IndentationError', `expected an indented block after ${what} on line ${line}`, t);
      }
      this.p++;
      for (;;) {
        const k = this.toks[this.p];
        if (k.type === TokType.DEDENT) {
          this.p++;
          break;
        }
        if (k.type === TokType.ENDMARKER) break;
        if (k.type === TokType.INDENT) this.unexpectedIndent(k);
        if (k.type === TokType.ERRORTOKEN) this.invalidSyntax();
        this.statement(body);
      }
      return body;
    }
    this.simpleStmts(body);
    return body;
  }

  /** ':' before a block, for rules with invalid_*: "expected ':'" only before NEWLINE. */
  /** @internal (parser_match.ts) */
  colon(): void {
    if (this.isOp(':')) {
      this.p++;
      return;
    }
    if (this.cur.type === TokType.NEWLINE) this.raiseAt('SyntaxError', "expected ':'", this.cur);
    this.invalidSyntax();
  }

  /**
   * The end of a compound statement: the last token consumed that is not NEWLINE,
   * INDENT or DEDENT (_PyPegen_get_last_nonnwhitespace_token), so a trailing ';' of
   * the last simple statement counts.
   */
  /** @internal (parser_match.ts) */
  endOf(_body: A.StmtNode[]): Loc {
    let i = this.p - 1;
    while (i > 0) {
      const k = this.toks[i].type;
      if (k !== TokType.NEWLINE && k !== TokType.INDENT && k !== TokType.DEDENT) break;
      i--;
    }
    const t = this.toks[i];
    return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
  }

  /** if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block] */
  private ifStmt(): A.If {
    const t = this.cur;
    this.p++;
    const test = this.namedExpression();
    this.colon();
    const body = this.block(`'${t.string}' statement`, t.lineno);
    let orelse: A.StmtNode[] = [];
    if (this.isKw('elif')) {
      orelse = [this.ifStmt()];
    } else if (this.isKw('else')) {
      const e = this.cur;
      this.p++;
      this.expectForced(':');
      orelse = this.block("'else' statement", e.lineno);
    }
    const end = this.endOf(orelse.length ? orelse : body);
    return { _type: 'If', test, body, orelse, lineno: t.lineno, col_offset: t.col, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset };
  }

  /** while_stmt: 'while' named_expression ':' block [else_block] */
  private whileStmt(): A.While {
    const t = this.cur;
    this.p++;
    const test = this.namedExpression();
    this.colon();
    const body = this.block("'while' statement", t.lineno);
    const orelse = this.elseBlock();
    const end = this.endOf(orelse.length ? orelse : body);
    return { _type: 'While', test, body, orelse, lineno: t.lineno, col_offset: t.col, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset };
  }

  /** else_block: 'else' &&':' block */
  private elseBlock(): A.StmtNode[] {
    if (!this.isKw('else')) return [];
    const e = this.cur;
    this.p++;
    this.expectForced(':');
    return this.block("'else' statement", e.lineno);
  }

  /** for_stmt: 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block] */
  private forStmt(isAsync = false): A.For | A.AsyncFor {
    const t = this.cur;
    if (isAsync) this.p++;
    const forIndex = this.p;
    this.p++;
    const target = this.starTargets('for');
    if (!this.eatKw('in')) this.forTargetError(forIndex);
    const iter = this.starExpressions();
    this.colon();
    const body = this.block("'for' statement", t.lineno);
    const orelse = this.elseBlock();
    const end = this.endOf(orelse.length ? orelse : body);
    const lo = { lineno: t.lineno, col_offset: t.col, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset };
    if (isAsync) return { _type: 'AsyncFor', target, iter, body, orelse, type_comment: null, ...lo };
    return { _type: 'For', target, iter, body, orelse, type_comment: null, ...lo };
  }

  /**
   * star_targets: star_target !',' | star_target (',' star_target)* [',']
   * Parsed as primaries (so 'in' and '=' end them), then given Store context.
   */
  private starTargets(kind: 'for' | 'assign'): A.ExprNode {
    const start = this.cur;
    const first = this.starTarget();
    if (!this.isOp(',')) {
      this.setContext(first, STORE, kind);
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isKw('in') || this.isOp('=') || this.isOp(')') || this.isOp(':')) break;
      elts.push(this.starTarget());
    }
    const tup: A.Tuple = { _type: 'Tuple', elts, ctx: STORE, ...this.loc(start) };
    this.setContext(tup, STORE, kind);
    return tup;
  }

  private starTarget(): A.ExprNode {
    const t = this.cur;
    if (this.eatOp('*')) {
      // star_target: '*' (!'*' star_target)
      if (this.isOp('*')) this.invalidSyntax();
      const value = this.starTarget();
      return { _type: 'Starred', value, ctx: STORE, ...this.loc(t) };
    }
    const save = this.p;
    const e = this.bitwiseOr();
    if (this.isKw('in') || this.isOp('=') || this.isOp(',') || this.isOp(':') || this.isOp(')')) return e;
    // Something like `for x.y z in ...`: let the generic path report it.
    this.p = save;
    return this.bitwiseOr();
  }

  /** with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block */
  private withStmt(isAsync = false): A.With | A.AsyncWith {
    const t = this.cur;
    if (isAsync) this.p++;
    this.p++;
    let items: A.WithItem[] | null = null;
    if (this.isOp('(')) {
      const save = this.p;
      const saveLevel = this.level;
      try {
        this.p++;
        this.level++;
        const its: A.WithItem[] = [];
        do {
          if (this.isOp(')')) break;
          its.push(this.withItem());
        } while (this.eatOp(','));
        this.level--;
        if (this.isOp(')') && this.peekOp(':')) {
          this.p++;
          items = its;
        } else {
          this.maxP = Math.max(this.maxP, this.p);
          this.p = save;
        }
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        this.p = save;
      }
      this.level = saveLevel;
    }
    if (items === null) {
      items = [];
      do items.push(this.withItem());
      while (this.eatOp(','));
    }
    if (!this.isOp(':')) {
      if (this.cur.type === TokType.NEWLINE) this.raiseAt('SyntaxError', "expected ':'", this.cur);
      this.invalidSyntax();
    }
    this.p++;
    const body = this.block("'with' statement", t.lineno);
    const end = this.endOf(body);
    const lo = { lineno: t.lineno, col_offset: t.col, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset };
    if (isAsync) return { _type: 'AsyncWith', items, body, type_comment: null, ...lo };
    return { _type: 'With', items, body, type_comment: null, ...lo };
  }

  /** with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
  private withItem(): A.WithItem {
    const context_expr = this.expression();
    let optional_vars: A.ExprNode | null = null;
    if (this.eatKw('as')) {
      optional_vars = this.starTarget();
      if (!(this.isOp(',') || this.isOp(')') || this.isOp(':') || this.cur.type === TokType.NEWLINE)) this.invalidSyntax();
      this.setContext(optional_vars, STORE, 'assign');
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  /** try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block] | except_star_block+ ...) */
  private tryStmt(): A.Try | A.TryStar {
    const t = this.cur;
    this.p++;
    this.expectForced(':');
    const body = this.block("'try' statement", t.lineno);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const e = this.cur;
      this.p++;
      const isStar = this.eatOp('*');
      if (star === null) star = isStar;
      else if (star !== isStar) {
        this.raiseAt('SyntaxError', "cannot have both 'except' and 'except*' on the same 'try'", e);
      }
      let type: A.ExprNode | null = null;
      let name: string | null = null;
      if (isStar && this.isOp(':')) this.raiseAt('SyntaxError', 'expected one or more exception types', this.cur);
      if (!this.isOp(':')) {
        if (isStar && (this.cur.type === TokType.NEWLINE || this.isOp(':'))) this.raiseAt('SyntaxError', 'expected one or more exception types', this.cur);
        type = this.expression();
        if (this.isOp(',')) {
          // invalid_except_stmt: 'except' expression ',' expressions ['as' NAME ] ':'
          const save = this.p;
          this.p++;
          const rest = this.expressions();
          if (this.isKw('as') || this.isOp(':')) {
            this.fail('multiple exception types must be parenthesized', this.locNodes(type, rest));
          }
          this.p = save;
        }
        if (this.eatKw('as')) name = this.expectName().string;
      }
      this.colon();
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", e.lineno);
      const end = this.endOf(hbody);
      handlers.push({ _type: 'ExceptHandler', type, name, body: hbody, lineno: e.lineno, col_offset: e.col, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset });
    }
    const orelse = handlers.length ? this.elseBlock() : [];
    let finalbody: A.StmtNode[] = [];
    if (this.isKw('finally')) {
      const f = this.cur;
      this.p++;
      this.expectForced(':');
      finalbody = this.block("'finally' statement", f.lineno);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      this.raiseAt('SyntaxError', "expected 'except' or 'finally' block", this.cur);
    }
    const end = this.endOf(finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? handlers[handlers.length - 1].body : body);
    const lo = { lineno: t.lineno, col_offset: t.col, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset };
    if (star === true) return { _type: 'TryStar', body, handlers, orelse, finalbody, ...lo };
    return { _type: 'Try', body, handlers, orelse, finalbody, ...lo };
  }

  /** decorators: ('@' named_expression NEWLINE)+, then class_def_raw | function_def_raw */
  private decorated(): A.StmtNode {
    const decorators: A.ExprNode[] = [];
    while (this.isOp('@')) {
      this.p++;
      decorators.push(this.namedExpression());
      if (this.cur.type !== TokType.NEWLINE) this.invalidSyntax();
      this.p++;
    }
    const t = this.cur;
    if (this.isKw('def')) return this.functionDef(decorators, t);
    if (this.isKw('class')) return this.classDef(decorators, t);
    if (this.isKw('async') && this.toks[this.p + 1].type === TokType.NAME && this.toks[this.p + 1].string === 'def') {
      return this.functionDef(decorators, t, true);
    }
    this.invalidSyntax();
  }

  /** function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block */
  private functionDef(decorator_list: A.ExprNode[], t: Token, isAsync = false): A.FunctionDef | A.AsyncFunctionDef {
    if (isAsync) this.p++;
    this.p++;
    const name = this.expectName().string;
    this.expectForced('(');
    this.level++;
    const args = this.parameters(')', true);
    this.level--;
    this.expectOp(')');
    let returns: A.ExprNode | null = null;
    if (this.eatOp('->')) returns = this.expression();
    this.expectForced(':');
    const body = this.block('function definition', t.lineno);
    const end = this.endOf(body);
    const lo = { lineno: t.lineno, col_offset: t.col, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset };
    if (isAsync) return { _type: 'AsyncFunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...lo };
    return { _type: 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...lo };
  }

  /** class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
  private classDef(decorator_list: A.ExprNode[], t: Token): A.ClassDef {
    this.p++;
    const name = this.expectName().string;
    let bases: A.ExprNode[] = [];
    let keywords: A.Keyword[] = [];
    if (this.isOp('(')) {
      const open = this.cur;
      this.p++;
      const r = this.callArguments(open);
      bases = r.args;
      keywords = r.keywords;
    }
    this.colon();
    const body = this.block('class definition', t.lineno);
    const end = this.endOf(body);
    return { _type: 'ClassDef', name, bases, keywords, body, decorator_list, lineno: t.lineno, col_offset: t.col, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset };
  }

  /**
   * params / lambda_params: parameters up to `close` (')' or ':'), with annotations
   * only for def. Mirrors parameters, slash_no_default, slash_with_default,
   * star_etc, kwds and their invalid_* error rules.
   */
  private parameters(close: string, annotations: boolean): A.Arguments {
    const posonlyargs: A.Arg[] = [];
    let args: A.Arg[] = [];
    const defaults: A.ExprNode[] = [];
    let vararg: A.Arg | null = null;
    const kwonlyargs: A.Arg[] = [];
    const kw_defaults: (A.ExprNode | null)[] = [];
    let kwarg: A.Arg | null = null;
    let sawSlash = false;
    let sawStar = false;
    const seen = new Set<string>();
    const param = (allowStarAnnotation: boolean): A.Arg => {
      const s = this.cur;
      const nameTok = this.expectName();
      let annotation: A.ExprNode | null = null;
      if (annotations && this.eatOp(':')) {
        annotation = allowStarAnnotation && this.isOp('*') ? this.starExpression() : this.expression();
      }
      const a: A.Arg = { _type: 'arg', arg: nameTok.string, annotation, type_comment: null, ...this.loc(s) };
      if (seen.has(a.arg)) {
        // CPython reports duplicates from the symtable; keep parsing here.
      }
      seen.add(a.arg);
      return a;
    };
    while (!this.isOp(close)) {
      const t = this.cur;
      if (kwarg !== null) {
        this.raiseAt('SyntaxError', 'arguments cannot follow var-keyword argument', t);
      }
      if (this.isOp('/')) {
        if (sawSlash) this.raiseAt('SyntaxError', '/ may appear only once', t);
        if (sawStar) this.raiseAt('SyntaxError', '/ must be ahead of *', t);
        if (args.length === 0) this.raiseAt('SyntaxError', 'at least one argument must precede /', t);
        this.p++;
        sawSlash = true;
        posonlyargs.push(...args);
        args = [];
      } else if (this.isOp('*')) {
        if (sawStar) this.raiseAt('SyntaxError', '* argument may appear only once', t);
        this.p++;
        sawStar = true;
        if (this.isOp(',') || this.isOp(close)) {
          // Bare '*': keyword-only parameters must follow.
          const nx = this.isOp(',') ? this.toks[this.p + 1] : this.cur;
          if (this.isOp(close) || (nx.type === TokType.OP && (nx.string === close || nx.string === '**'))) {
            this.raiseAt('SyntaxError', 'named arguments must follow bare *', t);
          }
        } else {
          vararg = param(true);
          if (this.isOp('=')) this.raiseAt('SyntaxError', 'var-positional argument cannot have default value', this.cur);
        }
      } else if (this.isOp('**')) {
        this.p++;
        kwarg = param(false);
        if (this.isOp('=')) this.raiseAt('SyntaxError', 'var-keyword argument cannot have default value', this.cur);
      } else {
        const a = param(false);
        let def: A.ExprNode | null = null;
        if (this.isOp('=')) {
          const eq = this.cur;
          this.p++;
          if (this.isOp(',') || this.isOp(close)) this.raiseAt('SyntaxError', 'expected default value expression', eq);
          def = this.expression();
        }
        if (sawStar) {
          kwonlyargs.push(a);
          kw_defaults.push(def);
        } else {
          args.push(a);
          if (def !== null) defaults.push(def);
          else if (defaults.length > 0 && (this.isOp(',') || this.isOp(close))) this.raiseNode('non-default argument follows default argument', a);
        }
      }
      if (!this.eatOp(',')) break;
    }
    if (!this.isOp(close)) {
      if (close === ':' && this.isOp('(')) this.invalidSyntax();
      this.invalidSyntax();
    }
    return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kw_defaults as A.ExprNode[], kwarg, defaults };
  }

  // ---- expressions ---------------------------------------------------------------

  /** expressions: expression (',' expression)* [','] */
  private expressions(): A.ExprNode {
    const start = this.cur;
    const first = this.expression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.expression());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, ...this.loc(start) };
  }

  /** star_expressions: star_expression (',' star_expression)* [','] */
  starExpressions(): A.ExprNode {
    const start = this.cur;
    const first = this.starExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.starExpression());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, ...this.loc(start) };
  }

  /** True when the current token can begin an expression (after a trailing comma). */
  /** @internal (parser_match.ts) */
  startsExpression(): boolean {
    const t = this.cur;
    switch (t.type) {
      case TokType.NAME:
        if (!KEYWORDS.has(t.string)) return true;
        return t.string === 'not' || t.string === 'lambda' || t.string === 'None' || t.string === 'True' ||
          t.string === 'False' || t.string === 'await' || t.string === 'yield';
      case TokType.NUMBER:
      case TokType.STRING:
        return true;
      case TokType.OP:
        switch (t.string) {
          case '(': case '[': case '{': case '-': case '+': case '~': case '*': case '...':
            return true;
          default:
            return false;
        }
      default:
        return false;
    }
  }

  /** star_expression: '*' bitwise_or | expression */
  private starExpression(): A.ExprNode {
    const t = this.cur;
    if (this.eatOp('*')) {
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: LOAD, ...this.loc(t) };
    }
    return this.expression();
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  /** @internal (parser_match.ts) */
  starNamedExpression(): A.ExprNode {
    const t = this.cur;
    if (this.eatOp('*')) {
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: LOAD, ...this.loc(t) };
    }
    return this.namedExpression();
  }

  /** named_expression: assignment_expression | expression !':=' */
  /** @internal (parser_match.ts) */
  namedExpression(): A.ExprNode {
    const t = this.cur;
    if (t.type === TokType.NAME && this.peekOp(':=') && !KEYWORDS.has(t.string)) {
      this.p += 2;
      const target: A.Name = { _type: 'Name', id: t.string, ctx: STORE, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      const value = this.expression();
      return { _type: 'NamedExpr', target, value, ...this.loc(t) };
    }
    const e = this.expression();
    if (this.isOp(':=')) this.fail(`cannot use assignment expressions with ${exprName(e)}`, e);
    if (this.isOp('=')) this.invalidEquals(e);
    return e;
  }

  /** invalid_named_expression's '=' cases (inside brackets or conditions). */
  private invalidEquals(e: A.ExprNode): void {
    const save = this.p;
    this.p++;
    let rhs: A.ExprNode;
    try {
      rhs = this.bitwiseOr();
    } catch (err) {
      this.p = save;
      return;
    }
    if (this.isOp('=') || this.isOp(':=')) {
      this.p = save;
      return;
    }
    if (e._type === 'Name') this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.locNodes(e, rhs));
    const excluded = e._type === 'List' || e._type === 'Tuple' || e._type === 'GeneratorExp' ||
      (e._type === 'Constant' && (e.value === true || e.value === false || e.value === None)) ||
      e._type === 'Compare' || e._type === 'BoolOp' || e._type === 'IfExp' || e._type === 'Lambda' ||
      (e._type === 'UnaryOp' && e.op._type === 'Not');
    if (!excluded) this.fail(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
    this.p = save;
  }

  /** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
  expression(): A.ExprNode {
    if (this.isKw('lambda')) return this.lambdef();
    const start = this.cur;
    const body = this.disjunction();
    if (!this.isKw('if')) return body;
    const ifAt = this.p;
    this.p++;
    const test = this.disjunction();
    if (!this.isKw('else') && this.noInvalid > 0) {
      // expression_without_invalid: the 'disjunction' alternative matches alone.
      this.maxP = Math.max(this.maxP, this.p);
      this.p = ifAt;
      return body;
    }
    if (!this.eatKw('else')) {
      // invalid_expression: disjunction 'if' disjunction !('else'|':')
      if (!this.isOp(':')) this.fail("expected 'else' after 'if' expression", this.locNodes(body, test));
      this.invalidSyntax();
    }
    const orelse = this.expression();
    return { _type: 'IfExp', test, body, orelse, ...this.loc(start) };
  }

  /** lambdef: 'lambda' [lambda_params] ':' expression */
  private lambdef(): A.ExprNode {
    const t = this.cur;
    this.p++;
    const args = this.parameters(':', false);
    this.expectOp(':');
    const body = this.expression();
    return { _type: 'Lambda', args, body, ...this.loc(t) };
  }

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
  private yieldExpr(): A.ExprNode {
    const t = this.cur;
    this.p++;
    if (this.eatKw('from')) {
      const value = this.expression();
      return { _type: 'YieldFrom', value, ...this.loc(t) };
    }
    const value = this.startsExpression() ? this.starExpressions() : null;
    return { _type: 'Yield', value, ...this.loc(t) };
  }

  /** disjunction: conjunction ('or' conjunction)+ | conjunction */
  private disjunction(): A.ExprNode {
    const start = this.cur;
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return { _type: 'BoolOp', op: { _type: 'Or' }, values, ...this.loc(start) };
  }

  /** conjunction: inversion ('and' inversion)+ | inversion */
  private conjunction(): A.ExprNode {
    const start = this.cur;
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return { _type: 'BoolOp', op: { _type: 'And' }, values, ...this.loc(start) };
  }

  /** inversion: 'not' inversion | comparison */
  private inversion(): A.ExprNode {
    const t = this.cur;
    if (t.type === TokType.NAME && t.string === 'not') {
      this.p++;
      const operand = this.inversion();
      return { _type: 'UnaryOp', op: { _type: 'Not' }, operand, ...this.loc(t) };
    }
    return this.comparison();
  }

  /** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
  private comparison(): A.ExprNode {
    const start = this.cur;
    const left = this.bitwiseOr();
    let ops: A.CmpOp[] | null = null;
    let comparators: A.ExprNode[] | null = null;
    for (;;) {
      const t = this.cur;
      let op: A.CmpOp['_type'] | undefined;
      if (t.type === TokType.OP) {
        op = COMPARE_OPS[t.string];
        if (op === undefined) break;
        this.p++;
      } else if (t.type === TokType.NAME) {
        if (t.string === 'in') {
          op = 'In';
          this.p++;
        } else if (t.string === 'not' && this.toks[this.p + 1].type === TokType.NAME && this.toks[this.p + 1].string === 'in') {
          op = 'NotIn';
          this.p += 2;
        } else if (t.string === 'not') {
          // 'not' must be followed by 'in' here; the token after it was read.
          if (this.maxP < this.p + 1) this.maxP = this.p + 1;
          break;
        } else if (t.string === 'is') {
          this.p++;
          if (this.eatKw('not')) op = 'IsNot';
          else op = 'Is';
        } else break;
      } else break;
      if (ops === null || comparators === null) {
        ops = [];
        comparators = [];
      }
      ops.push({ _type: op } as A.CmpOp);
      comparators.push(this.bitwiseOr());
    }
    if (ops === null || comparators === null) return left;
    return { _type: 'Compare', left, ops, comparators, ...this.loc(start) };
  }

  private binop(start: Token, left: A.ExprNode, op: A.Operator['_type'], right: A.ExprNode): A.BinOp {
    const e = this.toks[this.p - 1];
    return {
      _type: 'BinOp', left, op: { _type: op } as A.Operator, right,
      lineno: start.lineno, col_offset: start.col, end_lineno: e.endLineno, end_col_offset: e.endCol,
    };
  }

  /** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
  bitwiseOr(): A.ExprNode {
    const start = this.cur;
    let left = this.bitwiseXor();
    while (this.isOp('|')) {
      this.p++;
      left = this.binop(start, left, 'BitOr', this.bitwiseXor());
    }
    return left;
  }

  /** bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and */
  private bitwiseXor(): A.ExprNode {
    const start = this.cur;
    let left = this.bitwiseAnd();
    while (this.isOp('^')) {
      this.p++;
      left = this.binop(start, left, 'BitXor', this.bitwiseAnd());
    }
    return left;
  }

  /** bitwise_and: bitwise_and '&' shift_expr | shift_expr */
  private bitwiseAnd(): A.ExprNode {
    const start = this.cur;
    let left = this.shiftExpr();
    while (this.isOp('&')) {
      this.p++;
      left = this.binop(start, left, 'BitAnd', this.shiftExpr());
    }
    return left;
  }

  /** shift_expr: shift_expr ('<<' | '>>') sum | sum */
  private shiftExpr(): A.ExprNode {
    const start = this.cur;
    let left = this.sum();
    for (;;) {
      const t = this.cur;
      if (t.type !== TokType.OP) return left;
      if (t.string === '<<') {
        this.p++;
        left = this.binop(start, left, 'LShift', this.sum());
      } else if (t.string === '>>') {
        this.p++;
        left = this.binop(start, left, 'RShift', this.sum());
      } else return left;
    }
  }

  /** sum: sum ('+' | '-') term | term */
  private sum(): A.ExprNode {
    const start = this.cur;
    let left = this.term();
    for (;;) {
      const t = this.cur;
      if (t.type !== TokType.OP) return left;
      if (t.string === '+') {
        this.p++;
        left = this.binop(start, left, 'Add', this.term());
      } else if (t.string === '-') {
        this.p++;
        left = this.binop(start, left, 'Sub', this.term());
      } else return left;
    }
  }

  /** term: term ('*' | '/' | '//' | '%' | '@') factor | factor */
  private term(): A.ExprNode {
    const start = this.cur;
    let left = this.factor();
    for (;;) {
      const t = this.cur;
      if (t.type !== TokType.OP) return left;
      let op: A.Operator['_type'];
      switch (t.string) {
        case '*': op = 'Mult'; break;
        case '/': op = 'Div'; break;
        case '//': op = 'FloorDiv'; break;
        case '%': op = 'Mod'; break;
        case '@': op = 'MatMult'; break;
        default: return left;
      }
      this.p++;
      left = this.binop(start, left, op, this.factor());
    }
  }

  /** factor: '+' factor | '-' factor | '~' factor | power */
  private factor(): A.ExprNode {
    const t = this.cur;
    if (t.type === TokType.OP) {
      let op: A.UnaryOpKind['_type'] | null = null;
      if (t.string === '-') op = 'USub';
      else if (t.string === '+') op = 'UAdd';
      else if (t.string === '~') op = 'Invert';
      if (op !== null) {
        this.p++;
        const operand = this.factor();
        return { _type: 'UnaryOp', op: { _type: op } as A.UnaryOpKind, operand, ...this.loc(t) };
      }
    }
    return this.power();
  }

  /** power: await_primary '**' factor | await_primary */
  private power(): A.ExprNode {
    const start = this.cur;
    let left: A.ExprNode;
    if (this.isKw('await')) {
      // await_primary: AWAIT primary
      this.p++;
      const value = this.primary();
      left = { _type: 'Await', value, ...this.loc(start) };
    } else left = this.primary();
    if (this.isOp('**')) {
      this.p++;
      return this.binop(start, left, 'Pow', this.factor());
    }
    return left;
  }

  /** primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom */
  private primary(): A.ExprNode {
    const start = this.cur;
    let e = this.atom();
    for (;;) {
      const t = this.cur;
      if (t.type !== TokType.OP) return e;
      if (t.string === '.') {
        this.p++;
        const n = this.cur;
        if (n.type !== TokType.NAME || KEYWORDS.has(n.string)) this.invalidSyntax();
        this.p++;
        e = { _type: 'Attribute', value: e, attr: n.string, ctx: LOAD, ...this.loc(start) };
      } else if (t.string === '(') {
        this.p++;
        const r = this.callArguments(t);
        e = { _type: 'Call', func: e, args: r.args, keywords: r.keywords, ...this.loc(start) };
      } else if (t.string === '[') {
        this.p++;
        this.level++;
        const slice = this.slices();
        if (!this.isOp(']')) this.maybeMissingComma(slice._type === 'Tuple' && slice.elts.length > 0 ? slice.elts[slice.elts.length - 1] : slice);
        this.level--;
        this.expectOp(']');
        e = { _type: 'Subscript', value: e, slice, ctx: LOAD, ...this.loc(start) };
      } else return e;
    }
  }

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  private slices(): A.ExprNode {
    const start = this.cur;
    const first = this.isOp('*') ? this.starExpression() : this.slice();
    if (!this.isOp(',')) {
      // A lone starred slice is still a tuple (a[*b] is a[(*b,)]).
      if (first._type === 'Starred') return { _type: 'Tuple', elts: [first], ctx: LOAD, ...this.loc(start) };
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.isOp('*') ? this.starExpression() : this.slice());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, ...this.loc(start) };
  }

  /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
  private slice(): A.ExprNode {
    const start = this.cur;
    let lower: A.ExprNode | null = null;
    if (!this.isOp(':')) {
      const e = this.namedExpression();
      if (!this.isOp(':')) return e;
      lower = e;
    }
    this.p++;
    let upper: A.ExprNode | null = null;
    let step: A.ExprNode | null = null;
    if (!this.isOp(':') && !this.isOp(',') && !this.isOp(']')) upper = this.expression();
    if (this.eatOp(':')) {
      if (!this.isOp(',') && !this.isOp(']')) step = this.expression();
    }
    return { _type: 'Slice', lower, upper, step, ...this.loc(start) };
  }

  /**
   * arguments: args [','] &')' — positional (starred_expression | named_expression
   * !'='), then kwargs (NAME '=' expression | '*' expression | '**' expression).
   * Consumes the closing ')'. A lone generator argument spans the call's parentheses.
   */
  private callArguments(open: Token): { args: A.ExprNode[]; keywords: A.Keyword[] } {
    const args: A.ExprNode[] = [];
    const keywords: A.Keyword[] = [];
    this.level++;
    let sawKw = false;
    let sawDoubleStar = false;
    // The last argument's expression, for "Perhaps you forgot a comma?" (not after a
    // starred argument once keywords began: CPython's kwargs rules do not offer it).
    let lastValue: A.ExprNode | null = null;
    while (!this.isOp(')')) {
      const t = this.cur;
      if (t.type === TokType.OP && t.string === '*') {
        this.p++;
        const value = this.expression();
        args.push({ _type: 'Starred', value, ctx: LOAD, ...this.loc(t) });
        lastValue = sawKw || sawDoubleStar ? null : value;
      } else if (t.type === TokType.OP && t.string === '**') {
        this.p++;
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: null, value, ...this.loc(t) });
        sawDoubleStar = true;
        lastValue = value;
      } else if (t.type === TokType.NAME && this.peekOp('=') && !KEYWORDS.has(t.string)) {
        this.p += 2;
        const value = this.expression();
        if (this.isKw('for')) {
          // invalid_arguments: NAME '=' expression for_if_clauses
          const eq = this.toks[this.p - 1];
          void eq;
          this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", { lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.tokIndexOf(t) + 1].endLineno, end_col_offset: this.toks[this.tokIndexOf(t) + 1].endCol });
        }
        keywords.push({ _type: 'keyword', arg: t.string, value, ...this.loc(t) });
        sawKw = true;
        lastValue = value;
      } else {
        if (t.type === TokType.NAME && this.peekOp('=') && (t.string === 'True' || t.string === 'False' || t.string === 'None')) {
          this.raiseRange('SyntaxError', `cannot assign to ${t.string}`, t.lineno, t.col, t.endLineno, t.endCol);
        }
        const e = this.namedExpressionInCall();
        if (this.isKw('for') || this.isKw('async')) {
          const generators = this.forIfClauses();
          if (args.length > 0 || keywords.length > 0 || !this.isOp(')')) {
            // invalid_arguments: an unparenthesized generator after other arguments, or
            // first but followed by ','; anything else is a plain syntax error.
            const g = this.locFrom(e);
            if (args.length === 0 && keywords.length === 0 && !this.isOp(',')) this.invalidSyntax();
            this.fail('Generator expression must be parenthesized', g);
          }
          this.expectOp(')');
          this.level--;
          const ge: A.GeneratorExp = { _type: 'GeneratorExp', elt: e, generators, ...this.loc(open) };
          return { args: [ge], keywords };
        }
        if (this.isOp('=')) {
          // invalid_kwarg: expression '=' -> 'expression cannot contain assignment...'
          const eq = this.cur;
          this.fail('expression cannot contain assignment, perhaps you meant "=="?', { lineno: e.lineno, col_offset: e.col_offset, end_lineno: eq.endLineno, end_col_offset: eq.endCol });
        }
        if (sawDoubleStar) this.raiseAt('SyntaxError', 'positional argument follows keyword argument unpacking', this.cur);
        if (sawKw) this.raiseAt('SyntaxError', 'positional argument follows keyword argument', this.cur);
        args.push(e);
        lastValue = e;
      }
      if (!this.eatOp(',')) {
        if (!this.isOp(')')) this.maybeMissingComma(lastValue);
        break;
      }
    }
    this.level--;
    this.expectOp(')');
    return { args, keywords };
  }

  private namedExpressionInCall(): A.ExprNode {
    const t = this.cur;
    if (t.type === TokType.NAME && this.peekOp(':=') && !KEYWORDS.has(t.string)) return this.namedExpression();
    const e = this.expression();
    if (this.isOp(':=')) this.fail(`cannot use assignment expressions with ${exprName(e)}`, e);
    return e;
  }

  /**
   * invalid_expression: inside brackets, two expressions side by side ->
   * "invalid syntax. Perhaps you forgot a comma?" (range from the first to the second).
   */
  private maybeMissingComma(prev: A.ExprNode | null): void {
    if (prev === null || this.level === 0 || this.noInvalid > 0 || !this.startsExpression()) return;
    // The rule applies to the innermost trailing disjunction of the previous element.
    prev = trailingDisjunction(prev);
    if (this.cur.type === TokType.NAME && KEYWORDS.has(this.cur.string) && this.cur.string !== 'not' && this.cur.string !== 'lambda' &&
      this.cur.string !== 'None' && this.cur.string !== 'True' && this.cur.string !== 'False') return;
    // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
    const ai = this.tokIndexAt(prev);
    const at = this.toks[ai];
    if (at.type === TokType.NAME && (at.string === 'match' || at.string === 'case' || at.string === '_')) return;
    if (at.type === TokType.NAME && this.toks[ai + 1]?.type === TokType.STRING) return;
    if (prev._type === 'Compare' || prev._type === 'IfExp' || prev._type === 'Lambda') {
      // Not a disjunction followed directly by an expression in CPython's rule.
    }
    // b=expression_without_invalid: nested diagnostics are off while reading it.
    const save = this.p;
    const saveMax = this.maxP;
    let next: A.ExprNode | null = null;
    this.noInvalid++;
    try {
      next = this.expression();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      next = null;
    } finally {
      this.noInvalid--;
    }
    this.farP = Math.max(this.farP, this.p);
    this.p = save;
    this.maxP = saveMax;
    if (next !== null) this.fail('invalid syntax. Perhaps you forgot a comma?', this.locNodes(prev, next));
  }

  /** for_if_clauses: ('for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
  private forIfClauses(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    while (this.isKw('for') || this.isKw('async')) {
      let isAsync = 0;
      if (this.isKw('async')) {
        this.p++;
        if (!this.isKw('for')) this.invalidSyntax();
        isAsync = 1;
      }
      const forIndex = this.p;
      this.p++;
      const target = this.starTargets('for');
      if (!this.eatKw('in')) this.forTargetError(forIndex);
      const iter = this.disjunction();
      const ifs: A.ExprNode[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
    }
    return gens;
  }

  /** atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp | list | listcomp | dict | set | dictcomp | setcomp | '...' */
  /** @internal (parser_match.ts) */
  atom(): A.ExprNode {
    const t = this.cur;
    switch (t.type) {
      case TokType.NAME: {
        const s = t.string;
        if (KEYWORDS.has(s)) {
          let value: PyObject;
          if (s === 'True') value = true;
          else if (s === 'False') value = false;
          else if (s === 'None') value = None;
          else this.invalidSyntax();
          this.p++;
          return { _type: 'Constant', value, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
        }
        this.p++;
        return { _type: 'Name', id: s, ctx: LOAD, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      }
      case TokType.NUMBER:
        this.p++;
        return { _type: 'Constant', value: parseNumber(t.string), kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      case TokType.STRING: {
        const start = this.p;
        while (this.cur.type === TokType.STRING) this.p++;
        return concatenateStrings(this.toks.slice(start, this.p), this);
      }
      case TokType.OP:
        switch (t.string) {
          case '(': return this.parenAtom();
          case '[': return this.listAtom();
          case '{': return this.braceAtom();
          case '...':
            this.p++;
            return { _type: 'Constant', value: Ellipsis, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
          default:
            break;
        }
        break;
      default:
        break;
    }
    this.invalidSyntax();
  }

  /** tuple | group | genexp */
  private parenAtom(): A.ExprNode {
    const open = this.cur;
    this.p++;
    this.level++;
    if (this.isOp(')')) {
      this.p++;
      this.level--;
      return { _type: 'Tuple', elts: [], ctx: LOAD, ...this.loc(open) };
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.level--;
      this.expectOp(')');
      return y;
    }
    const first = this.starNamedExpression();
    if (this.isKw('for') || this.isKw('async')) {
      const generators = this.forIfClauses();
      this.level--;
      this.expectOp(')');
      return { _type: 'GeneratorExp', elt: first, generators, ...this.loc(open) };
    }
    if (this.isOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp(')')) break;
        elts.push(this.starNamedExpression());
      }
      if (!this.isOp(')')) this.maybeMissingComma(elts[elts.length - 1]);
      this.level--;
      this.expectOp(')');
      return { _type: 'Tuple', elts, ctx: LOAD, ...this.loc(open) };
    }
    if (!this.isOp(')')) this.maybeMissingComma(first);
    this.level--;
    this.expectOp(')');
    if (first._type === 'Starred') this.fail('cannot use starred expression here', first);
    return first;
  }

  /** list | listcomp */
  private listAtom(): A.ExprNode {
    const open = this.cur;
    this.p++;
    this.level++;
    const elts: A.ExprNode[] = [];
    if (!this.isOp(']')) {
      const first = this.starNamedExpression();
      if (this.isKw('for') || this.isKw('async')) {
        const generators = this.forIfClauses();
        this.level--;
        this.expectOp(']');
        return { _type: 'ListComp', elt: first, generators, ...this.loc(open) };
      }
      elts.push(first);
      while (this.eatOp(',')) {
        if (this.isOp(']')) break;
        elts.push(this.starNamedExpression());
      }
      if (!this.isOp(']')) this.maybeMissingComma(elts[elts.length - 1]);
    }
    this.level--;
    this.expectOp(']');
    return { _type: 'List', elts, ctx: LOAD, ...this.loc(open) };
  }

  /** dict | set | dictcomp | setcomp */
  private braceAtom(): A.ExprNode {
    const open = this.cur;
    this.p++;
    this.level++;
    if (this.isOp('}')) {
      this.p++;
      this.level--;
      return { _type: 'Dict', keys: [], values: [], ...this.loc(open) };
    }
    const keys: (A.ExprNode | null)[] = [];
    const values: A.ExprNode[] = [];
    let isDict: boolean;
    if (this.isOp('**')) {
      this.p++;
      keys.push(null);
      values.push(this.bitwiseOr());
      isDict = true;
    } else {
      const first = this.starNamedExpression();
      if (this.isOp(':') && first._type !== 'Starred') {
        const colonTok = this.cur;
        this.p++;
        if (this.isOp('}') || this.isOp(',')) this.raiseAt('SyntaxError', "expression expected after dictionary key and ':'", colonTok);
        const v = this.expression();
        if (this.isKw('for') || this.isKw('async')) {
          const generators = this.forIfClauses();
          this.level--;
          this.expectOp('}');
          return { _type: 'DictComp', key: first, value: v, generators, ...this.loc(open) };
        }
        keys.push(first);
        values.push(v);
        isDict = true;
        if (!this.isOp(',') && !this.isOp('}')) this.maybeMissingComma(v);
      } else {
        if (this.isKw('for') || this.isKw('async')) {
          const generators = this.forIfClauses();
          this.level--;
          this.expectOp('}');
          return { _type: 'SetComp', elt: first, generators, ...this.loc(open) };
        }
        const elts = [first];
        while (this.eatOp(',')) {
          if (this.isOp('}')) break;
          elts.push(this.starNamedExpression());
        }
        if (!this.isOp('}')) this.maybeMissingComma(elts[elts.length - 1]);
        this.level--;
        this.expectOp('}');
        return { _type: 'Set', elts, ...this.loc(open) };
      }
    }
    while (isDict && this.eatOp(',')) {
      if (this.isOp('}')) break;
      if (this.eatOp('**')) {
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const k = this.expression();
        if (!this.isOp(':')) {
          if (this.isOp('}') || this.isOp(',')) this.fail("':' expected after dictionary key", k);
          this.invalidSyntax();
        }
        const colonTok = this.cur;
        this.p++;
        if (this.isOp('}') || this.isOp(',')) this.raiseAt('SyntaxError', "expression expected after dictionary key and ':'", colonTok);
        keys.push(k);
        const v = this.expression();
        values.push(v);
        if (!this.isOp(',') && !this.isOp('}')) this.maybeMissingComma(v);
      }
    }
    this.level--;
    this.expectOp('}');
    return { _type: 'Dict', keys: keys as A.ExprNode[], values, ...this.loc(open) };
  }

  // ---- f-string support ------------------------------------------------------------

  /** StringContext.parseSubExpression: parse "(" + text + ")" placed at (lineno, col). */
  parseSubExpression(text: string, lineno: number, col: number, _firstLine: boolean): A.ExprNode {
    const sub = '(' + text + ')';
    const t = tokenize(sub, this.filename);
    let tokErr: PySyntaxError | null = null;
    if (t.error !== null) {
      const e = t.error;
      tokErr = new PySyntaxError(e.kind, e.msg, this.filename, e.lineno + lineno - 1, e.offset, e.text, e.end_lineno === null ? null : e.end_lineno + lineno - 1, e.end_offset);
    }
    // Shift positions: line 1 of the sub-source sits at (lineno, col); later lines keep
    // their own columns (CPython 3.11's fstring_find_expr_location).
    for (const k of t.tokens) {
      if (k.lineno === 1) k.col += col;
      if (k.endLineno === 1) k.endCol += col;
      k.lineno += lineno - 1;
      k.endLineno += lineno - 1;
    }
    const p = new Parser(t.tokens, t.source, t.lineStarts, this.filename, null, tokErr, t.errorOverrides);
    p.lineShift = lineno - 1;
    p.colShift = col;
    p.isSub = true;
    try {
      return p.fstringInput();
    } catch (e) {
      if (e instanceof PySyntaxError) {
        // Errors of the sub-parser get CPython's "f-string: " prefix (nested f-strings
        // get it twice); the sub-tokenizer's errors do not.
        if (e === tokErr) this.throwError(e);
        this.throwError(new PySyntaxError(e.kind, 'f-string: ' + e.msg, this.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset));
      }
      throw e;
    }
  }
}

/** The expression a trailing disjunction ends (Starred/NamedExpr value, lambda body, else branch). */
function trailingDisjunction(e: A.ExprNode): A.ExprNode {
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
