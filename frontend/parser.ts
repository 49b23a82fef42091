// The Python 3.11 parser: source -> the AST CPython's ast.parse produces (frontend/ast.ts).
//
// Hand-written recursive descent mirroring CPython's PEG grammar (Grammar/python.gram); each
// method is headed by the rule it implements. This file has the entry points and the
// statement rules; the expression rules are in parser_expr.ts, the error machinery and
// shared helpers in parser_base.ts, match statements in parser_match.ts, literals and
// f-strings in parser_strings.ts. Where the PEG grammar backtracks (assignment targets vs.
// expressions) the expression is parsed once and converted (setContext): same tree.

import type * as A from './ast';
import { PySyntaxError } from './syntaxerror';
import { Token, TokType, tokenize } from './tokenizer';
import { parseMatchStmt } from './parser_match';
import { AUGASSIGN, DEL, Loc, STORE, exprName } from './parser_base';
import { ExprParser } from './parser_expr';
import { None } from '../runtime/object';

export { exprName, parseNumber } from './parser_base';

/** Parses a module (file_rule). Throws PySyntaxError. */
export function parse(source: string, filename: string): A.Module {
  const t = tokenize(source, filename);
  const p = new Parser(t.tokens, t.source, t.lineStarts, filename, t.unclosed, t.error, t.errorOverrides);
  try {
    return p.file();
  } catch (e) {
    throw tooDeep(e, filename);
  }
}

/** Parses a single expression (eval_input), e.g. for tests and tools. */
export function parseExpression(source: string, filename = '<unknown>'): A.ExprNode {
  const t = tokenize(source, filename);
  const p = new Parser(t.tokens, t.source, t.lineStarts, filename, t.unclosed, t.error, t.errorOverrides);
  try {
    return p.evalInput();
  } catch (e) {
    throw tooDeep(e, filename);
  }
}

/**
 * A JavaScript stack overflow while parsing absurdly nested input (CPython raises
 * MemoryError there) becomes a SyntaxError, never a JavaScript stack trace.
 */
function tooDeep(e: unknown, filename: string): unknown {
  if (e instanceof RangeError) {
    return new PySyntaxError('SyntaxError', 'too deeply nested expression for the parser', filename, 1, 0, null, 1, -1);
  }
  return e;
}

