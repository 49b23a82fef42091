// Python complex numbers (Objects/complexobject.c): arithmetic with CPython's algorithms
// (Smith's division in _Py_c_quot, repeated squaring in c_powi for small integral
// exponents, polar form in _Py_c_pow), abs(), and repr ("(1+2j)", "1j", "(-0-1j)").
//
// Values are PyComplex boxes (runtime/object.ts), immutable; every function returns a new box.

import { PyComplex } from './object';
import { raise } from './lib_errors';
import { floatRepr } from './float_repr';
import * as dd from './dd_math';

/** errno-like outcome of the C helpers, turned into exceptions by the operators. */
type CErr = 'ok' | 'EDOM' | 'ERANGE';
let cerr = 'ok' as CErr;

export function complexAdd(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real + b.real, a.imag + b.imag);
}

export function complexSub(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real - b.real, a.imag - b.imag);
}

/** _Py_c_prod */
export function complexMul(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

export function complexNeg(a: PyComplex): PyComplex {
  return new PyComplex(-a.real, -a.imag);
}

/** _Py_c_quot: Smith's algorithm, which avoids needless overflow. */
function cQuot(a: PyComplex, b: PyComplex): PyComplex {
  const absBreal = Math.abs(b.real);
  const absBimag = Math.abs(b.imag);
  if (absBreal >= absBimag) {
    if (absBreal === 0.0) {
      cerr = 'EDOM';
      return new PyComplex(0, 0);
    }
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absBimag >= absBreal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return new PyComplex(NaN, NaN); // at least one of b's parts is a NaN
}

/** complex_div */
export function complexTrueDiv(a: PyComplex, b: PyComplex): PyComplex {
  cerr = 'ok';
  const r = cQuot(a, b);
  if ((cerr as CErr) === 'EDOM') raise('ZeroDivisionError', 'complex division by zero');
  return r;
}

/** _Py_c_pow: polar form. */
function cPow(a: PyComplex, b: PyComplex): PyComplex {
  if (b.real === 0 && b.imag === 0) return new PyComplex(1, 0);
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) cerr = 'EDOM';
    return new PyComplex(0, 0);
  }
  const vabs = Math.hypot(a.real, a.imag);
  let len = b.real === 0 ? 1 : dd.powPositive(vabs, b.real);
  const at = Math.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0.0) {
    len /= dd.exp(at * b.imag);
    phase += b.imag * dd.log(vabs);
  }
  return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
}

/** c_powu: repeated squaring for a positive integral exponent. */
function cPowu(x: PyComplex, n: number): PyComplex {
  let r = new PyComplex(1, 0);
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = complexMul(r, p);
    mask <<= 1;
    p = complexMul(p, p);
  }
  return r;
}

function cPowi(x: PyComplex, n: number): PyComplex {
  if (n > 0) return cPowu(x, n);
  return cQuot(new PyComplex(1, 0), cPowu(x, -n));
}

/** complex_pow (two arguments). */
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  cerr = 'ok';
  let r: PyComplex;
  if (b.imag === 0.0 && b.real === Math.trunc(b.real) && Math.abs(b.real) <= 100.0) {
    r = cPowi(a, b.real);
  } else {
    r = cPow(a, b);
  }
  if (cerr === 'ok' && (!isFinite(r.real) || !isFinite(r.imag)) &&
      isFinite(a.real) && isFinite(a.imag) && isFinite(b.real) && isFinite(b.imag)) {
    cerr = 'ERANGE';
  }
  if ((cerr as CErr) === 'EDOM') raise('ZeroDivisionError', '0.0 to a negative or complex power');
  if (cerr === 'ERANGE') raise('OverflowError', 'complex exponentiation');
  return r;
}

/** abs(complex) (_Py_c_abs) */
export function complexAbs(a: PyComplex): number {
  if (!isFinite(a.real) || !isFinite(a.imag)) {
    if (a.real === Infinity || a.real === -Infinity || a.imag === Infinity || a.imag === -Infinity) return Infinity;
    return NaN;
  }
  const r = Math.hypot(a.real, a.imag);
  if (!isFinite(r)) raise('OverflowError', 'absolute value too large');
  return r;
}

export function complexEq(a: PyComplex, b: PyComplex): boolean {
  return a.real === b.real && a.imag === b.imag;
}

/** Repr of one part: 'r' format without the added ".0" (1.0 -> "1", 1e+16 stays). */
function partRepr(x: number): string {
  const s = floatRepr(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** complex_repr */
export function complexRepr(c: PyComplex): string {
  const im = partRepr(c.imag);
  if (c.real === 0 && !Object.is(c.real, -0)) return im + 'j';
  const re = partRepr(c.real);
  const imSigned = im.startsWith('-') ? im : '+' + im;
  return `(${re}${imSigned}j)`;
}
