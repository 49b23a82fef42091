// The match statement (PEP 634) of the Python 3.11 grammar: match_stmt, case_block and the
// pattern rules, producing CPython's Match / match_case / Match* pattern nodes.
//
// Split out of parser.ts (which it calls back for expressions, blocks and errors). `match`
// and `case` are soft keywords: parser.ts only comes here when the line has the shape of a
// match statement (`match <subject> :` NEWLINE INDENT).

import type * as A from './ast';
import { TokType, Token } from './tokenizer';
import type { Parser } from './parser';
import { None } from '../runtime/object';

type Loc = A.Located;

const LOAD: A.Load = { _type: 'Load' };

function locOf(p: Parser, start: Token): Loc {
  return p.loc(start);
}

/** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
export function parseMatchStmt(p: Parser): A.Match {
  const t = p.cur;
  p.p++;
  const subject = subjectExpr(p);
  p.colon();
  if (p.cur.type !== TokType.NEWLINE) p.invalidSyntax();
  p.p++;
  const ind = p.toks[p.p];
  if (ind.type !== TokType.INDENT) {
    p.raiseAt('IndentationError', `expected an indented block after 'match' statement on line ${t.lineno}`, ind);
  }
  p.p++;
  const cases: A.MatchCase[] = [];
  for (;;) {
    const k = p.cur;
    if (k.type === TokType.DEDENT) {
      p.p++;
      break;
    }
    if (k.type === TokType.ENDMARKER) break;
    if (!(k.type === TokType.NAME && k.string === 'case')) p.invalidSyntax();
    cases.push(caseBlock(p));
  }
  if (cases.length === 0) p.invalidSyntax();
  const end = p.endOf([]);
  return { _type: 'Match', subject, cases, lineno: t.lineno, col_offset: t.col, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset };
}

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
function subjectExpr(p: Parser): A.ExprNode {
  const start = p.cur;
  const first = p.starNamedExpression();
  if (!p.isOp(',')) {
    if (first._type === 'Starred') p.invalidSyntax();
    return first;
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':')) break;
    elts.push(p.starNamedExpression());
  }
  return { _type: 'Tuple', elts, ctx: LOAD, ...locOf(p, start) };
}

/** case_block: "case" patterns guard? ':' block */
function caseBlock(p: Parser): A.MatchCase {
  const c = p.cur;
  p.p++;
  const pattern = patterns(p);
  let guard: A.ExprNode | null = null;
  if (p.eatKw('if')) guard = p.namedExpression();
  p.colon();
  const body = p.block("'case' statement", c.lineno);
  return { _type: 'match_case', pattern, guard, body };
}

/** patterns: open_sequence_pattern | pattern */
function patterns(p: Parser): A.Pattern {
  const start = p.cur;
  const first = maybeStarPattern(p);
  if (!p.isOp(',')) {
    if (first._type === 'MatchStar') p.invalidSyntax();
    return first;
  }
  const items = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':') || p.isKw('if')) break;
    items.push(maybeStarPattern(p));
  }
  return { _type: 'MatchSequence', patterns: items, ...locOf(p, start) };
}

/** maybe_star_pattern: star_pattern | pattern */
function maybeStarPattern(p: Parser): A.Pattern {
  if (p.isOp('*')) return starPattern(p);
  return pattern(p);
}

/** star_pattern: '*' pattern_capture_target | '*' wildcard_pattern */
function starPattern(p: Parser): A.Pattern {
  const start = p.cur;
  p.p++;
  const n = p.expectName();
  return { _type: 'MatchStar', name: n.string === '_' ? null : n.string, ...locOf(p, start) };
}

/** pattern: as_pattern | or_pattern;  as_pattern: or_pattern 'as' pattern_capture_target */
function pattern(p: Parser): A.Pattern {
  const start = p.cur;
  const orp = orPattern(p);
  if (!p.isKw('as')) return orp;
  p.p++;
  const n = p.cur;
  if (n.type !== TokType.NAME || n.string === '_') {
    if (n.type === TokType.NAME && n.string === '_') p.raiseAt('SyntaxError', "cannot use '_' as a target", n);
    p.invalidSyntax();
  }
  const target = p.expectName();
  return { _type: 'MatchAs', pattern: orp, name: target.string, ...locOf(p, start) };
}

