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
//        node scripts/measure-memory.js --instances [N]
// --instances: bytes per instance of a class with two attributes, instead of the suite: the
// JS heap in use after gc() with N (default 100000) live instances minus with none, on both
// VMs in-process (dist/cli/pipeline.js), and CPython's tracemalloc figure for the same
// program (docs/performance.md, Memory).
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

if (args.includes('--instances')) {
  const n = Number(opt('--instances', '100000')) || 100000;
  const os = require('os');
  const prog = path.join(os.tmpdir(), `pyvm-instances-${process.pid}.py`);
  fs.writeFileSync(
    prog,
    'import sys\nclass Node:\n    def __init__(self, left, right):\n        self.left = left\n        self.right = right\n' +
      'keep = [Node(None, None) for _ in range(int(sys.argv[1]))]\n',
  );
  // One process per VM; heapUsed after two gc() calls, without and with the instances (the
  // list's own slots, 8 bytes per instance, are included, as in CPython's figure).
  const js = `
    const d = ${JSON.stringify(path.join(root, 'dist'))};
    require(d + '/runtime/library.js');
    const P = require(d + '/cli/pipeline.js');
    const vm = process.argv[1], file = process.argv[2], n = process.argv[3];
    const prog = P.prepare(file, { vm });
    const heapWith = (k) => {
      P.evaluate(prog, { vm, argv: [file, k], stdin: '', counting: false, write: () => {} });
      global.gc(); global.gc();
      return process.memoryUsage().heapUsed;
    };
    const h0 = heapWith('0');
    console.log(((heapWith(n) - h0) / Number(n)).toFixed(1));`;
  const py = `
import sys, tracemalloc
src = open(sys.argv[1]).read()
tracemalloc.start()
sys.argv = [sys.argv[1], sys.argv[2]]
exec(compile(src, sys.argv[0], 'exec'), {'__name__': '__main__'})
print('%.1f' % (tracemalloc.get_traced_memory()[0] / int(sys.argv[1])))`;
  const out = {};
  for (const vm of ['stack', 'reg']) {
    const r = spawnSync('node', ['--expose-gc', '-e', js, vm, prog, String(n)], { encoding: 'utf8' });
    out[vm] = r.stdout.trim() || r.stderr.trim();
  }
  const c = spawnSync('python3', ['-c', py, prog, String(n)], { encoding: 'utf8' });
  out.cpython = c.stdout.trim() || c.stderr.trim();
  fs.unlinkSync(prog);
  console.log(`bytes per instance (class with two attributes, ${n} live): stack ${out.stack}, reg ${out.reg}, CPython ${out.cpython} (tracemalloc)`);
  process.exit(0);
}
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
