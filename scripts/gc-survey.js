#!/usr/bin/env node
// How V8's garbage collector treats each benchmark, in the two kinds of process that time
// pyvm: scripts/time-evaluate.js's children (pyvm's modules only) and `pyvm bench`'s workers
// (benchmarks/harness/worker.ts, which load benchmark.js first). Session 13 (G) found that
// merely loading benchmark.js could flip one of V8's allocation-site pretenuring decisions
// (docs/performance.md "Heap and GC, session 13 (G)"): the figures here make such a flip
// visible without timing (the GC counts do not depend on the machine's load).
//
// For each benchmark and VM, one child process per condition ("plain": no preload; "bench":
// require('benchmark') first, as the worker does) prepares the program once and runs
// evaluate() REPS times at SIZE, under --trace-gc and --trace-pretenuring. Printed per run:
// scavenges, mark-compacts, the allocation sites V8 switched to "tenure" (allocate straight in
// old space), and the best evalCode time (a rough figure: wall time, one process).
//
// Usage: node scripts/gc-survey.js [--dist DIR] [--reps N] [--vm stack|reg|both]
//                                  [--node-flags "FLAGS"] NAME[=SIZE] ...
//   SIZE defaults to the program's quick size ("full" picks its full size).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function childMain(dist, vm, file, size, reps, preload) {
  if (preload === 'bench') require('benchmark');
  require(path.join(dist, 'runtime', 'library.js'));
  const P = require(path.join(dist, 'cli', 'pipeline.js'));
  const prog = P.prepare(file, { vm });
  const times = [];
  for (let k = 0; k < reps; k++) {
    const o = P.evaluate(prog, { vm, argv: [file, size], stdin: '', counting: false, write: () => {} });
    times.push(o.stageTimesMs.evalCode);
  }
  process.stdout.write(`@@TIMES ${times.map((t) => t.toFixed(0)).join(' ')}\n`);
}

function sizeOf(file, which) {
  const m = new RegExp(`${which}=(\\d+)`).exec(fs.readFileSync(file, 'utf8'));
  if (m === null) throw new Error(`${file}: no '${which}=N' in its '# bench:' header`);
  return m[1];
}

function main(argv) {
  let dist = path.join(ROOT, 'dist');
  let reps = 3;
  let vms = ['stack', 'reg'];
  let nodeFlags = ['--no-concurrent-recompilation'];
  const picks = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dist') dist = path.resolve(argv[++i]);
    else if (a === '--reps') reps = Number(argv[++i]);
    else if (a === '--node-flags') nodeFlags = argv[++i].split(/\s+/).filter((f) => f !== '');
    else if (a === '--vm') {
      const v = argv[++i];
      vms = v === 'both' ? ['stack', 'reg'] : [v];
    } else if (/^[a-z_]+(=(\d+|full))?$/.test(a)) picks.push(a);
    else {
      process.stderr.write(`gc-survey: unknown argument '${a}'\n`);
      return 2;
    }
  }
  if (picks.length === 0) {
    picks.push(...fs.readdirSync(path.join(ROOT, 'benchmarks')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort());
  }
  process.stdout.write('program           vm     cond   scav  m-c  tenured  evalCode ms\n');
  for (const pick of picks) {
    const [name, sz] = pick.split('=');
    const file = path.join(ROOT, 'benchmarks', `${name}.py`);
    const size = sz === undefined ? sizeOf(file, 'quick') : sz === 'full' ? sizeOf(file, 'full') : sz;
    for (const vm of vms) {
      for (const cond of ['plain', 'bench']) {
        const out = execFileSync(
          process.execPath,
          [...nodeFlags, '--trace-gc', '--trace-pretenuring-statistics', __filename, '--child', dist, vm, file, size, String(reps), cond],
          { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 },
        );
        const lines = out.split('\n');
        const scav = lines.filter((l) => l.includes('Scavenge')).length;
        const mc = lines.filter((l) => l.includes('Mark-Compact')).length;
        const ten = lines.filter((l) => /(undecided|maybe tenure) => tenure$/.test(l)).length;
        const t = (lines.find((l) => l.startsWith('@@TIMES ')) ?? '@@TIMES ?').slice(8);
        process.stdout.write(
          `${`${name}=${size}`.padEnd(17)} ${vm.padEnd(6)} ${cond.padEnd(6)} ${String(scav).padStart(5)} ${String(mc).padStart(4)} ${String(ten).padStart(8)}  ${t}\n`,
        );
      }
    }
  }
  return 0;
}

if (process.argv[2] === '--child') {
  const [dist, vm, file, size, reps, preload] = process.argv.slice(3);
  childMain(dist, vm, file, size, Number(reps), preload);
} else {
  process.exitCode = main(process.argv.slice(2));
}
