// The stack VM on the programs in test/stackvm/programs/, against CPython 3.11's goldens
// (test/stackvm/gen_goldens.py writes NAME.expected.json and NAME.pyc):
//   - CPython's own .pyc: stdout, exit status and the traceback (stderr, minus 3.11's
//     caret lines) must be CPython's;
//   - the .py through pyvm's own compiler: stdout, status, last stderr line (programs the
//     compiler cannot handle yet are listed in known-failures.txt with the reason; a listed
//     program that passes fails the test, so the list stays exact);
//   - counting mode: the number of executed instructions equals what CPython executes as
//     sys.settrace(f_trace_opcodes) sees it (RESUME and EXTENDED_ARG aside).
// Runs in-process on the built pipeline (npx tsc -p tsconfig.json first).
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

import { lastLine, runStackInProcess, StackRun } from '../helpers/stack_inprocess';

const PROGS = path.join(__dirname, 'programs');

interface Expected {
  stdout: string;
  exit_status: number;
  stderr: string;
  stderr_last_line: string;
  instructions: number | null;
}

function run(file: string, counting = false): StackRun {
  return runStackInProcess(file, file.replace(/\.pyc$/, '.py'), counting);
}

/** CPython 3.11's position markers (lines of ^ and ~ only) are not printed by pyvm. */
const withoutCarets = (s: string): string => s.split('\n').filter((l) => !/^\s*[\^~]+\s*$/.test(l)).join('\n');

const names = fs.readdirSync(PROGS).filter((f) => f.endsWith('.py') && !f.startsWith('mod_')).map((f) => f.slice(0, -3)).sort();
const known = new Map<string, string>();
for (const line of fs.readFileSync(path.join(__dirname, 'known-failures.txt'), 'utf8').split('\n')) {
  const m = /^(\S+)\s+(.*)$/.exec(line.trim());
  if (m && !line.startsWith('#')) known.set(m[1], m[2]);
}

describe('stack VM on CPython .pyc files', () => {
  for (const name of names) {
    it(`${name}.pyc prints what CPython prints`, () => {
      const exp = JSON.parse(fs.readFileSync(path.join(PROGS, `${name}.expected.json`), 'utf8')) as Expected;
      const r = run(path.join(PROGS, `${name}.pyc`));
      expect(r.stdout).toBe(exp.stdout);
      expect(r.status).toBe(exp.exit_status);
      expect(withoutCarets(r.stderr)).toBe(withoutCarets(exp.stderr));
    });
    if (name.startsWith('nocount_')) continue;
    it(`${name}: executed instruction count equals CPython's`, () => {
      const exp = JSON.parse(fs.readFileSync(path.join(PROGS, `${name}.expected.json`), 'utf8')) as Expected;
      expect(run(path.join(PROGS, `${name}.pyc`), true).instructions).toBe(exp.instructions);
    });
  }
});

describe('stack VM on pyvm-compiled source', () => {
  for (const name of names) {
    it(`${name}.py${known.has(name) ? ' (known failure: ' + known.get(name) + ')' : ''}`, () => {
      const exp = JSON.parse(fs.readFileSync(path.join(PROGS, `${name}.expected.json`), 'utf8')) as Expected;
      const r = run(path.join(PROGS, `${name}.py`));
      const ok = r.stdout === exp.stdout && r.status === exp.exit_status && lastLine(r.stderr) === exp.stderr_last_line;
      expect(ok).toBe(!known.has(name));
    });
  }
});
