// The stack VM's one array of every code object's words (stackvm/frame.ts stackWords, read by
// the eval loop through a global variable): when it is full it is replaced by a larger copy,
// and code must run the same whether it was decoded before that, after it, or while frames of
// the running program were in the loop. test/stackvm/quicken/quicken_cases.py (superinstructions,
// jumps, calls, generators, handlers; CPython's output in quicken_cases.out/.err).
// Runs in-process on the built pipeline (npx tsc -p tsconfig.json first).
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { lastLine } from '../helpers/stack_inprocess';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(__dirname, 'quicken');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const frame = require(path.join(ROOT, 'dist', 'stackvm', 'frame.js')) as typeof import('../../stackvm/frame');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const pipeline = require(path.join(ROOT, 'dist', 'cli', 'pipeline.js')) as typeof import('../../cli/pipeline');

const file = path.join(DIR, 'quicken_cases.py');
const out = fs.readFileSync(path.join(DIR, 'quicken_cases.out'), 'utf8');
const err = fs.readFileSync(path.join(DIR, 'quicken_cases.err'), 'utf8');

function evaluate(prog: ReturnType<typeof pipeline.prepare>): { stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  pipeline.evaluate(prog, {
    vm: 'stack',
    argv: [file],
    stdin: '',
    counting: false,
    write: (s, t) => {
      if (s === 'stdout') stdout += t;
      else stderr += t;
    },
  });
  return { stdout, stderr };
}

describe('the stack VM code array', () => {
  it('grows while the program runs (its functions decoded into the new array as the module frame runs)', () => {
    const prog = pipeline.prepare(file, { vm: 'stack' });
    const before = frame.stackWords();
    // Room for the module's code and a few words more: its functions' code does not fit.
    const moduleUnits = prog.code!.co_code.length >> 1;
    frame.stackWordsReserve(before.length - frame.stackWordsTop() - moduleUnits - 8);
    const r = evaluate(prog);
    expect(frame.stackWords()).not.toBe(before);
    expect(frame.stackWords().length).toBeGreaterThan(before.length);
    // The module's code was decoded into the old array: the array grew while its frame ran.
    const d = frame.decode(prog.code!);
    expect(d.wbase + moduleUnits).toBeLessThanOrEqual(before.length);
    expect(r.stdout).toBe(out);
    expect(lastLine(r.stderr)).toBe(lastLine(err));
  });

  it('runs code decoded before it grew from the new array', () => {
    const prog = pipeline.prepare(file, { vm: 'stack' });
    const first = evaluate(prog);
    expect(first.stdout).toBe(out);
    const before = frame.stackWords();
    frame.stackWordsGrow(before.length + 1);
    expect(frame.stackWords()).not.toBe(before);
    // The words of every code object decoded so far are where they were.
    expect(Array.from(frame.stackWords().subarray(0, frame.stackWordsTop()))).toEqual(Array.from(before.subarray(0, frame.stackWordsTop())));
    const second = evaluate(prog);
    expect(second.stdout).toBe(out);
    expect(lastLine(second.stderr)).toBe(lastLine(err));
  });
});
