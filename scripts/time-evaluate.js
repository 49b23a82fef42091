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
// Usage: node scripts/time-evaluate.js [--dist DIR] [--rounds R] [--reps N] [--cpython]
//                                      [--node-flags "FLAGS"] [--preload MODULE] [--per-run]
//                                      [--vm stack|reg|both] NAME[=SIZE] ...
//   NAME is a benchmarks/*.py program; SIZE defaults to its quick size. --dist times another
//   build's dist/ directory (e.g. a snapshot built with `npx tsc --outDir /tmp/x`).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function childMain(dist, vm, file, size, reps, preload) {
  if (preload !== '') require(preload);
  require(path.join(dist, 'runtime', 'library.js'));
  const P = require(path.join(dist, 'cli', 'pipeline.js'));
  const prog = P.prepare(file, { vm });
  const runsMs = [];
  for (let k = 0; k < reps; k++) {
    const c0 = process.cpuUsage();
    P.evaluate(prog, { vm, argv: [file, size], stdin: '', counting: false, write: () => {} });
    const c = process.cpuUsage(c0);
    runsMs.push((c.user + c.system) / 1000);
  }
  process.stdout.write(`${JSON.stringify(runsMs)}\n`);
}

/** The figure of one child: best of all its runs, or (per-run) best of the runs after the first. */
function childFigure(runsMs, perRun) {
  const timed = perRun && runsMs.length > 1 ? runsMs.slice(1) : runsMs;
  return Math.min(...timed);
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
  const picks = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dist') dist = path.resolve(argv[++i]);
    else if (a === '--rounds') rounds = Number(argv[++i]);
    else if (a === '--reps') reps = Number(argv[++i]);
    else if (a === '--cpython') cpython = true;
    else if (a === '--preload') preload = argv[++i];
    else if (a === '--per-run') perRun = true;
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
  if (nodeFlags === null) nodeFlags = require(path.join(dist, 'benchmarks', 'harness', 'harness.js')).DEFAULT_NODE_FLAGS ?? [];
  if (picks.length === 0) {
    picks.push(...fs.readdirSync(path.join(ROOT, 'benchmarks')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort());
  }
  const head = ['benchmark', 'size', ...(cpython ? ['CPython ms'] : []), ...vms.map((v) => `${v} ms`)];
  if (vms.length === 2) head.push('stack / reg');
  if (cpython) head.push(...vms.map((v) => `${v} / CPython`));
  console.log(`Node.js flags of the timed processes: ${nodeFlags.length > 0 ? nodeFlags.join(' ') : "(V8's defaults)"}`);
  console.log(`Loaded before pyvm in each: ${preload !== '' ? preload : '(nothing)'}\n`);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  const ratios = { sr: [], ...Object.fromEntries(vms.map((v) => [v, []])) };
  const perRunLines = [];
  for (const pick of picks) {
    const [name, given] = pick.split('=');
    const file = path.join(ROOT, 'benchmarks', `${name}.py`);
    const size = given ?? quickSize(file);
    const best = {};
    for (let r = 0; r < rounds; r++) {
      // Interleaved, so slow phases of a shared machine fall on every column alike.
      for (const vm of vms) {
        const out = execFileSync(process.execPath, [...nodeFlags, __filename, '--child', dist, vm, file, size, String(reps), preload], { encoding: 'utf8', cwd: ROOT });
        const runsMs = JSON.parse(out.trim());
        if (perRun) perRunLines.push(`${name} ${size} ${vm} process ${r + 1}: ${runsMs.map((ms) => ms.toFixed(0)).join(' / ')}`);
        best[vm] = Math.min(best[vm] ?? Infinity, childFigure(runsMs, perRun));
      }
      if (cpython) {
        const out = execFileSync('python3', [CPYTHON_DRIVER, file, size, '0', String(reps), 'cpu'], { encoding: 'utf8' });
        const lines = out.trim().split('\n');
        const samplesS = JSON.parse(lines[lines.length - 1]).samples;
        best.cpython = Math.min(best.cpython ?? Infinity, 1000 * Math.min(...samplesS));
      }
    }
    const row = [name, size, ...(cpython ? [best.cpython.toFixed(1)] : []), ...vms.map((v) => best[v].toFixed(1))];
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
  if (perRun) console.log(`\nCPU ms of each run, in order (the table: best run after the first):\n${perRunLines.join('\n')}`);
  const geo = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
  if (ratios.sr.length > 0) console.log(`\ngeomean stack / reg: ${geo(ratios.sr).toFixed(2)}x`);
  if (cpython) for (const v of vms) console.log(`geomean ${v} / CPython: ${geo(ratios[v]).toFixed(2)}x`);
  return 0;
}

if (process.argv[2] === '--child') {
  const [dist, vm, file, size, reps, preload] = process.argv.slice(3);
  childMain(dist, vm, file, size, Number(reps), preload ?? '');
} else {
  process.exitCode = main(process.argv.slice(2));
}
