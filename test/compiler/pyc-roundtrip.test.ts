// End-to-end proof of the compiler's faithfulness: programs compiled by pyvm, written as
// .pyc files (frontend/marshal.ts dumpPyc), are run by CPython 3.11 itself, and must print
// exactly what CPython prints for the source (the conformance goldens). A sample of the
// conformance suite, one python3 process per program (a few seconds in all).

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compileSource } from '../../frontend/compile';
import { dumpPyc } from '../../frontend/marshal';

const HERE = __dirname.includes(`${path.sep}dist${path.sep}`) ? path.resolve(__dirname, '..', '..', '..', 'test', 'compiler') : __dirname;
const CONF = path.resolve(HERE, '..', 'conformance', 'core');

interface Expected {
  argv: string[];
  exit_status: number;
  stdin: string | null;
  stdout: string;
}

/** Every 8th core conformance program that exits normally and reads no stdin. */
function sample(): string[] {
  const names = fs.readdirSync(CONF).filter((f) => f.endsWith('.py')).sort();
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 8) {
    const exp = path.join(CONF, names[i].replace(/\.py$/, '.expected.json'));
    if (!fs.existsSync(exp)) continue;
    const e = JSON.parse(fs.readFileSync(exp, 'utf8')) as Expected;
    if (e.exit_status === 0 && e.stdin === null && e.argv.length === 0) out.push(names[i]);
  }
  return out;
}

describe('pyvm-compiled .pyc files run on CPython 3.11 with CPython\'s output', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-pyc-'));
  for (const name of sample()) {
    it(name, () => {
      const src = fs.readFileSync(path.join(CONF, name), 'utf8');
      const pyc = path.join(dir, name + 'c');
      fs.writeFileSync(pyc, dumpPyc(compileSource(src, name)));
      const r = spawnSync('python3', [pyc], { cwd: CONF, encoding: 'utf8', timeout: 30_000 });
      const e = JSON.parse(fs.readFileSync(path.join(CONF, name.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
      expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: e.stdout });
    });
  }
});
