// frontend/dis.ts and `pyvm dis` against `python3 -m dis`: for every corpus file, CPython's
// code objects (test/compiler/identity-golden/<path>.marshal) disassembled by pyvm must
// print exactly CPython's text (<path>.dis, addresses normalised). Regenerate the goldens
// with `python3 scripts/gen-compile-golden.py`.
import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CodeObject } from '../../frontend/code';
import { cpythonSetOrder, disassembleRecursive, normaliseAddresses, FAKE_ADDRESS } from '../../frontend/dis';
import { ExceptionTableError } from '../../frontend/exceptiontable';
import { LinetableError } from '../../frontend/linetable';
import { loads, MAGIC_BYTES_311, MarshalError } from '../../frontend/marshal';
import { spawnSync } from 'child_process';
import { PYVM_BIN, runPyvm } from '../helpers/pyvm';

const GOLDEN = path.join(__dirname, '..', 'compiler', 'identity-golden');

function goldens(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) goldens(p, out);
    else if (e.name.endsWith('.marshal')) out.push(p.slice(0, -'.marshal'.length));
  }
  return out.sort();
}
const all = goldens(GOLDEN);

/**
 * A frozenset's repr lists its items in CPython's hash-table order, while marshal stores
 * them sorted by their marshalled bytes. pyvm recomputes the order for deterministic
 * hashes (ints); str hashes are randomised per process, so frozensets holding a str are
 * compared as sorted lists.
 */
function sortFrozensets(text: string): string {
  return text.replace(/frozenset\(\{([^{}]*)\}\)/g, (m, items: string) =>
    /['"]/.test(items) ? `frozenset({${items.split(', ').sort().join(', ')}})` : m,
  );
}

describe('dis of CPython code objects', () => {
  it('covers the corpus', () => expect(all.length).toBeGreaterThan(20));
  it('prints exactly what python3 -m dis prints, for every corpus file', () => {
    const bad: string[] = [];
    for (const base of all) {
      const co = loads(new Uint8Array(fs.readFileSync(base + '.marshal'))) as CodeObject;
      const want = sortFrozensets(fs.readFileSync(base + '.dis', 'utf8'));
      const got = sortFrozensets(disassembleRecursive(co));
      if (got !== want) {
        const gl = got.split('\n');
        const wl = want.split('\n');
        const i = gl.findIndex((l, k) => l !== wl[k]);
        bad.push(`${path.relative(GOLDEN, base)} line ${i + 1}:\n  got:  ${gl[i]}\n  want: ${wl[i]}`);
      }
    }
    expect(bad.slice(0, 10).join('\n')).toBe('');
  });
  it('normalises CPython addresses', () => {
    expect(normaliseAddresses('Disassembly of <code object f at 0x7f12ab, file "x.py", line 1>:')).toBe(
      `Disassembly of <code object f at ${FAKE_ADDRESS}, file "x.py", line 1>:`,
    );
  });
});

describe('dis of corrupt code objects', () => {
  it('never fails with anything but a table error', () => {
    const data = new Uint8Array(fs.readFileSync(path.join(GOLDEN, 'test', 'dis', 'programs', 'dis_features.py.marshal')));
    let seed = 99;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    let printed = 0;
    for (let k = 0; k < 400; k++) {
      const d = data.slice();
      for (let j = 0; j < 4; j++) d[Math.floor(rnd() * d.length)] = Math.floor(rnd() * 256);
      let co: CodeObject;
      try {
        co = loads(d) as CodeObject;
      } catch (e) {
        expect(e).toBeInstanceOf(MarshalError);
        continue;
      }
      if (!(co instanceof CodeObject)) continue;
      try {
        disassembleRecursive(co);
        printed++;
      } catch (e) {
        expect(e instanceof LinetableError || e instanceof ExceptionTableError, String(e)).toBe(true);
      }
    }
    expect(printed).toBeGreaterThan(10);
  });
});

describe('frozenset order', () => {
  it('follows CPython set iteration order for ints', () => {
    // python3: list(frozenset((9, 2, 3, 17, 25, 8, 0, -1, 2**62, 33, 41)))
    expect(cpythonSetOrder([9, 2, 3, 17, 25, 8, 0, -1, 2n ** 62n, 33, 41])).toEqual(
      [0, 33, 2, 3, 2n ** 62n, 8, 9, 41, 17, 25, -1],
    );
  });
});

describe('pyvm dis (CLI)', () => {
  const base = path.join(GOLDEN, 'test', 'dis', 'programs', 'dis_features.py');
  it('disassembles a CPython .pyc exactly as python3 -m dis', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-dis-'));
    const pyc = path.join(tmp, 'dis_features.pyc');
    const body = fs.readFileSync(base + '.marshal');
    fs.writeFileSync(pyc, Buffer.concat([Buffer.from(MAGIC_BYTES_311), Buffer.alloc(12), body]));
    const r = runPyvm(['dis', pyc]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fs.readFileSync(base + '.dis', 'utf8'));
  });
  for (const rel of ['test/dis/programs/simple.py', 'test/dis/programs/dis_features.py']) {
    it(`disassembles ${path.basename(rel)} with pyvm's compiler exactly as python3 -m dis`, () => {
      const r = runPyvm(['dis', rel]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(fs.readFileSync(path.join(GOLDEN, rel + '.dis'), 'utf8'));
    });
  }
  it('reads standard input when no file is given, as python3 -m dis', () => {
    const r = spawnSync(process.execPath, [PYVM_BIN, 'dis'], { input: 'a = 1\nb = a * 2\n', encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '  0           0 RESUME                   0',
        '',
        '  1           2 LOAD_CONST               0 (1)',
        '              4 STORE_NAME               0 (a)',
        '',
        '  2           6 LOAD_NAME                0 (a)',
        '              8 LOAD_CONST               1 (2)',
        '             10 BINARY_OP                5 (*)',
        '             14 STORE_NAME               1 (b)',
        '             16 LOAD_CONST               2 (None)',
        '             18 RETURN_VALUE',
        '',
      ].join('\n'),
    );
  });
  it('prints a syntax error as CPython does', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-dis-'));
    const bad = path.join(tmp, 'bad.py');
    fs.writeFileSync(bad, 'x = (1,\n');
    const r = runPyvm(['dis', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    // python3 -m dis prints dis.py's own traceback frames first, then exactly these lines.
    expect(r.stderr).toBe(`  File "${bad}", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n`);
  });
  it('reports a bad .pyc, a missing file and bad options without a JS trace', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-dis-'));
    const pyc = path.join(tmp, 'old.pyc');
    fs.writeFileSync(pyc, Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x4e]));
    let r = runPyvm(['dis', pyc]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad magic number in '.*old\.pyc': .*written by Python 3\.10, pyvm needs 3\.11/);
    r = runPyvm(['dis', path.join(tmp, 'missing.py')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/can't open file '.*missing\.py': \[Errno 2\] No such file or directory/);
    r = runPyvm(['dis', '--vm', 'lua', 'x.py']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
