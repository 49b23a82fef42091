// A constant tuple's items array has V8's generic elements kind, in place, when the register
// template holds it (frontend/code.ts genericElements, run by the CodeObject constructor since
// session 26; translator/finalize.ts did it in session 25): the tuple, its array and its values
// stay the same objects, and the loop compiled at run 2's entry is no longer deoptimised ('wrong map') at
// UNPACK_SEQUENCE's element loads when a program unpacks a constant tuple of small ints again
// (pidigits' `q, r, t, k, m, x = 1, 0, 1, 1, 3, 3`; session 25). Checked in child nodes: the
// constants after translation (identity, values, and with --allow-natives-syntax the elements
// kind), and pidigits run three times as a benchmark worker runs it (no deoptimisation of
// evalRegFrame in runs 2-3; the base had one in run 2). Runs on the built pipeline (npx tsc -p
// tsconfig.json first).
import { execFileSync } from 'child_process';
import { describe, expect, it } from 'vitest';
import { CONST_TUPLES_CHILD_PRELUDE, ROOT, loopDeoptsAfterRun1 } from '../helpers/loop_deopts';

const CHILD = `${CONST_TUPLES_CHILD_PRELUDE}
const { translate } = require(path.join(DIST, 'translator', 'translate.js'));
const { parsePasses } = require(path.join(DIST, 'translator', 'regcode.js'));
const items = t.items;
const inner = u.items[0].items;
const show = () => JSON.stringify([items, u.items[0].items, u.items[1]]);
const before = show();
const smiBefore = %HasSmiElements(items) && %HasSmiElements(inner);
const rc = translate(code, parsePasses(undefined));
const same = rc.template.includes(t) && rc.template.includes(u) && t.items === items && u.items[0].items === inner && code.co_consts.includes(t);
process.stdout.write(JSON.stringify({ smiBefore, objectAfter: %HasObjectElements(items), nestedObject: %HasObjectElements(inner), same, equal: before === show() }));
`;

describe('register VM: constant tuples with generic elements', () => {
  it('keeps the tuple, its array and its values, and makes the elements generic', () => {
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '-e', CHILD], { encoding: 'utf8', cwd: ROOT });
    // smiBefore is false since session 26: the code object's constructor already gives its
    // constant tuples generic elements (frontend/code.ts), for both VMs.
    expect(JSON.parse(out)).toEqual({ smiBefore: false, objectAfter: true, nestedObject: true, same: true, equal: true });
  });

  it('pidigits: no deoptimisation of the loop in runs 2-3', () => {
    expect(loopDeoptsAfterRun1('reg', 'pidigits', '1000')).toEqual([]);
  }, 120_000);
});
