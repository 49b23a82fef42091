// `pyvm ast` as a user runs it (spawns bin/pyvm, so build first: npx tsc -p tsconfig.json):
// output identical to python3's ast.dump, syntax errors printed as CPython prints them on
// stderr with exit status 1, a missing file reported in CPython's words.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { runPyvm } from '../helpers/pyvm';

const CORPUS = path.join(__dirname, '..', 'corpus');
const ERRORS = path.join(__dirname, 'errors');

describe('pyvm ast', () => {
  it('prints ast.dump for a file', () => {
    const r = runPyvm(['ast', path.join(CORPUS, 'program_fib.py')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fs.readFileSync(path.join(CORPUS, 'golden', 'program_fib.ast'), 'utf8'));
  });

  it('prints positions with --positions', () => {
    const r = runPyvm(['ast', '--positions', path.join(CORPUS, 'fstring_triple.py')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fs.readFileSync(path.join(CORPUS, 'golden', 'fstring_triple.pos.ast'), 'utf8'));
  });

  it('prints a syntax error as CPython does, exit 1, no JavaScript stack', () => {
    const golden = JSON.parse(fs.readFileSync(path.join(ERRORS, 'golden.json'), 'utf8')) as Record<string, { stderr: string }>;
    const r = runPyvm(['ast', 'unterminated_triple_string.py'], { cwd: ERRORS });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(golden.unterminated_triple_string.stderr);
  });

  it('reports a missing file in CPython words with exit 1', () => {
    const missing = path.join(os.tmpdir(), 'pyvm-no-such-file.py');
    const r = runPyvm(['ast', missing]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`pyvm: can't open file '${missing}': [Errno 2] No such file or directory\n`);
  });

  it('reports a tree too deep to dump as CPython\'s RecursionError, exit 1, no JavaScript stack', () => {
    // python3 -m ast on the same file: 'RecursionError: maximum recursion depth exceeded during
    // ast construction' (pyvm's dump overflowed the JS stack: an internal error before).
    const file = path.join(os.tmpdir(), `pyvm-ast-deep-${process.pid}.py`);
    fs.writeFileSync(file, `x = ${Array(20000).fill('1').join('+')}\n`);
    try {
      const r = runPyvm(['ast', file]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n').pop()).toBe('RecursionError: maximum recursion depth exceeded during ast construction');
    } finally {
      fs.unlinkSync(file);
    }
  });

  it('rejects a bad option with a usage message and status 2', () => {
    const r = runPyvm(['ast', '--frobnicate', 'x.py']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: pyvm ast/);
  });
});
