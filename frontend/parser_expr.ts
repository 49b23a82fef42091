// The expression rules of the Python 3.11 grammar (Grammar/python.gram: expressions down to
// atom, calls and slices, comprehensions, lambda and def parameters, assignment targets),
// one method per rule, and the f-string replacement-field sub-parser. Statements build on
// this class in parser.ts.

import type * as A from './ast';
import { PySyntaxError } from './syntaxerror';
import { Token, TokType, tokenize, utf8ToCharOffset } from './tokenizer';
import { concatenateStrings } from './parser_strings';
import { COMPARE_OPS, KEYWORDS, LOAD, ParserBase, STORE, exprName, trailingDisjunction } from './parser_base';
import { Ellipsis, None, PyObject } from '../runtime/object';

export class ExprParser extends ParserBase {
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

  protected probeWithoutInvalid(f: () => unknown): void {
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
  protected forTargetError(forIndex: number): never {
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

  /**
   * star_targets: star_target !',' | star_target (',' star_target)* [',']
   * Parsed as primaries (so 'in' and '=' end them), then given Store context.
   */
  protected starTargets(kind: 'for' | 'assign'): A.ExprNode {
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
    const tup: A.Tuple = { _type: 'Tuple', elts, ctx: STORE, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
    this.setContext(tup, STORE, kind);
    return tup;
  }

  protected starTarget(): A.ExprNode {
    const t = this.cur;
    if (this.eatOp('*')) {
      // star_target: '*' (!'*' star_target)
      if (this.isOp('*')) this.invalidSyntax();
      const value = this.starTarget();
      return { _type: 'Starred', value, ctx: STORE, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
    }
    const save = this.p;
    const e = this.bitwiseOr();
    if (this.isKw('in') || this.isOp('=') || this.isOp(',') || this.isOp(':') || this.isOp(')')) return e;
    // Something like `for x.y z in ...`: let the generic path report it.
    this.p = save;
    return this.bitwiseOr();
  }

  /**
   * params / lambda_params: parameters up to `close` (')' or ':'), with annotations
   * only for def. Mirrors parameters, slash_no_default, slash_with_default,
   * star_etc, kwds and their invalid_* error rules.
   */
  protected parameters(close: string, annotations: boolean): A.Arguments {
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
      const a: A.Arg = { _type: 'arg', arg: nameTok.string, annotation, type_comment: null, lineno: s.lineno, col_offset: s.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
      if (seen.has(a.arg)) {
        // CPython reports duplicates from the symtable; keep parsing here.
      }
      seen.add(a.arg);
      return a;
    };
    while (!this.isOp(close)) {
      const t = this.cur;
      if (t.type === TokType.OP && t.string === '(') this.parenthesizedParameters(t, close);
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
          if (!this.isOp(',') && !this.isOp(close)) this.maybeMissingComma(def);
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
  protected expressions(): A.ExprNode {
    const start = this.cur;
    const first = this.expression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.expression());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
    return { _type: 'Tuple', elts, ctx: LOAD, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
  protected starExpression(): A.ExprNode {
    const t = this.cur;
    if (this.eatOp('*')) {
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: LOAD, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
    }
    return this.expression();
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  /** @internal (parser_match.ts) */
  starNamedExpression(): A.ExprNode {
    const t = this.cur;
    if (this.eatOp('*')) {
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: LOAD, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
      return { _type: 'NamedExpr', target, value, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
    }
    const e = this.expression();
    if (this.isOp(':=')) this.fail(`cannot use assignment expressions with ${exprName(e)}`, e);
    if (this.isOp('=')) this.invalidEquals(e);
    return e;
  }

  /** invalid_named_expression's '=' cases (inside brackets or conditions). */
  protected invalidEquals(e: A.ExprNode): void {
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
    if (!this.isKw('if')) {
      // Outside brackets a name followed by the start of another expression is an error
      // whatever follows (a call or subscript would have been read); CPython's second pass has
      // tried invalid_legacy_expression at this position (inside brackets maybeMissingComma
      // tries it, after the comma rule, in CPython's order).
      if (body._type === 'Name' && this.level === 0 && this.noInvalid === 0 && this.startsExpression()) this.legacyExpression(body);
      return body;
    }
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
    return { _type: 'IfExp', test, body, orelse, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  /** lambdef: 'lambda' [lambda_params] ':' expression */
  protected lambdef(): A.ExprNode {
    const t = this.cur;
    this.p++;
    const args = this.parameters(':', false);
    this.expectOp(':');
    const body = this.expression();
    return { _type: 'Lambda', args, body, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
  protected yieldExpr(): A.ExprNode {
    const t = this.cur;
    this.p++;
    if (this.eatKw('from')) {
      const value = this.expression();
      return { _type: 'YieldFrom', value, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
    }
    const value = this.startsExpression() ? this.starExpressions() : null;
    return { _type: 'Yield', value, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  /** disjunction: conjunction ('or' conjunction)+ | conjunction */
  protected disjunction(): A.ExprNode {
    const start = this.cur;
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.isKw('or')) {
      const at = this.p++;
      try {
        values.push(this.conjunction());
      } catch (e) {
        if (!this.backtrack(e, at)) throw e;
        break;
      }
    }
    if (values.length === 1) return first;
    return { _type: 'BoolOp', op: { _type: 'Or' }, values, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  /** conjunction: inversion ('and' inversion)+ | inversion */
  protected conjunction(): A.ExprNode {
    const start = this.cur;
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.isKw('and')) {
      const at = this.p++;
      try {
        values.push(this.inversion());
      } catch (e) {
        if (!this.backtrack(e, at)) throw e;
        break;
      }
    }
    if (values.length === 1) return first;
    return { _type: 'BoolOp', op: { _type: 'And' }, values, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  /** inversion: 'not' inversion | comparison */
  protected inversion(): A.ExprNode {
    const t = this.cur;
    if (t.type === TokType.NAME && t.string === 'not') {
      this.p++;
      const operand = this.inversion();
      return { _type: 'UnaryOp', op: { _type: 'Not' }, operand, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
    }
    return this.comparison();
  }

  /** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
  protected comparison(): A.ExprNode {
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
    return { _type: 'Compare', left, ops, comparators, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  protected binop(start: Token, left: A.ExprNode, op: A.Operator['_type'], right: A.ExprNode): A.BinOp {
    const e = this.toks[this.p - 1];
    return {
      _type: 'BinOp', left, op: { _type: op } as A.Operator, right,
      lineno: start.lineno, col_offset: start.col, end_lineno: e.endLineno, end_col_offset: e.endCol,
    };
  }

  /**
   * One left-associative level of the binary-operator grammar (`level: level OP operand |
   * operand`): operands joined by the operators `opOf` names. When the operand after an
   * operator fails to parse, the parser backtracks to before the operator (see backtrack)
   * and the level ends there.
   */
  private binaryLevel(operand: () => A.ExprNode, opOf: (s: string) => A.Operator['_type'] | null): A.ExprNode {
    const start = this.cur;
    let left = operand();
    for (;;) {
      const t = this.cur;
      if (t.type !== TokType.OP) return left;
      const op = opOf(t.string);
      if (op === null) return left;
      const at = this.p++;
      let right: A.ExprNode;
      try {
        right = operand();
      } catch (e) {
        if (!this.backtrack(e, at)) throw e;
        return left;
      }
      left = this.binop(start, left, op, right);
    }
  }

  // Each level's operand parser, made once per parser (not per call).
  private readonly xorOperand = (): A.ExprNode => this.bitwiseXor();
  private readonly andOperand = (): A.ExprNode => this.bitwiseAnd();
  private readonly shiftOperand = (): A.ExprNode => this.shiftExpr();
  private readonly sumOperand = (): A.ExprNode => this.sum();
  private readonly termOperand = (): A.ExprNode => this.term();
  private readonly factorOperand = (): A.ExprNode => this.factor();

  /** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
  bitwiseOr(): A.ExprNode {
    return this.binaryLevel(this.xorOperand, bitOrOp);
  }

  /** bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and */
  protected bitwiseXor(): A.ExprNode {
    return this.binaryLevel(this.andOperand, bitXorOp);
  }

  /** bitwise_and: bitwise_and '&' shift_expr | shift_expr */
  protected bitwiseAnd(): A.ExprNode {
    return this.binaryLevel(this.shiftOperand, bitAndOp);
  }

  /** shift_expr: shift_expr ('<<' | '>>') sum | sum */
  protected shiftExpr(): A.ExprNode {
    return this.binaryLevel(this.sumOperand, shiftOp);
  }

  /** sum: sum ('+' | '-') term | term */
  protected sum(): A.ExprNode {
    return this.binaryLevel(this.termOperand, sumOp);
  }

  /** term: term ('*' | '/' | '//' | '%' | '@') factor | factor */
  protected term(): A.ExprNode {
    return this.binaryLevel(this.factorOperand, termOp);
  }

  /** factor: '+' factor | '-' factor | '~' factor | power */
  protected factor(): A.ExprNode {
    const t = this.cur;
    if (t.type === TokType.OP) {
      let op: A.UnaryOpKind['_type'] | null = null;
      if (t.string === '-') op = 'USub';
      else if (t.string === '+') op = 'UAdd';
      else if (t.string === '~') op = 'Invert';
      if (op !== null) {
        this.p++;
        const operand = this.factor();
        return { _type: 'UnaryOp', op: { _type: op } as A.UnaryOpKind, operand, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
      }
    }
    return this.power();
  }

  /** power: await_primary '**' factor | await_primary */
  protected power(): A.ExprNode {
    const start = this.cur;
    let left: A.ExprNode;
    if (this.isKw('await')) {
      // await_primary: AWAIT primary
      this.p++;
      const value = this.primary();
      left = { _type: 'Await', value, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
    } else left = this.primary();
    if (this.isOp('**')) {
      this.p++;
      return this.binop(start, left, 'Pow', this.factor());
    }
    return left;
  }

  /** primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom */
  protected primary(): A.ExprNode {
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
        e = { _type: 'Attribute', value: e, attr: n.string, ctx: LOAD, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
      } else if (t.string === '(') {
        this.p++;
        const r = this.callArguments(t);
        e = { _type: 'Call', func: e, args: r.args, keywords: r.keywords, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
      } else if (t.string === '[') {
        this.p++;
        this.level++;
        const slice = this.slices();
        if (!this.isOp(']')) this.maybeMissingComma(slice._type === 'Tuple' && slice.elts.length > 0 ? slice.elts[slice.elts.length - 1] : slice);
        this.level--;
        this.expectOp(']');
        e = { _type: 'Subscript', value: e, slice, ctx: LOAD, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
      } else return e;
    }
  }

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  protected slices(): A.ExprNode {
    const start = this.cur;
    const first = this.isOp('*') ? this.starExpression() : this.slice();
    if (!this.isOp(',')) {
      // A lone starred slice is still a tuple (a[*b] is a[(*b,)]).
      if (first._type === 'Starred') return { _type: 'Tuple', elts: [first], ctx: LOAD, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.isOp('*') ? this.starExpression() : this.slice());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
  protected slice(): A.ExprNode {
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
    return { _type: 'Slice', lower, upper, step, lineno: start.lineno, col_offset: start.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  /**
   * arguments: args [','] &')' — positional (starred_expression | named_expression
   * !'='), then kwargs (NAME '=' expression | '*' expression | '**' expression).
   * Consumes the closing ')'. A lone generator argument spans the call's parentheses.
   */
  protected callArguments(open: Token): { args: A.ExprNode[]; keywords: A.Keyword[] } {
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
        if (sawDoubleStar) this.raiseAt('SyntaxError', 'iterable argument unpacking follows keyword argument unpacking', t);
        this.p++;
        const value = this.expression();
        args.push({ _type: 'Starred', value, ctx: LOAD, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol });
        lastValue = sawKw || sawDoubleStar ? null : value;
      } else if (t.type === TokType.OP && t.string === '**') {
        this.p++;
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: null, value, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol });
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
        keywords.push({ _type: 'keyword', arg: t.string, value, lineno: t.lineno, col_offset: t.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol });
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
          const ge: A.GeneratorExp = { _type: 'GeneratorExp', elt: e, generators, lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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

  protected namedExpressionInCall(): A.ExprNode {
    const t = this.cur;
    if (t.type === TokType.NAME && this.peekOp(':=') && !KEYWORDS.has(t.string)) return this.namedExpression();
    // args has no invalid_named_expression: `f(x.a := 1)` is the generic error at ':='.
    return this.expression();
  }

  /**
   * invalid_expression: inside brackets, two expressions side by side ->
   * "invalid syntax. Perhaps you forgot a comma?" (range from the first to the second).
   */
  protected maybeMissingComma(prev: A.ExprNode | null): void {
    if (prev === null || this.level === 0 || this.noInvalid > 0 || !this.startsExpression()) return;
    // The rule applies to the innermost trailing disjunction of the previous element.
    prev = trailingDisjunction(prev);
    if (this.cur.type === TokType.NAME && KEYWORDS.has(this.cur.string) && this.cur.string !== 'not' && this.cur.string !== 'lambda' &&
      this.cur.string !== 'None' && this.cur.string !== 'True' && this.cur.string !== 'False') return;
    // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid; where that
    // look-ahead stops the rule, or `a` is print / exec (_PyPegen_check_legacy_stmt), the
    // next alternative of `expression`, invalid_legacy_expression, has its turn.
    const ai = this.tokIndexAt(prev);
    const at = this.toks[ai];
    const legacyName = prev._type === 'Name' && (prev.id === 'print' || prev.id === 'exec');
    if (at.type === TokType.NAME && (at.string === 'match' || at.string === 'case' || at.string === '_' || this.toks[ai + 1]?.type === TokType.STRING || legacyName)) {
      if (prev._type === 'Name') this.legacyExpression(prev);
      return;
    }
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

  /**
   * invalid_legacy_expression, an alternative of every `expression` in CPython 3.11 with the
   * invalid_* rules on: a=NAME !'(' b=star_expressions, an error only when the name is print
   * or exec ("Missing parentheses in call to 'print'. Did you mean print(...)?", from the name
   * to the end of b). For another name it is no match, but the tokens it read stay fetched, so
   * `x = {urn "fine"` reads past the string and is "'{' was never closed" (parser_base.ts
   * throwError); an error raised while reading b is the error.
   */
  protected legacyExpression(name: A.Name): void {
    const i = this.tokIndexAt(name);
    const after = this.toks[i + 1];
    if (after === undefined || (after.type === TokType.OP && after.string === '(')) return;
    const save = this.p;
    this.p = i + 1;
    let rest: A.ExprNode | null;
    try {
      rest = this.probe(() => {
        const b = this.starExpressions();
        // b's own expressions ran invalid_expression too: `[print "a" 2]` is a missing comma.
        if (this.startsExpression()) this.maybeMissingComma(b);
        return b;
      });
    } finally {
      this.p = save;
    }
    if (rest !== null && (name.id === 'print' || name.id === 'exec')) {
      this.fail(`Missing parentheses in call to '${name.id}'. Did you mean ${name.id}(...)?`, this.locNodes(name, rest));
    }
  }

  /**
   * invalid_parameters / invalid_lambda_parameters: '(' param_no_default+ ','? ')' in a
   * parameter list -> "... parameters cannot be parenthesized" (range '(' to ')').
   */
  protected parenthesizedParameters(open: Token, close: string): void {
    if (this.noInvalid > 0) return;
    let i = this.p + 1;
    let n = 0;
    for (;;) {
      const k = this.toks[i];
      if (k.type !== TokType.NAME || KEYWORDS.has(k.string)) return;
      i++;
      n++;
      const sep = this.toks[i];
      if (sep.type === TokType.OP && sep.string === ',') {
        i++;
        const after = this.toks[i];
        if (after.type === TokType.OP && after.string === ')') break;
        continue;
      }
      if (sep.type === TokType.OP && sep.string === ')') break;
      return;
    }
    if (n === 0) return;
    const end = this.toks[i];
    const what = close === ':' ? 'Lambda expression parameters' : 'Function parameters';
    this.raiseRange('SyntaxError', `${what} cannot be parenthesized`, open.lineno, open.col, end.endLineno, end.endCol);
  }

  /**
   * invalid_comprehension: ('[' | '{') a=star_named_expression ',' [star_named_expressions]
   * for_if_clauses: an unparenthesized tuple before `for` ("[x, y for x, y in z]"), reported
   * over the elements (up to the trailing comma when the last one is missing).
   */
  protected forgotComprehensionParens(first: A.ExprNode, endLineno: number, endCol: number): void {
    if (!(this.isKw('for') || this.isKw('async'))) return;
    const level = this.level;
    const clauses = this.probe(() => this.forIfClauses());
    this.level = level;
    if (clauses === null) return;
    this.raiseRange('SyntaxError', 'did you forget parentheses around the comprehension target?', first.lineno, first.col_offset, endLineno, endCol);
  }

  /** invalid_comprehension: ('[' | '(' | '{') a=starred_expression for_if_clauses */
  protected noStarredElement(first: A.ExprNode): void {
    if (first._type === 'Starred') this.fail('iterable unpacking cannot be used in comprehension', first);
  }

  /** for_if_clauses: ('for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
  protected forIfClauses(): A.Comprehension[] {
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
        return { _type: 'Constant', value: this.numberValue(t), kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
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
  protected parenAtom(): A.ExprNode {
    const open = this.cur;
    this.p++;
    this.level++;
    if (this.isOp(')')) {
      this.p++;
      this.level--;
      return { _type: 'Tuple', elts: [], ctx: LOAD, lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.level--;
      this.expectOp(')');
      return y;
    }
    if (this.isOp('**')) {
      // invalid_group: '(' a='**' expression ')'.
      const star = this.cur;
      const level = this.level;
      const group = this.probe(() => {
        this.p++;
        this.expression();
        return this.isOp(')') ? true : null;
      });
      this.level = level;
      if (group === true) this.raiseAt('SyntaxError', 'cannot use double starred expression here', star);
    }
    const first = this.starNamedExpression();
    if (this.isKw('for') || this.isKw('async')) {
      this.noStarredElement(first);
      const generators = this.forIfClauses();
      this.level--;
      this.expectOp(')');
      return { _type: 'GeneratorExp', elt: first, generators, lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
      return { _type: 'Tuple', elts, ctx: LOAD, lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
    }
    if (!this.isOp(')')) this.maybeMissingComma(first);
    this.level--;
    this.expectOp(')');
    if (first._type === 'Starred') this.fail('cannot use starred expression here', first);
    return first;
  }

  /** list | listcomp */
  protected listAtom(): A.ExprNode {
    const open = this.cur;
    this.p++;
    this.level++;
    const elts: A.ExprNode[] = [];
    if (!this.isOp(']')) {
      const first = this.starNamedExpression();
      if (this.isKw('for') || this.isKw('async')) {
        this.noStarredElement(first);
        const generators = this.forIfClauses();
        this.level--;
        this.expectOp(']');
        return { _type: 'ListComp', elt: first, generators, lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
      }
      elts.push(first);
      while (this.eatOp(',')) {
        if (this.isOp(']')) break;
        if (elts.length === 1 && (this.isKw('for') || this.isKw('async'))) {
          const comma = this.toks[this.p - 1];
          this.forgotComprehensionParens(first, comma.endLineno, comma.endCol);
        }
        if (this.isKw('for') || this.isKw('async')) break;
        elts.push(this.starNamedExpression());
      }
      if (elts.length > 1) {
        const last = elts[elts.length - 1];
        this.forgotComprehensionParens(first, last.end_lineno ?? last.lineno, last.end_col_offset ?? last.col_offset);
      }
      if (!this.isOp(']')) this.maybeMissingComma(elts[elts.length - 1]);
    }
    this.level--;
    this.expectOp(']');
    return { _type: 'List', elts, ctx: LOAD, lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  /** dict | set | dictcomp | setcomp */
  protected braceAtom(): A.ExprNode {
    const open = this.cur;
    this.p++;
    this.level++;
    if (this.isOp('}')) {
      this.p++;
      this.level--;
      return { _type: 'Dict', keys: [], values: [], lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
        if (this.isOp('*')) {
          const st = this.cur;
          this.p++;
          const sv = this.bitwiseOr();
          this.fail('cannot use a starred expression in a dictionary value', { lineno: st.lineno, col_offset: st.col, end_lineno: sv.end_lineno, end_col_offset: sv.end_col_offset });
        }
        const v = this.expression();
        if (this.isKw('for') || this.isKw('async')) {
          const generators = this.forIfClauses();
          this.level--;
          this.expectOp('}');
          return { _type: 'DictComp', key: first, value: v, generators, lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
        }
        keys.push(first);
        values.push(v);
        isDict = true;
        if (!this.isOp(',') && !this.isOp('}')) this.maybeMissingComma(v);
      } else {
        if (this.isKw('for') || this.isKw('async')) {
          this.noStarredElement(first);
          const generators = this.forIfClauses();
          this.level--;
          this.expectOp('}');
          return { _type: 'SetComp', elt: first, generators, lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
        }
        const elts = [first];
        while (this.eatOp(',')) {
          if (this.isOp('}')) break;
          if (elts.length === 1 && (this.isKw('for') || this.isKw('async'))) {
            const comma = this.toks[this.p - 1];
            this.forgotComprehensionParens(first, comma.endLineno, comma.endCol);
          }
          if (this.isKw('for') || this.isKw('async')) break;
          elts.push(this.starNamedExpression());
        }
        if (elts.length > 1) {
          const last = elts[elts.length - 1];
          this.forgotComprehensionParens(first, last.end_lineno ?? last.lineno, last.end_col_offset ?? last.col_offset);
        }
        if (!this.isOp('}')) this.maybeMissingComma(elts[elts.length - 1]);
        this.level--;
        this.expectOp('}');
        return { _type: 'Set', elts, lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
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
          // invalid_kvpair: located at the key's last character, no end.
          if (this.noInvalid > 0) this.invalidSyntax();
          const text = this.lineText(k.end_lineno ?? k.lineno) ?? '';
          const endChar = utf8ToCharOffset(text, k.end_col_offset ?? 0);
          this.raiseRaw('SyntaxError', "':' expected after dictionary key", k.end_lineno ?? k.lineno, endChar, k.end_lineno ?? k.lineno, 0);
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
    return { _type: 'Dict', keys: keys as A.ExprNode[], values, lineno: open.lineno, col_offset: open.col, end_lineno: this.toks[this.p - 1].endLineno, end_col_offset: this.toks[this.p - 1].endCol };
  }

  // ---- f-string support ------------------------------------------------------------

  /** StringContext.parseSubExpression: parse "(" + text + ")" placed at (lineno, col). */
  parseSubExpression(text: string, lineno: number, col: number, _firstLine: boolean): A.ExprNode {
    const sub = '(' + text + ')';
    const t = tokenize(sub, this.filename, false);
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
    const p = new ExprParser(t.tokens, t.source, t.lineStarts, this.filename, null, tokErr, t.errorOverrides);
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

// The operators of each binary level, by token text (null: not this level's operator).
const bitOrOp = (s: string): A.Operator['_type'] | null => (s === '|' ? 'BitOr' : null);
const bitXorOp = (s: string): A.Operator['_type'] | null => (s === '^' ? 'BitXor' : null);
const bitAndOp = (s: string): A.Operator['_type'] | null => (s === '&' ? 'BitAnd' : null);
const shiftOp = (s: string): A.Operator['_type'] | null => (s === '<<' ? 'LShift' : s === '>>' ? 'RShift' : null);
const sumOp = (s: string): A.Operator['_type'] | null => (s === '+' ? 'Add' : s === '-' ? 'Sub' : null);
function termOp(s: string): A.Operator['_type'] | null {
  switch (s) {
    case '*':
      return 'Mult';
    case '/':
      return 'Div';
    case '//':
      return 'FloorDiv';
    case '%':
      return 'Mod';
    case '@':
      return 'MatMult';
    default:
      return null;
  }
}