/** or_pattern: '|'.closed_pattern+ */
function orPattern(p: Parser): A.Pattern {
  const start = p.cur;
  const first = closedPattern(p);
  if (!p.isOp('|')) return first;
  const alts = [first];
  while (p.eatOp('|')) alts.push(closedPattern(p));
  return { _type: 'MatchOr', patterns: alts, ...locOf(p, start) };
}

/**
 * closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
 *   | group_pattern | sequence_pattern | mapping_pattern | class_pattern
 */
function closedPattern(p: Parser): A.Pattern {
  const t = p.cur;
  if (t.type === TokType.OP) {
    if (t.string === '(') return parenPattern(p);
    if (t.string === '[') {
      p.p++;
      const items: A.Pattern[] = [];
      while (!p.isOp(']')) {
        items.push(maybeStarPattern(p));
        if (!p.eatOp(',')) break;
      }
      p.expectOp(']');
      return { _type: 'MatchSequence', patterns: items, ...locOf(p, t) };
    }
    if (t.string === '{') return mappingPattern(p);
    if (t.string === '-') {
      const value = literalNumberExpr(p);
      return { _type: 'MatchValue', value, ...nodeLoc(value) };
    }
  }
  if (t.type === TokType.NUMBER) {
    const value = literalNumberExpr(p);
    return { _type: 'MatchValue', value, ...nodeLoc(value) };
  }
  if (t.type === TokType.STRING) {
    const value = p.atom();
    if (value._type === 'JoinedStr') p.raiseNode('patterns may only match literals and attribute lookups', value);
    return { _type: 'MatchValue', value, ...nodeLoc(value) };
  }
  if (t.type === TokType.NAME) {
    if (t.string === 'None' || t.string === 'True' || t.string === 'False') {
      p.p++;
      const value = t.string === 'None' ? None : t.string === 'True';
      return { _type: 'MatchSingleton', value, ...locOf(p, t) };
    }
    const nameOrAttr = nameOrAttribute(p);
    if (p.isOp('(')) return classPattern(p, nameOrAttr, t);
    if (nameOrAttr._type === 'Attribute') {
      return { _type: 'MatchValue', value: nameOrAttr, ...nodeLoc(nameOrAttr) };
    }
    const id = (nameOrAttr as A.Name).id;
    if (p.isOp('=')) p.invalidSyntax();
    return { _type: 'MatchAs', pattern: null, name: id === '_' ? null : id, ...locOf(p, t) };
  }
  p.invalidSyntax();
}

function nodeLoc(n: Loc): Loc {
  return { lineno: n.lineno, col_offset: n.col_offset, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset };
}

/** name_or_attr: attr | NAME;  attr: name_or_attr '.' NAME */
function nameOrAttribute(p: Parser): A.Name | A.Attribute {
  const start = p.cur;
  const n = p.expectName();
  let e: A.Name | A.Attribute = { _type: 'Name', id: n.string, ctx: LOAD, ...locOf(p, start) };
  while (p.isOp('.')) {
    p.p++;
    const a = p.expectName();
    e = { _type: 'Attribute', value: e, attr: a.string, ctx: LOAD, ...locOf(p, start) };
  }
  return e;
}

/**
 * signed_number !('+' | '-') | complex_number, as an expression:
 * NUMBER, '-' NUMBER (UnaryOp USub), and real ('+' | '-') imaginary (BinOp).
 */
