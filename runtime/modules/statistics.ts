// The statistics module's common functions with Lib/statistics.py's exact arithmetic
// (sums as exact rationals, converted once; stdev via _float_sqrt_of_frac): mean, fmean,
// median, median_low, median_high, mode, multimode, variance, pvariance, stdev, pstdev. The
// others (geometric_mean, harmonic_mean, median_grouped, quantiles, covariance, correlation,
// linear_regression, NormalDist) and fmean's weights are Python source
// (statistics_extra_source.ts), loaded on first use.

import { PyObject, PyFloat } from '../object';
import { PyType } from '../type';
import { makeBuiltinType } from '../types';
import { PyList } from '../containers';
import { toArray, binaryOp, hashOf, richEq } from '../ops';
import { PyException, ValueError } from '../exceptions';
import { raise } from '../lib_errors';
import { parseArgs } from '../lib_args';
import * as I from '../int_ops';
import * as F from '../float_ops';
import { sortList } from '../builtins_core';
import { None } from '../object';
import { defineModule, lazyAttributes } from './module_util';
import { getAttr } from '../attr';
import { callObject } from '../call';
import { importAbsolute } from '../vmhelpers';
import { currentInterp } from '../interp';

const statisticsError: PyType = makeBuiltinType('StatisticsError', ValueError, { module: 'statistics', baseType: true });
function statErr(msg: string): never {
  throw new PyException(statisticsError, [msg]);
}

/** An exact rational n/d (d > 0). */
type Q = [bigint, bigint];

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
function norm(n: bigint, d: bigint): Q {
  if (d < 0n) { n = -n; d = -d; }
  const g = gcd(n, d);
  return g > 1n ? [n / g, d / g] : [n, d];
}
function add(a: Q, b: Q): Q { return norm(a[0] * b[1] + b[0] * a[1], a[1] * b[1]); }
function mul(a: Q, b: Q): Q { return norm(a[0] * b[0], a[1] * b[1]); }
function div(a: Q, b: Q): Q { return norm(a[0] * b[1], a[1] * b[0]); }

/** _exact_ratio plus the type of the value ('int' | 'float'). */
function exact(v: PyObject): { q: Q; t: 'int' | 'float' } {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return { q: [I.toBig(v), 1n], t: 'int' };
  if (v instanceof PyFloat) {
    if (!isFinite(v.value)) raise('ValueError', 'non-finite value in statistics');
    const [n, d] = F.floatAsIntegerRatio(v.value);
    return { q: [I.toBig(n), I.toBig(d)], t: 'float' };
  }
  return raise('TypeError', `can't convert type '${(v as { ob_type?: PyType }).ob_type?.name ?? '?'}' to numerator/denominator`);
}

function toFloat(q: Q): number {
  return I.intTrueDiv(I.normBig(q[0]), I.normBig(q[1])).value;
}

/** _convert: an int when T is int and the value is integral, else a float. */
function convert(q: Q, t: 'int' | 'float'): PyObject {
  if (t === 'int' && q[1] === 1n) return I.normBig(q[0]);
  return new PyFloat(toFloat(q));
}

function sum(data: PyObject[]): { total: Q; t: 'int' | 'float'; n: number } {
  let total: Q = [0n, 1n];
  let t: 'int' | 'float' = 'int';
  for (const x of data) {
    const e = exact(x);
    if (e.t === 'float') t = 'float';
    total = add(total, e.q);
  }
  return { total, t, n: data.length };
}

/** _ss: the exact sum of squared deviations. */
function ss(data: PyObject[]): { ssd: Q; t: 'int' | 'float'; n: number } {
  let sx: Q = [0n, 1n], sxx: Q = [0n, 1n];
  let t: 'int' | 'float' = 'int';
  for (const x of data) {
    const e = exact(x);
    if (e.t === 'float') t = 'float';
    sx = add(sx, e.q);
    sxx = add(sxx, mul(e.q, e.q));
  }
  const n = BigInt(data.length);
  if (n === 0n) return { ssd: [0n, 1n], t, n: 0 };
  const ssd = div(add(mul([n, 1n], sxx), mul([-sx[0], sx[1]], sx)), [n, 1n]);
  return { ssd, t, n: data.length };
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      while (x * x > n) x -= 1n;
      while ((x + 1n) * (x + 1n) <= n) x += 1n;
      return x;
    }
    x = y;
  }
}

