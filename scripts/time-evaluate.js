#!/usr/bin/env node
// Warm, in-process timing of benchmarks on the two VMs: the tool behind most before/after
// figures in docs/performance.md (the committed report times differently: benchmark.js over
// a fixed time in a fresh process per program and backend, warm-up included).
//
// For each benchmark and VM, ROUNDS child processes each prepare the program once and run
// evaluate() REPS times (a fresh interpreter each run, counting off, output discarded); the
// figure is the best CPU time (user + system) of all those runs, in milliseconds. CPU time,
// not wall time, because the machine is shared: another process's work does not add CPU time
// to ours. Separate processes per VM keep one VM's type feedback out of the other's code.
// With --cpython, CPython 3.11 runs the same program through the harness's driver
// (benchmarks/harness/cpython_driver.py: compiled once, exec() runs, here with its CPU clock)
// for a ratio beside it.
//
// The children run with the Node.js flags `pyvm bench` gives its timed processes
// (DEFAULT_NODE_FLAGS in benchmarks/harness/harness.ts, read from the build being timed), so a
// figure here is made under the same conditions as the report's; --node-flags "..." changes
// them ("" for V8's defaults).
//
// --preload MODULE requires MODULE in each child before pyvm's modules: `--preload benchmark`
// makes the children like `pyvm bench`'s workers, which load benchmark.js first (session 13
// found that this alone could change V8's GC decisions and so the timing of allocation-heavy
// programs; docs/performance.md "Heap and GC, session 13 (G)").
//
// --per-run is the report's view of warm-up: each child's runs are listed one by one (CPU ms of
// run 1, 2, ... of that process), and the table's figure is the best run after the first,
// as `pyvm bench` drops one untimed run per process. Session 20 found that best-of-N over all
// runs hid a deoptimisation and recompile of the eval loop in runs 2-3.
//
// --pin CPU runs every child (and CPython) under `taskset -c CPU`, and --canary takes readings
// of scripts/machine-canary.js in the child before and after each run and lists the higher one
// beside the run (implies --per-run). Both are for this session's host (AMD EPYC, Firecracker): a vCPU has
// slow phases in which every interpreter, CPython too, runs 1.5-1.9x slower, and a process that
// stays on it sits at that level for all its runs (docs/performance/stackvm.md, "Bimodal
// processes, session 25 (B)"). Pinning keeps a process on one vCPU and A/B pairs on the same
// one; the canary marks the runs made in a slow phase (canary over 1.3x the lowest reading of the
// program's processes, flagged '*'), and the table's figure then leaves them out. The mark is
// relative: if every reading was in a slow phase none is marked, so the lowest reading is
// printed too (about 2.3-2.7 ns per call in this host's normal phase); --canary-normal NS sets
// the normal level instead (the mark is then over 1.3 x NS).
//
// Usage: node scripts/time-evaluate.js [--dist DIR] [--rounds R] [--reps N] [--cpython]
//                                      [--node-flags "FLAGS"] [--preload MODULE] [--per-run]
//                                      [--pin CPU] [--canary] [--canary-normal NS]
//                                      [--vm stack|reg|both] NAME[=SIZE] ...
//   NAME is a benchmarks/*.py program; SIZE defaults to its quick size. --dist times another
//   build's dist/ directory (e.g. a snapshot built with `npx tsc --outDir /tmp/x`).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function childMain(dist, vm, file, size, reps, preload, canary) {
  if (preload !== '') require(preload);
  // Loaded before pyvm so that its few functions are compiled first, as in every process.
  const C = canary ? require('./machine-canary.js') : null;
  require(path.join(dist, 'runtime', 'library.js'));
  const P = require(path.join(dist, 'cli', 'pipeline.js'));
  const prog = P.prepare(file, { vm });
  const runsMs = [];
  const canaryNs = [];
  for (let k = 0; k < reps; k++) {
    // Canary readings just before and just after the run, the higher one kept: a phase can
    // begin or end during a run of seconds, and a run partly in one is not a normal-phase run.
    const before = C !== null ? C.measure().callNs : 0;
    const c0 = process.cpuUsage();
    P.evaluate(prog, { vm, argv: [file, size], stdin: '', counting: false, write: () => {} });
    const c = process.cpuUsage(c0);
    runsMs.push((c.user + c.system) / 1000);
    if (C !== null) canaryNs.push(Math.max(before, C.measure().callNs));
  }
  process.stdout.write(`${JSON.stringify(C !== null ? { runsMs, canaryNs } : runsMs)}\n`);
}

