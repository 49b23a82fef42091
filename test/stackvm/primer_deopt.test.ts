// The stack VM's primer (stackvm/backend.ts PRIMER) gives V8 feedback for the loop's paths that
// a benchmark process first takes after its loop was compiled in run 1; without it the loop
// compiled in run 1 was deoptimised in run 2 and compiled again at run 3's entry, inside the
// runs the report samples (session 22: sieve's BUILD_LIST of `[True]`, raytrace's int % of a
// negative number, closures' pooled frames whose globals and builtins were run 1's). Each
// program runs three times in a child node, as a benchmark worker runs it; the test fails if
// evalFrame is deoptimised in run 2 or 3. Runs on the built pipeline (npx tsc -p tsconfig.json).
import { describe, expect, it } from 'vitest';
import { loopDeoptsAfterRun1 } from '../helpers/loop_deopts';

describe('stack VM: no deoptimisation of the loop after a benchmark process first run', () => {
  it('sieve (a list built with a bool element)', () => {
    expect(loopDeoptsAfterRun1('stack', 'sieve', '1000000')).toEqual([]);
  }, 120_000);

  it('raytrace (int % and // of a negative number, subscript forms)', () => {
    expect(loopDeoptsAfterRun1('stack', 'raytrace', '50')).toEqual([]);
  }, 120_000);

  it("closures (a pooled frame holding run 1's globals and builtins)", () => {
    expect(loopDeoptsAfterRun1('stack', 'closures', '300000')).toEqual([]);
  }, 120_000);
});
