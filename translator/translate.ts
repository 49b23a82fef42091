// The translator's entry point: CodeObject (stack code) -> verified RegCode, cached.
//
// analyze (analysis.ts) -> lower (lower.ts: copy propagation, store sinking, fusion, bookkeeping
// removal) -> dead moves and jump threading, encoding (finalize.ts) -> verify (verify.ts).
// The result is cached in code.derived under 'reg:<passes>', so each code object is translated
// once per pass set, lazily, the first time the register VM runs it.

import { CodeObject } from '../frontend/code';
import { analyze } from './analysis';
import { lower } from './lower';
import { encode } from './finalize';
import { verify } from './verify';
import { RegCode, PassSet, parsePasses, regCacheKey } from './regcode';

export { TranslationError } from './analysis';
export { VerifyError } from './verify';
export { parsePasses } from './regcode';
export type { RegCode, PassSet } from './regcode';

/** Counts translations (static counters: "code objects translated"). */
export const translationStats = { codeObjects: 0 };

export { regCacheKey };

export function translate(code: CodeObject, passes: PassSet): RegCode {
  const key = regCacheKey(passes);
  const cached = code.derived.get(key) as RegCode | undefined;
  if (cached !== undefined) return cached;
  const a = analyze(code);
  const low = lower(a, passes);
  const rc = encode(low, a, passes);
  verify(rc);
  code.derived.set(key, rc);
  translationStats.codeObjects++;
  return rc;
}

/** Translate a code object and every code object among its constants, recursively. */
export function translateAll(code: CodeObject, passes: PassSet, out: RegCode[] = []): RegCode[] {
  out.push(translate(code, passes));
  for (const c of code.co_consts) if (c instanceof CodeObject) translateAll(c, passes, out);
  return out;
}

export function translateWith(code: CodeObject, passNames?: readonly string[]): RegCode {
  return translate(code, parsePasses(passNames));
}