export class Parser extends ExprParser {
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
      // reach an unclosed bracket's end of input); then the generic error stands. Only a
      // statement that ends with an expression has them: after `import m`, `pass` or
      // `global x` nothing reads the tokens that follow.
      const kind = out[out.length - 1]._type;
      const endsWithoutExpression = kind === 'Import' || kind === 'ImportFrom' || kind === 'Pass' || kind === 'Break' || kind === 'Continue' || kind === 'Global' || kind === 'Nonlocal';
      if (!endsWithoutExpression && this.startsExpression()) this.probeWithoutInvalid(() => this.expression());
      this.invalidSyntax();
    }
    this.p++;
  }

  /** simple_stmt: assignment | star_expressions | return | import | raise | pass | ... */
  private simpleStmt(): A.StmtNode {
    const t = this.cur;
    if (t.type === TokType.NAME) {
      switch (t.string) {
        case 'return': {
          this.p++;
          const value = this.atStmtEnd() ? null : this.starExpressions();
          return { _type: 'Return', value, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
        }
        case 'import': return this.importName();
        case 'from': return this.importFrom();
        case 'raise': return this.raiseStmt();
        case 'pass': this.p++; return { _type: 'Pass', lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
        case 'break': this.p++; return { _type: 'Break', lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
        case 'continue': this.p++; return { _type: 'Continue', lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
        case 'del': return this.delStmt();
        case 'assert': {
          this.p++;
          const test = this.expression();
          const msg = this.eatOp(',') ? this.expression() : null;
          return { _type: 'Assert', test, msg, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
        }
        case 'global':
        case 'nonlocal': {
          this.p++;
          const names = [this.expectName().string];
          while (this.eatOp(',')) names.push(this.expectName().string);
          return t.string === 'global' ? { _type: 'Global', names, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol } : { _type: 'Nonlocal', names, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
    const bareYield = this.isKw('yield');
    const first = bareYield ? this.yieldExpr() : this.starExpressions();
    const t = this.cur;
    if (t.type === TokType.OP) {
      if (t.string === '=') return this.assignment(start, first);
      // An unparenthesized yield is no star_expressions: only yield_stmt reads it, and an
      // annotation or augmented assignment after it is plain invalid syntax at the operator.
      if (bareYield && (t.string === ':' || AUGASSIGN[t.string] !== undefined)) this.invalidSyntax();
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
        return { _type: 'AnnAssign', target, annotation, value, simple, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
      }
      const aug = AUGASSIGN[t.string];
      if (aug !== undefined) {
        if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
          this.fail(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
        }
        this.setContext(first, STORE, 'assign');
        this.p++;
        const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        return { _type: 'AugAssign', target: first, op: { _type: aug } as A.Operator, value, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
      }
    }
    if (!this.atStmtEnd()) this.stmtEndError(first, start);
    return { _type: 'Expr', value: first, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  /** The statement did not end where expected: CPython's invalid_* diagnoses. */
  private stmtEndError(first: A.ExprNode, start: Token): never {
    const t = this.cur;
    if (t.type === TokType.OP && t.string === ':=') {
      // invalid_named_expression (reached through invalid_assignment's star_named_expression):
      // a bare name or an unparenthesized tuple before ':=' is the generic error at ':='
      // (`x := 0` reads as a valid named expression that no statement rule takes).
      const bare = !(start.type === TokType.OP && start.string === '(');
      if (bare && (first._type === 'Name' || first._type === 'Tuple')) this.invalidSyntax();
      this.fail(`cannot use assignment expressions with ${exprName(first)}`, first);
    }
    // invalid_legacy_expression: NAME !'(' star_expressions (print x / exec x); the
    // probe also reads on (CPython's invalid_expression does), which matters for the
    // "never closed" check and for errors raised while reading (string concatenation).
    if (first._type === 'Name' && first.id === 'match' && this.startsExpression()) {
      // invalid_match_stmt: "match" subject_expr !':' -> "expected ':'" after the subject.
      const save = this.p;
      let after = -1;
      this.noInvalid++;
      try {
        this.starNamedExpression();
        while (this.eatOp(',') && this.startsExpression()) this.starNamedExpression();
        after = this.p;
      } catch (e) {
        if (!(e instanceof PySyntaxError) || !this.genericErrors.has(e)) throw e;
      } finally {
        this.noInvalid--;
        this.p = save;
      }
      if (after >= 0 && !(this.toks[after].type === TokType.OP && this.toks[after].string === ':')) {
        this.raiseAt('SyntaxError', "expected ':'", this.toks[after]);
      }
    }
    if (first._type === 'Name') {
      // The expressions are read with the invalid_* rules on, whatever the name: an error
      // they raise (a missing comma inside `name {a b}`) is the statement's error.
      this.legacyExpression(first);
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

  /**
   * The bitwise_or a parse of `e` starts with (its leftmost operand through `or`/`and`,
   * comparisons, conditional expressions and unparenthesized tuples), and whether that is less
   * than `e`; null when `e` does not start with one (lambda, `not`, starred, yield).
   */
  private leftmostBitwiseOr(e: A.ExprNode): [A.ExprNode | null, boolean] {
    let b = e;
    let descended = false;
    for (;;) {
      if (b._type === 'BoolOp') b = b.values[0];
      else if (b._type === 'Compare') b = b.left;
      else if (b._type === 'IfExp') b = b.body;
      else if (b._type === 'Tuple' && !this.isParenthesizedStart(this.toks[this.tokIndexAt(b)], b) && b.elts.length > 0 && b.elts[0]._type !== 'Starred') b = b.elts[0];
      else break;
      descended = true;
    }
    const none = b._type === 'Lambda' || (b._type === 'UnaryOp' && b.op._type === 'Not') || b._type === 'Starred' ||
      b._type === 'Yield' || b._type === 'YieldFrom';
    return [none ? null : b, descended];
  }

  /** Is tuple `t` written in parentheses of its own (its first token a '(' closed at its end)? */
  private isParenthesizedTuple(t: A.ExprNode): boolean {
    const i = this.tokIndexAt(t);
    const open = this.toks[i];
    if (open.type !== TokType.OP || open.string !== '(') return false;
    let depth = 0;
    for (let k = i; k < this.toks.length; k++) {
      const tok = this.toks[k];
      if (tok.type !== TokType.OP) continue;
      if (tok.string === '(' || tok.string === '[' || tok.string === '{') depth++;
      else if (tok.string === ')' || tok.string === ']' || tok.string === '}') {
        if (--depth === 0) return tok.endLineno === t.end_lineno && tok.endCol === t.end_col_offset;
      }
    }
    return false;
  }

  /** (star_targets '=')+ (yield_expr | star_expressions) !'=' */
  private assignment(start: Token, first: A.ExprNode): A.StmtNode {
    const targets: A.ExprNode[] = [first];
    let value: A.ExprNode = first;
    while (this.eatOp('=')) {
      if (!this.startsExpression()) {
        // invalid_assignment: (star_targets '=')* a=star_expressions '=' -> the targets
        // are checked even though no value follows.
        for (const tg of targets) {
          const bad = this.invalidTarget(tg, 'assign');
          if (bad !== null) this.fail(`cannot assign to ${exprName(bad)}`, bad);
        }
      }
      value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      targets.push(value);
    }
    targets.pop();
    const failed = targets.some((x) => this.invalidTarget(x, 'assign') !== null);
    if (failed && targets.length >= 2 && targets[0]._type === 'Name') {
      // invalid_named_expression: NAME '=' bitwise_or !('='|':='), where the bitwise_or
      // is the leftmost operand of the next element when that element is more than one.
      const [b, descended] = this.leftmostBitwiseOr(targets[1]);
      if (descended && b !== null) {
        this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.locNodes(targets[0], b));
      }
    }
    const t0 = targets[0];
    if (failed && t0._type === 'Tuple' && t0.elts.length >= 2 && !this.isParenthesizedTuple(t0)) {
      // invalid_assignment's "only single target (not tuple) can be annotated" alternative
      // reads the elements as star_named_expressions, so the last one, followed by '=',
      // meets invalid_named_expression: `f(), b = 1` -> "Maybe you meant '==' or ':='".
      const last = t0.elts[t0.elts.length - 1];
      // `(b)` is a bitwise_or, not a NAME: the tuple then ends after the name does.
      const bareName = last._type === 'Name' && t0.end_lineno === last.end_lineno && t0.end_col_offset === last.end_col_offset;
      const next = targets.length >= 2 ? targets[1] : value;
      const [b, descended] = this.leftmostBitwiseOr(next);
      // After a target another '=' follows the whole element: only a proper prefix qualifies.
      if (b !== null && (descended || targets.length === 1)) {
        if (bareName) this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.locNodes(last, b));
        const excluded = last._type === 'List' || last._type === 'Tuple' || last._type === 'GeneratorExp' || last._type === 'Starred' ||
          (last._type === 'Constant' && (last.value === true || last.value === false || last.value === None)) ||
          last._type === 'Compare' || last._type === 'BoolOp' || last._type === 'IfExp' || last._type === 'Lambda' ||
          (last._type === 'UnaryOp' && last.op._type === 'Not');
        if (!excluded) this.fail(`cannot assign to ${exprName(last)} here. Maybe you meant '==' instead of '='?`, last);
      }
    }
    for (let i = 0; i < targets.length; i++) {
      const tg = targets[i];
      if (i === 0 && targets.length === 1) {
        // invalid_named_expression: `f(x) = 1` -> "... here. Maybe you meant '==' ...?"
        const bad = this.invalidTarget(tg, 'assign');
        if (bad !== null) {
          // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or: other kinds of
          // expression only reach here inside parentheses (a group is a bitwise_or).
          const paren = this.isParenthesizedStart(start, tg);
          const excluded = tg._type === 'List' || tg._type === 'Tuple' || tg._type === 'GeneratorExp' ||
            (tg._type === 'Constant' && (tg.value === true || tg.value === false || tg.value === None)) ||
            (!paren && (tg._type === 'Starred' || tg._type === 'Compare' || tg._type === 'BoolOp' ||
              (tg._type === 'UnaryOp' && tg.op._type === 'Not') || tg._type === 'Lambda' || tg._type === 'IfExp' ||
              tg._type === 'Yield' || tg._type === 'YieldFrom' || tg._type === 'NamedExpr'));
          if (!excluded) {
            this.fail(`cannot assign to ${exprName(tg)} here. Maybe you meant '==' instead of '='?`, tg);
          }
        }
      }
      if (tg._type === 'Yield' || tg._type === 'YieldFrom') this.fail('assignment to yield expression not possible', tg);
      this.setContext(tg, STORE, 'assign');
    }
    return { _type: 'Assign', targets, value, type_comment: null, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  /** del_stmt: 'del' del_targets &(';' | NEWLINE) */
  private delStmt(): A.StmtNode {
    const t = this.cur;
    this.p++;
    const targets: A.ExprNode[] = [];
    do {
      // A starred target is no del_target: invalid_del_stmt reports it below.
      if (this.atStmtEnd() || this.isOp('*')) break;
      const e = this.bitwiseOr();
      this.setContext(e, DEL, 'del');
      targets.push(e);
    } while (this.eatOp(','));
    if (targets.length === 0 || !this.atStmtEnd()) {
      if (!this.atStmtEnd()) {
        // invalid_del_stmt: 'del' star_expressions
        // Probed: a generic failure in it leaves the error where the first reading stopped.
        const save = this.p;
        const e = this.probe(() => {
          this.p = this.toks.indexOf(t) + 1;
          return this.starExpressions();
        });
        const bad = e === null ? null : this.invalidTarget(e, 'del');
        if (bad !== null) this.fail(`cannot delete ${exprName(bad)}`, bad);
        this.p = save;
      }
      this.invalidSyntax();
    }
    return { _type: 'Delete', targets, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
    return { _type: 'Raise', exc, cause, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
      names.push({ _type: 'alias', name, asname, lineno: s.lineno, col_offset: s.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol });
    } while (this.eatOp(','));
    return { _type: 'Import', names, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
      names.push({ _type: 'alias', name: '*', asname: null, lineno: s.lineno, col_offset: s.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol });
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
        names.push({ _type: 'alias', name, asname, lineno: s.lineno, col_offset: s.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol });
      } while (this.eatOp(','));
      if (paren) this.expectOp(')');
      else if (this.last.string === ',' && this.last.type === TokType.OP) {
        this.raiseAt('SyntaxError', 'trailing comma not allowed without surrounding parentheses', this.last);
      }
    }
    return { _type: 'ImportFrom', module, names, level, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
        // invalid_try_stmt: over 'except' '*' when the star comes late, else at 'except'.
        const last = isStar ? this.toks[this.p - 1] : e;
        this.raiseRange('SyntaxError', "cannot have both 'except' and 'except*' on the same 'try'", e.lineno, e.col, last.endLineno, last.endCol);
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

}
