// Unicode character names for the \N{...} escape (CPython's unicodedata lookup, as used by
// the string-literal decoder): the lookup is runtime/modules/unicodedata_data.ts's
// lookupName, the unicodedata module's, so both read one table (frontend/unicode_names.z,
// generated from CPython 3.11 by scripts/gen_unicode_names.py) and agree on CPython's rules:
// names and aliases ('\N{LINE FEED}', '\N{BYTE ORDER MARK}') case-insensitively, the
// algorithmic HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH-XXXX names case-sensitively. Named
// sequences, which unicodedata.lookup accepts, are not characters: \N{...} refuses them, as
// CPython's. unicodedata_data reads its tables on first use only (and the names table lazily
// too), so programs without \N{...} escapes never pay for it; the property tables (aliases)
// are read only for a name the names table does not have. It is imported statically (it has
// no import-time effects and reads its tables on first use): a require() of it failed where
// the sources run untranslated (vitest).
import { lookupName } from '../runtime/modules/unicodedata_data';

/** The code point named `name` as CPython's \N{...} reads it, or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  const s = lookupName(name, false);
  if (s === undefined) return undefined;
  const cp = s.codePointAt(0)!;
  // A named sequence: more than one code point.
  return s.length === (cp > 0xffff ? 2 : 1) ? cp : undefined;
}
