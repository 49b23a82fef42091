#!/usr/bin/env node
// Micro-benchmark: what does counting cost when it is OFF?
// Compares, on the same programs, (a) the ordinary eval loop (no counting code at all),
// (b) a variant with the counting calls present but guarded by `if (counters !== null)`
// (what a single loop with a runtime flag would cost), and (c) counting ON.
// Usage (after npx tsc -p tsconfig.json): node stackvm/microbench/counting-overhead.js [RUNS]
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist', 'stackvm');
const src = fs.readFileSync(path.join(dist, 'eval_counting.js'), 'utf8')
  .replace(/const counters = vm\.counters;/, 'const counters = vm.counters;')
  .replace(/(\n\s*)counters\.(count|jumped)\(/g, '$1if (counters !== null) counters.$2(')
;
const guardedFile = path.join(dist, 'eval_guarded.tmp.js');
fs.writeFileSync(guardedFile, src);
const evalMod = require(path.join(dist, 'eval.js'));
const plain = evalMod.evalFrame;
const guarded = require(guardedFile).evalFrameCounting;
fs.unlinkSync(guardedFile);
const { runSourceText } = require(path.join(root, 'dist', 'cli', 'pipeline.js'));

const PROGRAMS = {
  fib: 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(25)\n',
  loop: 't = 0\nfor i in range(1000000):\n    t += i * 2 % 7\n',
  objects: 'class P:\n    def __init__(self, x):\n        self.x = x\n    def inc(self):\n        return P(self.x + 1)\np = P(0)\nfor i in range(100000):\n    p = p.inc()\n',
};
const RUNS = Number(process.argv[2] || 7);
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
function time(src, variant) {
  evalMod.evalFrame = variant === 'guarded' ? guarded : plain;
  const t0 = process.cpuUsage();
  runSourceText(src, '<bench>', { vm: 'stack', counting: variant === 'on', write: () => {} });
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
const rows = [];
for (const [name, src] of Object.entries(PROGRAMS)) {
  const r = { name };
  for (const v of ['plain', 'guarded', 'on']) {
    time(src, v); // warm-up
    const ts = [];
    for (let i = 0; i < RUNS; i++) ts.push(time(src, v));
    r[v] = median(ts);
  }
  rows.push(r);
  console.log(`${name.padEnd(8)} plain ${r.plain.toFixed(1)} ms   guarded-off ${r.guarded.toFixed(1)} ms (${((r.guarded / r.plain - 1) * 100).toFixed(1)}%)   counting-on ${r.on.toFixed(1)} ms (${((r.on / r.plain - 1) * 100).toFixed(1)}%)`);
}
console.log(`(CPU time, median of ${RUNS}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`);
