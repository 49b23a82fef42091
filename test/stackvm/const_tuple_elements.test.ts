// A code object's constant tuples get V8's generic elements kind when the code object is made
// (frontend/code.ts genericElements), for both VMs: the stack VM's loop compiled at run 2's
// entry was deoptimised ('wrong map' at UNPACK_SEQUENCE's element loads) when pidigits unpacked
// its constant `1, 0, 1, 1, 3, 3` (small-integer elements) again after the built tuples
// (generic elements) had made the keyed loads' feedback the general kind; run 3 then started
// with another compile (session 26; session 25 had found and fixed it for the register VM's
// templates). Checked in child nodes: the constants of a compiled code object (values
// unchanged, elements kind generic, nested tuples too), and pidigits run three
// times as a benchmark worker runs it (no evalFrame deoptimisation in runs 2-3; the base had
// one in run 2). Runs on the built pipeline (npx tsc -p tsconfig.json first).
import { execFileSync } from 'child_process';
import { describe, expect, it } from 'vitest';
import { CONST_TUPLES_CHILD_PRELUDE, ROOT, loopDeoptsAfterRun1 } from '../helpers/loop_deopts';

const CHILD = `${CONST_TUPLES_CHILD_PRELUDE}
process.stdout.write(JSON.stringify({
  values: JSON.stringify([t.items, u.items[0].items, u.items[1]]),
  generic: %HasObjectElements(t.items),
  nestedGeneric: %HasObjectElements(u.items[0].items),
}));
`;

describe('stack VM: constant tuples with generic elements', () => {
  it('gives a compiled code object constant tuples generic elements and keeps their values', () => {
    const out = JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '-e', CHILD], { encoding: 'utf8', cwd: ROOT }));
    expect(out.generic).toBe(true);
    expect(out.nestedGeneric).toBe(true);
    expect(out.values).toBe(JSON.stringify([[1, 0, 3], [1, 2], 3]));
  });

  it('pidigits: no deoptimisation of the loop in runs 2-3', () => {
    expect(loopDeoptsAfterRun1('stack', 'pidigits', '1000')).toEqual([]);
  }, 120_000);
});
