// The register VM's one array of every register code object's words (translator/regcode.ts
// regWordsArena, read by the eval loop through the global __pyvmRegWords; runtime/words_arena.ts):
// when it is full it is replaced by a larger copy. Code must run the same whether it was
// translated before that or after it, and an _ADAPTIVE site's first run must rewrite the word
// the loop reads (the current array), not the code's view of an outgrown one. Also a growth while
// the program runs (exec() translating new code). Each program's output is CPython's (test/stackvm/quicken).
// Runs in-process on the built pipeline (npx tsc -p tsconfig.json first).
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', '..') : path.join(__dirname, '..', '..'));
const DIST = path.join(ROOT, 'dist');
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js')) as typeof import('../../cli/pipeline');
const C = require(path.join(DIST, 'frontend', 'code.js')) as typeof import('../../frontend/code');
const RC = require(path.join(DIST, 'translator', 'regcode.js')) as typeof import('../../translator/regcode');
const OPS = require(path.join(DIST, 'regvm', 'opcodes.js')) as typeof import('../../regvm/opcodes');
type CodeObject = import('../../frontend/code').CodeObject;
type RegCode = import('../../translator/regcode').RegCode;

const DIR = path.join(ROOT, 'test', 'stackvm', 'quicken');
const file = path.join(DIR, 'quicken_cases.py');
const out = fs.readFileSync(path.join(DIR, 'quicken_cases.out'), 'utf8');
const errLast = fs.readFileSync(path.join(DIR, 'quicken_cases.err'), 'utf8').trimEnd().split('\n').pop();

function evaluate(prog: ReturnType<typeof P.prepare>): { stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  P.evaluate(prog, { vm: 'reg', argv: [file], stdin: '', counting: false, write: (s: 'stdout' | 'stderr', t: string) => {
    if (s === 'stdout') stdout += t;
    else stderr += t;
  } });
  return { stdout, stderr };
}

function regCodes(top: CodeObject): RegCode[] {
  const all: RegCode[] = [];
  const walk = (c: CodeObject): void => {
    for (const [k, v] of c.derived) if (k.startsWith('reg:')) all.push(v as RegCode);
    for (const k of c.co_consts) if (k instanceof C.CodeObject) walk(k);
  };
  walk(top);
  return all;
}

/** The _ADAPTIVE sites of a register code: word indexes where `exec` differs from `words`. */
function adaptiveSites(rc: RegCode): number[] {
  const sites: number[] = [];
  for (let i = 0; i < rc.words.length; i++) if (rc.exec[i] !== rc.words[i]) sites.push(i);
  return sites;
}

describe('the register VM code array', () => {
  it('runs code translated before it grew from the new array, and rewrites _ADAPTIVE sites there', () => {
    const prog = P.prepare(file, { vm: 'reg' });
    const rcs = regCodes(prog.code as CodeObject);
    const sites = rcs.flatMap((rc) => adaptiveSites(rc).map((i) => [rc, i] as const));
    expect(sites.length).toBeGreaterThan(3);
    const before = RC.regWordsArena.words();
    RC.regWordsArena.grow(before.length + 1);
    const now = RC.regWordsArena.words();
    expect(now).not.toBe(before);
    // Every register code's words are where they were.
    for (const rc of rcs) expect(Array.from(now.subarray(rc.wbase, rc.wbase + rc.exec.length))).toEqual(Array.from(rc.exec));
    const r = evaluate(prog);
    expect(r.stdout).toBe(out);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe(errLast);
    // The sites that ran were rewritten in the array the loop reads (not only in rc.exec, a view
    // of the old array): none is left in an _ADAPTIVE form there.
    const adaptive = new Set<number>([OPS.R.BINARY_OP_ADAPTIVE, OPS.R.ATTR_BINARY_OP_ADAPTIVE]);
    let rewritten = 0;
    for (const [rc, i] of sites) {
      if (!adaptive.has(RC.regWordsArena.words()[rc.wbase + i])) rewritten++;
    }
    expect(rewritten).toBeGreaterThan(3);
  });

  it('grows while the program runs (exec() translates into the new array)', () => {
    const prog = P.prepare(file, { vm: 'reg' });
    const before = RC.regWordsArena.words();
    // Leave a few words: the code exec() makes while the module frame runs does not fit.
    RC.regWordsArena.reserve(before.length - RC.regWordsArena.top() - 4);
    const r = evaluate(prog);
    expect(RC.regWordsArena.words()).not.toBe(before);
    expect(r.stdout).toBe(out);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe(errLast);
  });
});
