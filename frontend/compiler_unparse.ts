// Annotations as strings (Python/ast_unparse.c: _PyAST_ExprAsUnicode), for modules with
// `from __future__ import annotations`, where every annotation is compiled as the
// constant string of its source text, re-rendered from the AST with minimal parentheses.

import type * as A from './ast';
import { Ellipsis, None, PyBytes, PyComplex, PyFloat, PyObject, PyTuple } from '../runtime/object';
import { bytesRepr, strRepr } from '../runtime/str_repr';
import { floatRepr } from '../runtime/float_repr';

// Operator precedence, lowest first (ast_unparse.c's PR_*).
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_BOR = 6;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<A.Operator['_type'], [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH], Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], FloorDiv: [' // ', PR_TERM], Pow: [' ** ', PR_POWER],
  LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT], BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR],
  BitAnd: [' & ', PR_BAND],
};

const CMPOPS: Record<A.CmpOp['_type'], string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ',
  In: ' in ', NotIn: ' not in ',
};

export class UnparseError extends Error {}

function constRepr(v: PyObject): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return String(v);
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    default:
      break;
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return '...';
  if (v instanceof PyFloat) return Number.isFinite(v.value) ? floatRepr(v.value) : v.value > 0 ? '1e309' : '-1e309';
  if (v instanceof PyComplex) return v.real === 0 && !Object.is(v.real, -0) ? floatRepr(v.imag).replace(/\.0$/, '') + 'j' : `(${floatRepr(v.real)}+${floatRepr(v.imag)}j)`;
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PyTuple) {
    const items = v.items.map(constRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  throw new UnparseError('cannot unparse this constant');
}

function paren(s: string, cond: boolean): string {
  return cond ? `(${s})` : s;
}

function seq(es: A.ExprNode[]): string {
  return es.map((e) => unparse(e, PR_TEST)).join(', ');
}

/** append_ast_expr: the source text of `e` in a context of precedence `level`. */
function unparse(e: A.ExprNode, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op._type === 'And' ? PR_AND : PR_OR;
      const op = e.op._type === 'And' ? ' and ' : ' or ';
      return paren(e.values.map((v) => unparse(v, pr + 1)).join(op), level > pr);
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op._type];
      const rassoc = e.op._type === 'Pow';
      return paren(unparse(e.left, pr + (rassoc ? 1 : 0)) + op + unparse(e.right, pr + (rassoc ? 0 : 1)), level > pr);
    }
    case 'UnaryOp': {
      const [op, pr] = e.op._type === 'Not' ? ['not ', PR_NOT] : e.op._type === 'Invert' ? ['~', PR_FACTOR]
        : e.op._type === 'UAdd' ? ['+', PR_FACTOR] : ['-', PR_FACTOR];
      return paren(op + unparse(e.operand, pr as number), level > (pr as number));
    }
    case 'IfExp':
      return paren(`${unparse(e.body, PR_TEST + 1)} if ${unparse(e.test, PR_TEST + 1)} else ${unparse(e.orelse, PR_TEST)}`, level > PR_TEST);
    case 'Compare': {
      let s = unparse(e.left, PR_CMP + 1);
      for (let i = 0; i < e.ops.length; i++) s += CMPOPS[e.ops[i]._type] + unparse(e.comparators[i], PR_CMP + 1);
      return paren(s, level > PR_CMP);
    }
    case 'Call': {
      const args = [...e.args.map((a) => unparse(a, PR_TEST)),
        ...e.keywords.map((k) => (k.arg === null ? '**' + unparse(k.value, PR_TEST) : `${k.arg}=${unparse(k.value, PR_TEST)}`))];
      return `${unparse(e.func, PR_ATOM)}(${args.join(', ')})`;
    }
    case 'Constant':
      return constRepr(e.value);
    case 'Attribute': {
      let v = unparse(e.value, PR_ATOM);
      // `1 .real`: an int literal needs a space before the dot.
      if (e.value._type === 'Constant' && (typeof e.value.value === 'number' || typeof e.value.value === 'bigint')) v += ' ';
      return `${v}.${e.attr}`;
    }
    case 'Subscript': {
      const sl = e.slice;
      let inner: string;
      if (sl._type === 'Tuple' && sl.elts.length > 0) {
        inner = sl.elts.map((x) => unparse(x, PR_TEST)).join(', ') + (sl.elts.length === 1 ? ',' : '');
      } else {
        inner = unparse(sl, PR_TUPLE);
      }
      return `${unparse(e.value, PR_ATOM)}[${inner}]`;
    }
    case 'Starred':
      return '*' + unparse(e.value, PR_BOR);
    case 'Name':
      return e.id;
    case 'List':
      return `[${seq(e.elts)}]`;
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(seq(e.elts) + (e.elts.length === 1 ? ',' : ''), level > PR_TUPLE);
    case 'Set':
      return e.elts.length ? `{${seq(e.elts)}}` : '{*()}';
    case 'Dict': {
      const keys = e.keys as (A.ExprNode | null)[];
      return `{${keys.map((k, i) => (k === null ? '**' + unparse(e.values[i], PR_BOR) : `${unparse(k, PR_TEST)}: ${unparse(e.values[i], PR_TEST)}`)).join(', ')}}`;
    }
    case 'Slice': {
      let s = e.lower ? unparse(e.lower, PR_TEST) : '';
      s += ':' + (e.upper ? unparse(e.upper, PR_TEST) : '');
      if (e.step) s += ':' + unparse(e.step, PR_TEST);
      return s;
    }
    case 'Await':
      return paren('await ' + unparse(e.value, PR_ATOM), level > PR_AWAIT);
    default:
      throw new UnparseError(`cannot unparse a ${e._type} annotation`);
  }
}

/** _PyAST_ExprAsUnicode */
export function exprAsUnicode(e: A.ExprNode): string {
  return unparse(e, PR_TEST);
}
