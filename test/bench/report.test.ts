// The report generator on a synthetic results file (built here, clearly not measured):
// figures present are tabulated and charted, missing ones are shown as missing, and
// the summary sets pyvm's ratios beside the anchors.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import type { BenchResults, ProgramResult, Timing } from '../../benchmarks/harness/results';
import { geomean, timingFromSamples } from '../../benchmarks/harness/stats';
import { ablationRelative, opcodeMixChart, shortNumber, speedupChart } from '../../reports/charts';
import { generateReport } from '../../reports/generate';
import { VM_FEATURES } from '../../reports/vm_features';
import { summarize } from '../../reports/summary';
import { firstDifference } from '../../benchmarks/harness/worker';
import { ablationVariants } from '../../benchmarks/harness/harness';

function t(ms: number): Timing {
  // The report uses the best (minimum) sample; the median is shown beside it.
  return { hz: 1000 / (1.5 * ms), meanMs: 1.5 * ms, medianMs: 1.5 * ms, rme: 1, samples: 3, sampleMs: [2 * ms, ms, 1.5 * ms] };
}

function program(name: string, stackMs: number, regMs: number | null): ProgramResult {
  return {
    name,
    description: name,
    size: 1,
    cpython: { status: 'ok', timing: t(stackMs / 40) },
    vms: {
      stack: {
        status: 'ok',
        timing: t(stackMs),
        counters: {
          stack: { instructions: 1000, by_opcode: { LOAD_FAST: 600, BINARY_OP: 400 }, pushes: 900, pops: 900 },
          static: { stack: { code_objects: 2, instructions: 100, bytes: 200 } },
        },
      },
      reg:
        regMs === null
          ? { status: 'mismatch', error: 'line 1: expected "1", got "2"' }
          : {
              status: 'ok',
              timing: t(regMs),
              counters: {
                reg: { instructions: 500, by_opcode: { ADD: 400, MOVE: 100 }, reg_reads: 800, reg_writes: 500, moves: 100 },
                static: { reg: { code_objects: 2, instructions: 80, bytes: 250, registers: 10 } },
              },
              ablation: {
                all: { passes: ['all'], status: 'ok', instructions: 500, staticInstructions: 80 },
                none: { passes: ['none'], status: 'ok', instructions: 1000, staticInstructions: 100 },
                '-copyprop': { passes: ['-copyprop'], status: 'ok', instructions: 800, staticInstructions: 90 },
              },
            },
    },
    peers: {},
  };
}

function synthetic(): BenchResults {
  return {
    schema: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    mode: 'quick',
    durationS: 1,
    machine: { platform: 'linux', release: 'x', arch: 'x64', cpuModel: 'test cpu', cpuCount: 2, memoryGiB: 4, loadAverage: [0, 0, 0] },
    versions: { node: 'v20', v8: '11', cpython: '3.11.7', pyvm: '0.1.0', gitCommit: null },
    options: { filter: null, vms: ['stack', 'reg'], maxTimeS: 0.1, minSamples: 3, ablation: true, peers: [] },
    programs: [program('alpha', 100, 50), program('beta', 100, 80), program('gamma', 100, null)],
  };
}

