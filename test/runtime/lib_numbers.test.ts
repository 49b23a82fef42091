// int, float and complex semantics (runtime/int_ops.ts, float_ops.ts, complex.ts,
// numeric.ts) against CPython 3.11's results in goldens/lib_numbers.json
// (regenerate: python3 test/runtime/lib_numbers_gen.py).
import { describe, it, expect } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { PyObject, PyFloat, PyComplex, PyTuple } from '../../runtime/object';
import * as I from '../../runtime/int_ops';
import * as F from '../../runtime/float_ops';
import { complexRepr } from '../../runtime/complex';
import { numericBinaryOp, numericCompare, numericUnaryOp, numericHash, NumBinOp, CompareOp, NumUnaryOp } from '../../runtime/numeric';
import { Enc, decode, capture, checkAgainstKnown } from './lib/golden_codec';

const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'goldens', 'lib_numbers.json'), 'utf8')) as {
  cases: [string, Enc[], Enc][];
};
const known = JSON.parse(fs.readFileSync(path.join(__dirname, 'goldens', 'lib_known_failures.json'), 'utf8')) as Record<string, Record<string, string>>;

const BIN = new Set(['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', 'divmod']);
const CMP = new Set(['<', '<=', '==', '!=', '>', '>=']);

function fl(v: PyObject): number {
  return (v as PyFloat).value;
}

function evalCase(op: string, args: PyObject[]): unknown {
  if (BIN.has(op)) return numericBinaryOp(op as NumBinOp, args[0], args[1]);
  if (CMP.has(op)) return numericCompare(op as CompareOp, args[0], args[1]);
  if (op.startsWith('u')) return numericUnaryOp(op.slice(1) as NumUnaryOp, args[0]);
  const a = args[0];
  switch (op) {
    case 'int_str': return I.intFromString(a as string, (args[1] ?? 10) as I.PyIntLike);
    case 'float_str': return new PyFloat(F.floatFromString(a as string));
    case 'round1': return a instanceof PyFloat ? F.floatRoundToInt(a.value) : I.asInt(a as I.PyIntLike);
    case 'round2':
      return a instanceof PyFloat ? new PyFloat(F.floatRound(a.value, args[1] as number)) : F.intRound(a as I.PyIntLike, args[1] as number);
    case 'int_repr': return I.intRepr(a as I.PyIntLike);
    case 'hash': return numericHash(a);
    case 'as_integer_ratio': return new PyTuple(F.floatAsIntegerRatio(fl(a)));
    case 'is_integer': return F.floatIsInteger(fl(a));
    case 'pow3': return I.intPowMod(a as I.PyIntLike, args[1] as I.PyIntLike, args[2] as I.PyIntLike);
    case 'float_of_int': return new PyFloat(I.intToFloat(a as I.PyIntLike));
    case 'int_of_float': return I.floatToInt(fl(a));
    case 'bin': return I.intToBase(a as I.PyIntLike, 2, '0b');
    case 'oct': return I.intToBase(a as I.PyIntLike, 8, '0o');
    case 'hex': return I.intToBase(a as I.PyIntLike, 16, '0x');
    case 'complex_repr': return complexRepr(a as PyComplex);
    default: throw new Error('unknown op ' + op);
  }
}

describe('numbers against CPython goldens', () => {
  it(`${golden.cases.length} cases`, () => {
    const results = golden.cases.map(([op, args, want]) => {
      const key = `${op} ${JSON.stringify(args)}`;
      const vals = args.map((x) => decode(x));
      return { key, got: capture(() => evalCase(op, vals)), want };
    });
    const problems = checkAgainstKnown(results, known.numbers ?? {});
    expect(problems.slice(0, 30)).toEqual([]);
  });
});
