// The benchmark programs and their manifest: every program declares a quick and a full
// size in its header (the single source of truth), defaults to the quick size, uses only
// the allowed imports, and prints on CPython exactly its committed quick-size output
// (benchmarks/expected/, from benchmarks/harness/gen_expected.py): deterministic.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { describe, expect, it } from 'vitest';
import * as path from 'path';
import { benchmarksDir, expectedQuickOutput, loadSuite } from '../../benchmarks/suite';

const ALLOWED_IMPORTS = new Set(['math', 'time', 'random', 'sys', 'collections', 'itertools', 'functools']);
const REQUIRED = [
  'fib', 'sieve', 'collatz', 'nbody', 'spectral_norm', 'mandelbrot', 'richards', 'deltablue', 'raytrace',
  'binary_trees', 'wordcount', 'json_codec', 'generators', 'exceptions', 'closures', 'pidigits', 'sorting',
  'nqueens', 'fannkuch',
];

describe('benchmark suite', () => {
  const suite = loadSuite();

  it('has at least 16 programs, including every classic workload of the brief', () => {
    expect(suite.length).toBeGreaterThanOrEqual(16);
    expect(suite.map((p) => p.name)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('gives every program a description, quick < full, and the quick size as its default', () => {
    for (const p of suite) {
      expect(p.description.length, p.name).toBeGreaterThan(10);
      expect(p.quick, p.name).toBeLessThan(p.full);
      const src = fs.readFileSync(p.path, 'utf8');
      const m = /else (\d+)\)\s*$/.exec(src);
      expect(m, `${p.name}: last line reads the size with a default`).not.toBeNull();
      expect(Number(m?.[1]), p.name).toBe(p.quick);
    }
  });

  it('is listed in benchmarks/README.md with the manifest sizes', () => {
    const readme = fs.readFileSync(path.join(benchmarksDir(), 'README.md'), 'utf8');
    for (const p of suite) {
      expect(readme, 'regenerate the table row').toContain(`| [${p.name}](${p.name}.py) | ${p.description} | ${p.quick} | ${p.full} |`);
    }
  });

  it('imports only the allowed modules', () => {
    for (const p of suite) {
      const src = fs.readFileSync(p.path, 'utf8');
      for (const m of src.matchAll(/^\s*(?:import|from)\s+([\w.]+)/gm)) {
        expect(ALLOWED_IMPORTS.has(m[1].split('.')[0]), `${p.name} imports ${m[1]}`).toBe(true);
      }
    }
  });

  it('has a committed CPython output at the quick size, with a checksum line', () => {
    for (const p of suite) {
      const golden = expectedQuickOutput(p);
      expect(golden, `${p.name}: run python3 benchmarks/harness/gen_expected.py`).not.toBeNull();
      expect(golden, p.name).toMatch(/\bchecksum\b/);
    }
  });

  it('prints the same output as the committed one on CPython (deterministic)', () => {
    for (const p of suite) {
      const r = spawnSync('python3', [p.path, String(p.quick)], { encoding: 'utf8' });
      expect(r.status, `${p.name}: ${r.stderr}`).toBe(0);
      expect(r.stdout, p.name).toBe(expectedQuickOutput(p));
    }
  });

});
