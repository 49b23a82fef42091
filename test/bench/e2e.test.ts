// End to end: `pyvm bench --quick` on a small filter, then `pyvm report`, through the
// compiled CLI (run `npx tsc -p tsconfig.json` first). Checks the results JSON against its
// schema and the facts it must record, and that every chart is a well-formed PNG of the
// stated size. A backend that is not ready is allowed, but only as a recorded error.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPyvm } from '../helpers/pyvm';
import type { BenchResults, VmResult } from '../../benchmarks/harness/results';
import { CHART_HEIGHT, CHART_WIDTH } from '../../reports/charts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const EXPECTED_CHARTS = [
  'instructions.png',
  'data_movement.png',
  'time.png',
  'speedup.png',
  'static_size.png',
  'opcode_mix_stack.png',
  'opcode_mix_reg.png',
  'ablation.png',
];

/** Width and height from a PNG's IHDR chunk, after checking the signature and chunk type. */
export function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(buf.toString('latin1', 12, 16)).toBe('IHDR');
  // The file ends with the IEND chunk (length 0, type, CRC).
  expect(buf.toString('latin1', buf.length - 8, buf.length - 4)).toBe('IEND');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function checkVm(r: VmResult | undefined): void {
  expect(r).toBeDefined();
  if (r === undefined) return;
  expect(['ok', 'error', 'mismatch']).toContain(r.status);
  if (r.status === 'ok') {
    expect(r.timing?.samples).toBeGreaterThanOrEqual(4); // 2 processes x at least 2 samples
    expect(r.timing?.meanMs).toBeGreaterThan(0);
    expect(r.counters).toBeDefined();
  } else {
    expect(typeof r.error).toBe('string');
    expect(r.error).not.toMatch(/\n\s+at /); // a one-line reason, never a JavaScript stack
    expect(r.timing).toBeUndefined();
  }
}

describe('pyvm bench --quick + pyvm report, end to end', () => {
  let dir: string;
  let results: BenchResults;
  let benchStdout: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-bench-'));
    const r = runPyvm(
      ['bench', '--quick', '--filter', '^(fib|nqueens)$', '--out', path.join(dir, 'results.json'), '--no-peers', '--max-time', '0.05', '--min-samples', '2', '--processes', '2', '--warmup', '0.1'],
      { timeoutMs: 240_000 },
    );
    benchStdout = r.stdout;
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(0);
    results = JSON.parse(fs.readFileSync(path.join(dir, 'results.json'), 'utf8')) as BenchResults;
  }, 300_000);

  afterAll(() => {
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says where the results are', () => {
    expect(benchStdout).toContain(path.join(dir, 'results.json'));
  });

  it('writes a results JSON with machine, versions and one entry per filtered program', () => {
    expect(results.schema).toBe(1);
    expect(results.mode).toBe('quick');
    expect(results.programs.map((p) => p.name)).toEqual(['fib', 'nqueens']);
    expect(results.versions.node).toBe(process.version);
    expect(results.versions.cpython).toMatch(/^3\.11\./);
    expect(results.versions.pyvm).toMatch(/^\d+\.\d+\.\d+$/);
    expect(results.machine.cpuCount).toBeGreaterThan(0);
    expect(results.options.vms).toEqual(['stack', 'reg']);
    expect(results.options.filter).toBe('^(fib|nqueens)$');
    expect(results.options.processes).toBe(2);
    expect(results.options.warmup).toEqual({ runs: 100, maxTimeS: 0.1 });
  });

  it('times CPython at the quick size and records each backend as a figure or an error', () => {
    for (const p of results.programs) {
      expect(p.cpython.status).toBe('ok');
      // Two timing processes of at least two samples each, pooled.
      expect(p.cpython.timing?.samples).toBeGreaterThanOrEqual(4);
      expect(p.expectedOutputChars).toBeGreaterThan(0);
      checkVm(p.vms.stack);
      checkVm(p.vms.reg);
      // The stack VM without quickening, in two processes of its own (the default --plain-stack).
      if (p.vms.stack?.status === 'ok') {
        expect(p.vms.stack.plainError).toBeUndefined();
        expect(p.vms.stack.timingPlain?.samples).toBeGreaterThanOrEqual(4);
      }
      expect(p.vms.reg?.timingPlain).toBeUndefined();
    }
    expect(results.options.plainStack).toBe(true);
  });

  it('writes the report and every chart as a well-formed PNG', () => {
    const r = runPyvm(['report', '--in', path.join(dir, 'results.json'), '--out', path.join(dir, 'report')], { timeoutMs: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`report written to ${path.join(dir, 'report', 'README.md')}`);
    const md = fs.readFileSync(path.join(dir, 'report', 'README.md'), 'utf8');
    for (const chart of EXPECTED_CHARTS) {
      expect(md).toContain(`(charts/${chart})`);
      const size = pngSize(fs.readFileSync(path.join(dir, 'report', 'charts', chart)));
      expect(size).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    }
    expect(md).toContain('Shi et al. 2005: 47% fewer');
    expect(md).toContain('RegCPython 2023');
    expect(md).toMatch(/\| fib \| 20 \|/);
    expect(md).toContain('in each of 2 separate processes, run in rounds of one process per backend');
    expect(results.options.processOrder).toBe('rounds');
    expect(md).toContain('ran the program at its quick size for 0.1 s (at most 100 runs), untimed');
    expect(md).toContain('| plain stack ms | reg speed-up over plain stack |');
    expect(md).toContain('against the stack VM without quickening');
    // The workers' V8 flags are recorded and shown (harness.ts DEFAULT_NODE_FLAGS).
    expect(results.options.nodeFlags).toEqual(['--no-concurrent-recompilation']);
    expect(md).toContain('| Node.js flags of the timed JavaScript processes | `--no-concurrent-recompilation`, the same for both VMs and every peer |');
  });

  it('rejects bad options with status 2 and no JavaScript stack', () => {
    const a = runPyvm(['bench', '--vm', 'tape']);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('--vm must be stack, reg or both');
    const w = runPyvm(['bench', '--warmup', '-1']);
    expect(w.status).toBe(2);
    expect(w.stderr).toContain('--warmup: not a number of seconds: -1');
    expect(w.stderr).not.toMatch(/\n\s+at /);
    const f = runPyvm(['bench', '--node-flags', '--jitless x']);
    expect(f.status).toBe(2);
    expect(f.stderr).toContain('--node-flags: not a flag: x');
    const b = runPyvm(['report', '--in', path.join(dir, 'missing.json')]);
    expect(b.status).toBe(1);
    expect(b.stderr).toContain('cannot read results');
    expect(b.stderr).not.toMatch(/\n\s+at /);
  });
});
