// The V8 code cache of bin/pyvm (cli/code_cache.ts) must never change what a program does:
// the same stdout, stderr and exit status without the cache, on a cold run (which writes it),
// on a warm run (which uses it), with recorded module resolutions that are no longer true,
// and with a corrupt cache file.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PYVM_BIN, PYVM_NODE_FLAGS } from '../helpers/pyvm';

const PROGRAM = [
  'import math, collections',
  'print("hello", math.sqrt(2), collections.Counter("abca").most_common(1))',
  'def f(x):',
  '    return 1 / x',
  'f(0)',
  '',
].join('\n');

function run(file: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...PYVM_NODE_FLAGS, PYVM_BIN, 'run', file], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('code cache', () => {
  it('gives the same results without, cold, warm and corrupt', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-cc-test-'));
    try {
      const file = path.join(dir, 'prog.py');
      fs.writeFileSync(file, PROGRAM);
      const cacheDir = path.join(dir, 'cache');
      const plain = run(file, { PYVM_NO_CODE_CACHE: '1' });
      expect(plain.status).toBe(1);
      expect(plain.stdout).toBe("hello 1.4142135623730951 [('a', 2)]\n");
      expect(plain.stderr).toMatch(/ZeroDivisionError: division by zero\n$/);

      const cold = run(file, { PYVM_CODE_CACHE_DIR: cacheDir });
      expect(cold).toEqual(plain);
      const files = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.bin'));
      expect(files.length).toBe(1);

      const warm = run(file, { PYVM_CODE_CACHE_DIR: cacheDir, PYVM_CODE_CACHE_DEBUG: '1' });
      const m = /pyvm code cache: (\d+) of (\d+) modules/.exec(warm.stderr);
      expect(m).not.toBeNull();
      // Some modules may have been rebuilt meanwhile (shared dist/); most come from the cache.
      expect(Number(m![1])).toBeGreaterThan(Number(m![2]) / 2);
      expect({ ...warm, stderr: warm.stderr.replace(/pyvm code cache: .*\n/, '') }).toEqual(plain);
      // A second warm run takes every module from the cache and leaves the file alone: V8
      // rejects cached code made under other V8 flags, so a flag set after some modules were
      // compiled (bin/pyvm and cli/pipeline.ts both turn pretenuring off) would show here.
      const warm2 = run(file, { PYVM_CODE_CACHE_DIR: cacheDir, PYVM_CODE_CACHE_DEBUG: '1' });
      const m2 = /pyvm code cache: (\d+) of (\d+) modules[^\n]*/.exec(warm2.stderr);
      expect(m2).not.toBeNull();
      expect(m2![0]).not.toContain('(rewriting)');
      expect(Number(m2![1])).toBe(Number(m2![2]));

      // Recorded resolutions whose files are gone (a dist/ reorganised since) are resolved
      // again by Node, and the file is rewritten with the new answers.
      const cachePath = path.join(cacheDir, files[0]);
      const buf = fs.readFileSync(cachePath);
      const n = buf.readUInt32LE(0);
      const index = JSON.parse(buf.toString('utf8', 4, 4 + n)) as { files: unknown; resolved: Record<string, string> };
      expect(Object.keys(index.resolved).length).toBeGreaterThan(50);
      for (const k of Object.keys(index.resolved)) index.resolved[k] = `gone/${index.resolved[k]}`;
      const json = Buffer.from(JSON.stringify(index), 'utf8');
      const head = Buffer.alloc(4);
      head.writeUInt32LE(json.length, 0);
      fs.writeFileSync(cachePath, Buffer.concat([head, json, buf.subarray(4 + n)]));
      const moved = run(file, { PYVM_CODE_CACHE_DIR: cacheDir, PYVM_CODE_CACHE_DEBUG: '1' });
      expect(moved.stderr).toMatch(/pyvm code cache: \d+ of \d+ modules, \d+ resolutions from .* \(rewriting\)\n/);
      expect({ ...moved, stderr: moved.stderr.replace(/pyvm code cache: .*\n/, '') }).toEqual(plain);
      const again = run(file, { PYVM_CODE_CACHE_DIR: cacheDir, PYVM_CODE_CACHE_DEBUG: '1' });
      expect(again.stderr).not.toContain('(rewriting)');
      expect({ ...again, stderr: again.stderr.replace(/pyvm code cache: .*\n/, '') }).toEqual(plain);

      fs.writeFileSync(path.join(cacheDir, files[0]), 'not a cache');
      expect(run(file, { PYVM_CODE_CACHE_DIR: cacheDir })).toEqual(plain);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