/** A run is in a slow phase when its canary is over this factor of the invocation's lowest. */
const SLOW_PHASE = 1.3;

/** The figure of one child: best of all its runs, or (per-run) best of the runs after the first. */
function childFigure(runsMs, perRun, clean = null) {
  let idx = runsMs.map((_, i) => i);
  if (perRun && runsMs.length > 1) idx = idx.slice(1);
  // With the canary: the runs made in the normal phase only (none: the process gives no figure).
  if (clean !== null) idx = idx.filter((i) => clean[i]);
  return idx.length > 0 ? Math.min(...idx.map((i) => runsMs[i])) : Infinity;
}

// CPython is timed by the harness's own driver, with its CPU clock.
const CPYTHON_DRIVER = path.join(ROOT, 'benchmarks', 'harness', 'cpython_driver.py');

function quickSize(file) {
  const m = /quick=(\d+)/.exec(fs.readFileSync(file, 'utf8'));
  if (m === null) throw new Error(`${file}: no '# bench: quick=N' header`);
  return m[1];
}

function main(argv) {
  let dist = path.join(ROOT, 'dist');
  let rounds = 3;
  let reps = 5;
  let vms = ['stack', 'reg'];
  let cpython = false;
  let nodeFlags = null;
  let preload = '';
  let perRun = false;
  let pin = null;
  let canary = false;
  let canaryNormal = null;
  const picks = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dist') dist = path.resolve(argv[++i]);
    else if (a === '--rounds') rounds = Number(argv[++i]);
    else if (a === '--reps') reps = Number(argv[++i]);
    else if (a === '--cpython') cpython = true;
    else if (a === '--preload') preload = argv[++i];
    else if (a === '--per-run') perRun = true;
    else if (a === '--pin') pin = argv[++i];
    else if (a === '--canary') {
      canary = true;
      perRun = true;
    } else if (a === '--canary-normal') canaryNormal = Number(argv[++i]);
    else if (a === '--node-flags') nodeFlags = argv[++i].split(/\s+/).filter((f) => f !== '');
    else if (a === '--vm') {
      const v = argv[++i];
      vms = v === 'both' ? ['stack', 'reg'] : [v];
    } else if (/^[a-z_]+(=\d+)?$/.test(a)) picks.push(a);
    else {
      process.stderr.write(`time-evaluate: unknown argument '${a}'\n`);
      return 2;
    }
  }
  // [command, args] for execFileSync, under taskset when --pin is given.
  const pinned = (cmd, args) => (pin !== null ? ['taskset', ['-c', pin, cmd, ...args]] : [cmd, args]);
  if (nodeFlags === null) nodeFlags = require(path.join(dist, 'benchmarks', 'harness', 'harness.js')).DEFAULT_NODE_FLAGS ?? [];
  if (picks.length === 0) {
    picks.push(...fs.readdirSync(path.join(ROOT, 'benchmarks')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort());
  }
  const head = ['benchmark', 'size', ...(cpython ? ['CPython ms'] : []), ...vms.map((v) => `${v} ms`)];
  if (vms.length === 2) head.push('stack / reg');
  if (cpython) head.push(...vms.map((v) => `${v} / CPython`));
  console.log(`Node.js flags of the timed processes: ${nodeFlags.length > 0 ? nodeFlags.join(' ') : "(V8's defaults)"}`);
  console.log(`Loaded before pyvm in each: ${preload !== '' ? preload : '(nothing)'}${pin !== null ? `; pinned to vCPU ${pin}` : ''}\n`);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  const ratios = { sr: [], ...Object.fromEntries(vms.map((v) => [v, []])) };
  const perRunLines = [];
  for (const pick of picks) {
    const [name, given] = pick.split('=');
    const file = path.join(ROOT, 'benchmarks', `${name}.py`);
    const size = given ?? quickSize(file);
    const best = {};
    const bestAll = {};
    const procs = [];
    for (let r = 0; r < rounds; r++) {
      // Interleaved, so slow phases of a shared machine fall on every column alike.
      for (const vm of vms) {
        const out = execFileSync(...pinned(process.execPath, [...nodeFlags, __filename, '--child', dist, vm, file, size, String(reps), preload, canary ? 'canary' : '']), { encoding: 'utf8', cwd: ROOT });
        const got = JSON.parse(out.trim());
        const runsMs = Array.isArray(got) ? got : got.runsMs;
        const canaryNs = Array.isArray(got) ? null : got.canaryNs;
        procs.push({ label: `${name} ${size} ${vm} process ${r + 1}`, vm, runsMs, canaryNs });
      }
      if (cpython) {
        const out = execFileSync(...pinned('python3', [CPYTHON_DRIVER, file, size, '0', String(reps), 'cpu']), { encoding: 'utf8' });
        const lines = out.trim().split('\n');
        const samplesS = JSON.parse(lines[lines.length - 1]).samples;
        best.cpython = Math.min(best.cpython ?? Infinity, 1000 * Math.min(...samplesS));
      }
    }
    // The canary's normal level: the lowest reading of all this program's processes.
    const lowest = Math.min(...procs.flatMap((p) => p.canaryNs ?? []));
    const floor = canaryNormal ?? lowest;
    if (canary) perRunLines.push(`${name} ${size}: lowest canary reading ${lowest.toFixed(2)} ns per call${canaryNormal !== null ? ` (normal level given: ${canaryNormal})` : ''}`);
    for (const p of procs) {
      const clean = p.canaryNs !== null ? p.canaryNs.map((ns) => ns <= SLOW_PHASE * floor) : null;
      if (perRun) {
        const runs = p.runsMs.map((ms, i) => (p.canaryNs !== null ? `${ms.toFixed(0)} (${(p.canaryNs[i] / floor).toFixed(2)}${clean[i] ? '' : '*'})` : ms.toFixed(0)));
        perRunLines.push(`${p.label}: ${runs.join(' / ')}`);
      }
      best[p.vm] = Math.min(best[p.vm] ?? Infinity, childFigure(p.runsMs, perRun, clean));
      bestAll[p.vm] = Math.min(bestAll[p.vm] ?? Infinity, childFigure(p.runsMs, perRun));
    }
    // Every run in a slow phase: the best of them, marked, rather than no figure.
    const slowOnly = new Set(vms.filter((v) => best[v] === Infinity));
    for (const v of slowOnly) best[v] = bestAll[v];
    const row = [name, size, ...(cpython ? [best.cpython.toFixed(1)] : []), ...vms.map((v) => `${best[v].toFixed(1)}${slowOnly.has(v) ? '*' : ''}`)];
    if (vms.length === 2) {
      row.push((best.stack / best.reg).toFixed(2));
      ratios.sr.push(best.stack / best.reg);
    }
    if (cpython) {
      for (const v of vms) {
        row.push((best[v] / best.cpython).toFixed(2));
        ratios[v].push(best[v] / best.cpython);
      }
    }
    console.log(`| ${row.join(' | ')} |`);
  }
  if (perRun) {
    const canaryNote = canary ? `; in parentheses the run's canary (the higher of before and after) over the program's lowest (or --canary-normal), '*' a slow phase (over ${SLOW_PHASE}), left out of the table; a figure marked '*' has only such runs` : '';
    console.log(`\nCPU ms of each run, in order (the table: best run after the first${canaryNote}):\n${perRunLines.join('\n')}`);
  }
  const geo = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
  if (ratios.sr.length > 0) console.log(`\ngeomean stack / reg: ${geo(ratios.sr).toFixed(2)}x`);
  if (cpython) for (const v of vms) console.log(`geomean ${v} / CPython: ${geo(ratios[v]).toFixed(2)}x`);
  return 0;
}

if (process.argv[2] === '--child') {
  const [dist, vm, file, size, reps, preload, canary] = process.argv.slice(3);
  childMain(dist, vm, file, size, Number(reps), preload ?? '', canary === 'canary');
} else {
  process.exitCode = main(process.argv.slice(2));
}