function literalNumberExpr(p: Parser): A.ExprNode {
  const start = p.cur;
  let real: A.ExprNode;
  let nt: Token;
  if (p.isOp('-')) {
    p.p++;
    nt = p.cur;
    if (nt.type !== TokType.NUMBER) p.invalidSyntax();
    p.p++;
    const c: A.Constant = { _type: 'Constant', value: p.numberValue(nt), kind: null, ...locOf(p, nt) };
    real = { _type: 'UnaryOp', op: { _type: 'USub' }, operand: c, ...locOf(p, start) };
  } else {
    nt = p.cur;
    p.p++;
    real = { _type: 'Constant', value: p.numberValue(nt), kind: null, ...locOf(p, nt) };
  }
  if (p.isOp('+') || p.isOp('-')) {
    // complex_number's real part (_PyPegen_ensure_real).
    if (/[jJ]$/.test(nt.string)) p.raiseAt('SyntaxError', 'real number required in complex literal', nt);
    const op = p.cur.string === '+' ? 'Add' : 'Sub';
    p.p++;
    const it = p.cur;
    if (it.type !== TokType.NUMBER || !/[jJ]$/.test(it.string)) {
      p.raiseAt('SyntaxError', 'imaginary number required in complex literal', it);
    }
    p.p++;
    const imag: A.Constant = { _type: 'Constant', value: p.numberValue(it), kind: null, ...locOf(p, it) };
    return { _type: 'BinOp', left: real, op: { _type: op }, right: imag, ...locOf(p, start) };
  }
  return real;
}

/** group_pattern: '(' pattern ')' | sequence_pattern: '(' open_sequence_pattern? ')' */
function parenPattern(p: Parser): A.Pattern {
  const open = p.cur;
  p.p++;
  if (p.eatOp(')')) return { _type: 'MatchSequence', patterns: [], ...locOf(p, open) };
  const first = maybeStarPattern(p);
  if (p.isOp(')') && first._type !== 'MatchStar') {
    p.p++;
    return first;
  }
  const items = [first];
  if (!p.isOp(')')) {
    p.expectOp(',');
    while (!p.isOp(')')) {
      items.push(maybeStarPattern(p));
      if (!p.eatOp(',')) break;
    }
  }
  p.expectOp(')');
  return { _type: 'MatchSequence', patterns: items, ...locOf(p, open) };
}

/** mapping_pattern: '{' [items_pattern] [double_star_pattern] ','? '}' */
function mappingPattern(p: Parser): A.Pattern {
  const open = p.cur;
  p.p++;
  const keys: A.ExprNode[] = [];
  const pats: A.Pattern[] = [];
  let rest: string | null = null;
  while (!p.isOp('}')) {
    if (p.isOp('**')) {
      p.p++;
      // pattern_capture_target: a name other than '_'.
      if (p.cur.type === TokType.NAME && p.cur.string === '_') p.invalidSyntax();
      const n = p.expectName();
      rest = n.string;
      p.eatOp(',');
      if (!p.isOp('}')) p.invalidSyntax();
      break;
    }
    keys.push(mappingKey(p));
    p.expectOp(':');
    pats.push(pattern(p));
    if (!p.eatOp(',')) break;
  }
  p.expectOp('}');
  return { _type: 'MatchMapping', keys, patterns: pats, rest, ...locOf(p, open) };
}

/** key_value_pattern's key: literal_expr | attr */
function mappingKey(p: Parser): A.ExprNode {
  const t = p.cur;
  if (t.type === TokType.NUMBER || (t.type === TokType.OP && t.string === '-')) return literalNumberExpr(p);
  if (t.type === TokType.STRING) return p.atom();
  if (t.type === TokType.NAME) {
    if (t.string === 'None' || t.string === 'True' || t.string === 'False') return p.atom();
    const e = nameOrAttribute(p);
    if (e._type !== 'Attribute') p.invalidSyntax();
    return e;
  }
  p.invalidSyntax();
}

/** class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')' */
function classPattern(p: Parser, cls: A.Name | A.Attribute, start: Token): A.Pattern {
  p.p++;
  const pats: A.Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPats: A.Pattern[] = [];
  while (!p.isOp(')')) {
    const t = p.cur;
    if (t.type === TokType.NAME && p.peekOp('=')) {
      p.p += 2;
      kwdAttrs.push(t.string);
      kwdPats.push(pattern(p));
    } else {
      const pat = pattern(p);
      if (kwdAttrs.length > 0) {
        p.raiseNode('positional patterns follow keyword patterns', pat);
      }
      pats.push(pat);
    }
    if (!p.eatOp(',')) break;
  }
  p.expectOp(')');
  return { _type: 'MatchClass', cls, patterns: pats, kwd_attrs: kwdAttrs, kwd_patterns: kwdPats, ...locOf(p, start) };
}
