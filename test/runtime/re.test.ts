// The re module's constructs that pyvm does not translate to a JS RegExp would raise
// NotImplementedError naming the construct, after the pattern's syntax errors (which stay
// CPython's re.error); conditional groups are translated (their CPython behaviour is in the
// conformance program re_conditionals_backrefs), and so are \N{NAME} escapes (session 19,
// conformance regr_re_named_escapes). Runs Python through the BUILT
// cli/pipeline.js (run `npx tsc -p tsconfig.json` first), on both VMs. Behaviour that
// CPython has is covered by the conformance programs test/conformance/objects/re_*.py.
import { describe, it, expect } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { VmKind, RunOptions, RunOutcome } from '../../cli/pipeline';

const { runPath } = require(path.join(__dirname, '..', '..', 'dist', 'cli', 'pipeline.js')) as {
  runPath: (file: string, opts: RunOptions) => RunOutcome;
};

function run(source: string, vm: VmKind): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-re-'));
  const file = path.join(dir, 'prog.py');
  fs.writeFileSync(file, source);
  let out = '';
  try {
    runPath(file, { vm, argv: [file], stdin: '', write: (s, t) => { if (s === 'stdout') out += t; } });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

const PROGRAM = `
import re
for p in ['(a)(?(1)b|c)', '(?P<x>a)?(?(x)b)', r'\\N{EM DASH}', '(a)(?(1)b|c', r'\\N{EM DASH', '(?(1)a|b|c)']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except NotImplementedError as e:
        print(p, 'NotImplementedError', e)
    except re.error as e:
        print(p, 're.error', e)
`;

describe('re: conditionals and \\N{NAME} compile; syntax errors stay re.error', () => {
  for (const vm of ['stack', 'reg'] as VmKind[]) {
    it(`${vm} VM`, () => {
      expect(run(PROGRAM, vm).split('\n')).toEqual([
        '(a)(?(1)b|c) compiled',
        '(?P<x>a)?(?(x)b) compiled',
        '\\N{EM DASH} compiled',
        '(a)(?(1)b|c re.error missing ), unterminated subpattern at position 3',
        '\\N{EM DASH re.error missing }, unterminated name at position 3',
        '(?(1)a|b|c) re.error conditional backref with more than two branches at position 8',
        '',
      ]);
    });
  }
});