/** _float_sqrt_of_frac: sqrt(n/m) correctly rounded (round-to-odd integer sqrt, then one division). */
function floatSqrtOfFrac(n: bigint, m: bigint): number {
  const bits = (v: bigint): number => (v === 0n ? 0 : v.toString(2).length);
  const q = Math.floor((bits(n) - bits(m) - 109) / 2);
  const rto = (a: bigint, b: bigint): bigint => {
    const r = isqrt(a / b);
    return r | (r * r * b !== a ? 1n : 0n);
  };
  if (q >= 0) return Number(rto(n, m << BigInt(2 * q)) << BigInt(q));
  return I.intTrueDiv(I.normBig(rto(n << BigInt(-2 * q), m)), I.normBig(1n << BigInt(-q))).value;
}

function sorted(data: PyObject[]): PyObject[] {
  const l = new PyList(data.slice());
  sortList(l, None, false);
  return l.items;
}

defineModule('statistics', (m) => {
  m.set('StatisticsError', statisticsError);
  lazyAttributes(m, new Map(['geometric_mean', 'harmonic_mean', 'median_grouped', 'quantiles', 'covariance', 'correlation',
    'linear_regression', 'LinearRegression', 'NormalDist'].map((n) => [n, '_statistics_extra'])));
  // CPython's __all__ (`from statistics import *` takes the lazily loaded names too)
  m.set('__all__', new PyList(['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']));
  m.fn('mean', (args) => {
    const data = toArray(args[0]);
    if (data.length === 0) statErr('mean requires at least one data point');
    const { total, t, n } = sum(data);
    return convert(div(total, [BigInt(n), 1n]), t);
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('fmean', (a, kwargs) => {
    const args = parseArgs({ fname: 'fmean', pythonFunction: true, names: ['data', 'weights'], required: 1 }, a, kwargs);
    if (args[1] !== undefined && args[1] !== None) {
      return callObject(getAttr(importAbsolute(currentInterp(), '_statistics_extra'), '_fmean_weighted'), [args[0]!, args[1]], null);
    }
    const data = toArray(args[0]!);
    if (data.length === 0) statErr('fmean requires at least one data point');
    const { total } = sum(data);
    return new PyFloat(toFloat(total) / data.length);
  });
  m.fn('median', (args) => {
    const data = sorted(toArray(args[0]));
    const n = data.length;
    if (n === 0) statErr('no median for empty data');
    if (n % 2 === 1) return data[n >> 1];
    const i = n >> 1;
    return binaryOp(11, binaryOp(0, data[i - 1], data[i]), 2);
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('median_low', (args) => {
    const data = sorted(toArray(args[0]));
    const n = data.length;
    if (n === 0) statErr('no median for empty data');
    return n % 2 === 1 ? data[n >> 1] : data[(n >> 1) - 1];
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('median_high', (args) => {
    const data = sorted(toArray(args[0]));
    if (data.length === 0) statErr('no median for empty data');
    return data[data.length >> 1];
  }, { minArgs: 1, maxArgs: 1 });
  const counts = (data: PyObject[]): [PyObject, number][] => {
    const out: [PyObject, number][] = [];
    for (const x of data) {
      hashOf(x);
      const e = out.find(([k]) => richEq(k, x));
      if (e !== undefined) e[1]++;
      else out.push([x, 1]);
    }
    return out;
  };
  m.fn('mode', (args) => {
    const c = counts(toArray(args[0]));
    if (c.length === 0) statErr('no mode for empty data');
    let best = c[0];
    for (const e of c) if (e[1] > best[1]) best = e;
    return best[0];
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('multimode', (args) => {
    const c = counts(toArray(args[0]));
    const max = Math.max(0, ...c.map((e) => e[1]));
    return new PyList(c.filter((e) => e[1] === max).map((e) => e[0]));
  }, { minArgs: 1, maxArgs: 1 });
  const variance = (args: PyObject[], pop: boolean, root: boolean, name: string): PyObject => {
    const data = toArray(args[0]);
    if (args.length > 1 && args[1] !== None) raise('NotImplementedError', 'pyvm: the mu/xbar argument is not supported');
    const { ssd, t, n } = ss(data);
    if (pop ? n < 1 : n < 2) statErr(`${name} requires at least ${pop ? 'one data point' : 'two data points'}`);
    const q = div(ssd, [BigInt(pop ? n : n - 1), 1n]);
    if (root) return new PyFloat(floatSqrtOfFrac(q[0], q[1]));
    return convert(q, t);
  };
  m.fn('variance', (args) => variance(args, false, false, 'variance'), { minArgs: 1, maxArgs: 2 });
  m.fn('pvariance', (args) => variance(args, true, false, 'pvariance'), { minArgs: 1, maxArgs: 2 });
  m.fn('stdev', (args) => variance(args, false, true, 'stdev'), { minArgs: 1, maxArgs: 2 });
  m.fn('pstdev', (args) => variance(args, true, true, 'pstdev'), { minArgs: 1, maxArgs: 2 });
});