describe('report generator', () => {
  it('sets the register VM beside the stack VM without quickening when that was timed', async () => {
    const res = synthetic();
    res.programs[0].vms.stack!.timingPlain = t(200); // alpha: reg 50 -> 4x over plain, 2x over quickened
    res.programs[1].vms.stack!.timingPlain = t(160); // beta: reg 80 -> 2x over plain
    res.programs[2].vms.stack!.plainError = 'error: exit status 1';
    const s = summarize(res);
    expect(s.rows[0].stackPlainMs).toBe(200);
    expect(s.timeRatioPlain?.n).toBe(2);
    expect(s.timeRatioPlain?.value).toBeCloseTo(geomean([50 / 200, 80 / 160]), 10);
    expect(s.stackPlainVsCPython?.value).toBeCloseTo(geomean([200 / 2.5, 160 / 2.5]), 10);
    expect(speedupChart(s).config.data.datasets.map((d) => d.label)).toContain('over the stack VM without quickening');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-report-plain-'));
    try {
      const { markdown } = await generateReport(res, dir);
      expect(markdown).toContain('| plain stack ms | reg speed-up over plain stack |');
      expect(markdown).toMatch(/\| alpha \|.*\| 200 \(300\) \| 4\.00× \|/);
      expect(markdown).toContain('gamma / stack VM without quickening: error: exit status 1');
      expect(markdown).toContain('pyvm stack VM without quickening');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Without the plain timing, no such columns.
    expect(summarize(synthetic()).timeRatioPlain).toBeNull();
  });

  it('computes the reg/stack geomeans only over programs that ran on both', () => {
    const s = summarize(synthetic());
    expect(s.instrRatio).toEqual({ value: 0.5, n: 2 });
    expect(s.sizeRatio).toEqual({ value: 1.25, n: 2 });
    expect(s.timeRatio?.n).toBe(2);
    expect(s.timeRatio?.value).toBeCloseTo(Math.sqrt(0.5 * 0.8), 12);
    expect(s.rows[2].regMs).toBeNull();
    expect(s.rows[2].regStatus).toBe('mismatch');
  });

  it('charts the speed-up with its geomean and names missing data', () => {
    const spec = speedupChart(summarize(synthetic()));
    const data = spec.config.data.datasets[0].data as (number | null)[];
    expect(data.slice(0, 3)).toEqual([2, 1.25, null]);
    expect(data[3]).toBeCloseTo(geomean([2, 1.25]), 12);
    const sub = spec.config.options?.plugins?.subtitle as { text: string };
    expect(sub.text).toContain('speed-up: no data for gamma');
  });

  it('charts opcode shares that sum to 100% per program', () => {
    const spec = opcodeMixChart(synthetic(), 'stack');
    const sets = spec.config.data.datasets.map((d) => d.data as (number | null)[]);
    const total = sets.reduce((a, d) => a + (d[0] ?? 0), 0);
    expect(total).toBeCloseTo(100, 9);
  });

  it('expresses the ablation relative to the plain lowering', () => {
    expect(ablationRelative(synthetic(), 'all', 'instructions')).toBeCloseTo(50, 9);
    expect(ablationRelative(synthetic(), '-copyprop', 'instructions')).toBeCloseTo(80, 9);
    expect(ablationVariants(['a', 'b'])).toEqual({ all: ['all'], none: ['none'], '-a': ['-a'], '-b': ['-b'] });
  });

  it('writes Markdown with the anchors, the errors and the charts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-report-'));
    try {
      const out = await generateReport(synthetic(), dir);
      expect(out.charts).toHaveLength(8);
      const md = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
      expect(md).toContain('-50.0% (50.0% fewer) (geomean over 2 benchmarks)');
      expect(md).toContain('Shi et al. 2005: 47% fewer');
      expect(md).toContain('- gamma / reg VM: mismatch: line 1: expected "1", got "2"');
      expect(md).toContain('| gamma | 1 | 2.50 (3.75) | 100 (150) | mismatch |');
      // Throughput: 1000 stack instructions in 100 ms, 500 register instructions in 50 ms,
      // CPython (no traced count: the stack VM's count) in 2.5 ms; Minstr/s.
      expect(md).toContain('| alpha | 0.400 | 0.0100 | 0.0100 | 2.00× | 2.00× |');
      expect(md).toContain('| gamma | 0.400 | 0.0100 | — | — | — |');
      // The fairness section lists every entry of reports/vm_features.ts.
      const section = md.slice(md.indexOf('## What only one VM has'), md.indexOf('## Translator pass ablation'));
      for (const f of VM_FEATURES) expect(section).toContain(f.effect);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('chart helpers', () => {
  it('writes axis numbers in a short form', () => {
    expect([5, 20, 1000, 1500, 2_000_000, 3e9].map(shortNumber)).toEqual(['5', '20', '1k', '1.5k', '2M', '3G']);
  });
});

describe('harness helpers', () => {
  it('computes benchmark.js-style statistics', () => {
    const s = timingFromSamples([0.1, 0.2, 0.3]);
    expect(s.meanMs).toBeCloseTo(200, 9);
    expect(s.medianMs).toBeCloseTo(200, 9);
    // sd 0.1, sem 0.0577, t(2) = 4.303 -> 124.2%
    expect(s.rme).toBeCloseTo(124.2, 1);
  });

  it('names the first differing output line', () => {
    expect(firstDifference('a\nb\n', 'a\nc\n')).toBe('line 2: expected "b", got "c"');
    expect(firstDifference('a\n', 'a\nx\n')).toBe('line 2: expected "", got "x"');
  });
});
