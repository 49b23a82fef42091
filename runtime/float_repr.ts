// CPython's repr(float): the shortest string that round-trips to the same double
// (float_repr / PyOS_double_to_string with format code 'r').
//
// JavaScript's Number#toExponential() with no argument already yields the shortest
// round-trip digit string (ECMA-262 Number::toString's digit selection), so only the
// layout differs from CPython's. CPython's layout rule ('r' mode, Py_DTSF_ADD_DOT_0):
//   - decimal exponent e (as in d.ddd x 10**e) with -4 <= e < 16: positional notation,
//     always with a '.0' when there is no fractional part ("1.0", "1234567890123456.0");
//   - otherwise scientific: mantissa digits with a '.' only if there is more than one
//     digit, then 'e', a sign, and at least two exponent digits ("1e+16", "1.5e-07").
//   - inf, -inf, nan (the sign of a NaN is never shown).

/** Splits a finite nonzero |x| into its shortest digit string and decimal exponent. */
function shortestDigits(ax: number): { digits: string; exp: number } {
  // toExponential() -> "d.ddde+x" or "de-x"
  const s = ax.toExponential();
  const e = s.indexOf('e');
  const mant = s.slice(0, e);
  const exp = parseInt(s.slice(e + 1), 10);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits, exp };
}

/** repr(x) for a Python float holding the double x, exactly as CPython 3.11 prints it. */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // 1e-4 <= |x| < 1e16 is CPython's positional range; there String(x) is positional too
  // (JS uses it for 1e-7 <= |x| < 1e21) with the same shortest digits, and only a '.0' for
  // integral values differs. (No double below 1e16 prints as 1e16: 1e16 is exact; the
  // smallest double that prints with exponent -4 is the double nearest 1e-4.)
  const ax0 = x < 0 ? -x : x;
  if (ax0 >= 1e-4 && ax0 < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  const sign = x < 0 ? '-' : '';
  const { digits, exp } = shortestDigits(x < 0 ? -x : x);
  const n = digits.length;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      return sign + '0.' + '0'.repeat(-exp - 1) + digits;
    }
    if (n <= exp + 1) {
      return sign + digits + '0'.repeat(exp + 1 - n) + '.0';
    }
    return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  const mant = n > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const ae = exp < 0 ? -exp : exp;
  return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
}
