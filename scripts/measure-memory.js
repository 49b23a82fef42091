#!/usr/bin/env node
// Peak memory (RSS) of each benchmark on CPython 3.11, the stack VM and the register VM
// (issue 8 target: peak RSS of the full suite on either VM at most 3x CPython's).
//
// Each benchmarks/*.py program runs as its own process, `python3 FILE SIZE` and
// `node bin/pyvm run [--vm reg] FILE SIZE`, under /usr/bin/time -f %M (peak resident set
// size of the process, in KB); RSS does not depend on the machine's load, so a few
// repetitions (median) suffice. Outputs are compared with CPython's: a run whose output
// differs is flagged. The suite's figure is the largest peak RSS of any benchmark per
// runtime (the suite runs one program per process); the geometric mean of per-benchmark
// ratios is printed as well.
// Usage: node scripts/measure-memory.js [--full] [--reps N] [--filter RE] [--json OUT]
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const full = args.includes('--full');
const reps = Number(opt('--reps', '3'));
const filter = new RegExp(opt('--filter', '.'));
const jsonOut = opt('--json', null);

const root = path.join(__dirname, '..');
const pyvm = path.join(root, 'bin', 'pyvm');
const benchDir = path.join(root, 'benchmarks');
const SIZE_LINE = /^# bench: quick=(\d+) full=(\d+)\s*$/m; // benchmarks/suite.ts's header format

const programs = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.py') && filter.test(f))
  .sort()
  .map((f) => {
    const m = SIZE_LINE.exec(fs.readFileSync(path.join(benchDir, f), 'utf8'));
    return m === null ? null : { name: f.slice(0, -3), file: path.join(benchDir, f), size: full ? m[2] : m[1] };
  })
  .filter((p) => p !== null);

const runtimes = [
  ['cpython', (p) => ['python3', p.file, p.size]],
  ['stack', (p) => ['node', pyvm, 'run', p.file, p.size]],
  ['reg', (p) => ['node', pyvm, 'run', '--vm', 'reg', p.file, p.size]],
];

function measure(argv) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const last = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { status: r.status, stdout: r.stdout, rssKb: last[0], cpu: last[1] + last[2] };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const geomean = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
const mb = (kb) => (kb / 1024).toFixed(1);

console.log(`peak RSS, ${full ? 'full' : 'quick'} sizes, median of ${reps} runs (MB); ratio = VM / CPython`);
console.log('benchmark          size    cpython     stack       reg   stack/cpy  reg/cpy');
const rows = [];
for (const p of programs) {
  const row = { name: p.name, size: Number(p.size) };
  let reference = null;
  for (const [label, argvOf] of runtimes) {
    const samples = [];
    let ok = true;
    for (let i = 0; i < reps; i++) {
      const r = measure(argvOf(p));
      if (reference === null) reference = r.stdout;
      if (r.status !== 0 || r.stdout !== reference) ok = false;
      samples.push(r.rssKb);
    }
    row[label] = median(samples);
    if (!ok) row[label + 'Mismatch'] = true;
  }
  row.stackRatio = row.stack / row.cpython;
  row.regRatio = row.reg / row.cpython;
  rows.push(row);
  const flag = (k) => (row[k + 'Mismatch'] ? '!' : ' ');
  console.log(
    `${p.name.padEnd(16)} ${p.size.padStart(6)} ${mb(row.cpython).padStart(9)} ${mb(row.stack).padStart(8)}${flag('stack')} ${mb(row.reg).padStart(8)}${flag('reg')} ${row.stackRatio.toFixed(2).padStart(9)}x ${row.regRatio.toFixed(2).padStart(7)}x`,
  );
}
const peak = (k) => Math.max(...rows.map((r) => r[k]));
const summary = {
  sizes: full ? 'full' : 'quick',
  peakRssKb: { cpython: peak('cpython'), stack: peak('stack'), reg: peak('reg') },
  peakRatio: { stack: peak('stack') / peak('cpython'), reg: peak('reg') / peak('cpython') },
  geomeanRatio: { stack: geomean(rows.map((r) => r.stackRatio)), reg: geomean(rows.map((r) => r.regRatio)) },
  maxRatio: { stack: peak('stackRatio'), reg: peak('regRatio') },
};
console.log(
  `suite peak       ${''.padStart(6)} ${mb(summary.peakRssKb.cpython).padStart(9)} ${mb(summary.peakRssKb.stack).padStart(8)}  ${mb(summary.peakRssKb.reg).padStart(8)}  ${summary.peakRatio.stack.toFixed(2).padStart(9)}x ${summary.peakRatio.reg.toFixed(2).padStart(7)}x`,
);
console.log(`geomean of per-benchmark ratios: stack ${summary.geomeanRatio.stack.toFixed(2)}x, reg ${summary.geomeanRatio.reg.toFixed(2)}x; worst: stack ${summary.maxRatio.stack.toFixed(2)}x, reg ${summary.maxRatio.reg.toFixed(2)}x`);
if (rows.some((r) => r.stackMismatch || r.regMismatch)) console.log('! = output differs from CPython or non-zero exit');
if (jsonOut !== null) fs.writeFileSync(jsonOut, JSON.stringify({ rows, summary }, null, 2) + '\n');
