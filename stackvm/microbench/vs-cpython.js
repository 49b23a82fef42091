#!/usr/bin/env node
// The stack VM beside CPython 3.11 on five small loop-, call-, float-, object- and
// list-heavy programs (stackvm/microbench/programs/*.py). Both are timed in-process, the
// program already compiled: pyvm = evalCode of a prepared program (fresh interpreter per
// run); CPython = exec() of the compiled module code. CPU time, median of RUNS runs.
// Usage (after npx tsc -p tsconfig.json): node stackvm/microbench/vs-cpython.js [RUNS]
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawnSync } = require('child_process');
const root = path.join(__dirname, '..', '..');
const { prepare, evaluate } = require(path.join(root, 'dist', 'cli', 'pipeline.js'));
const RUNS = Number(process.argv[2] || 5);
const dir = path.join(__dirname, 'programs');
// Optional: program files to time instead of programs/*.py.
const files = process.argv.slice(3).map((f) => path.resolve(f));
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const CPY = `
import sys, time
src = open(sys.argv[1]).read()
code = compile(src, sys.argv[1], 'exec')
runs = int(sys.argv[2])
sys.argv = [sys.argv[1]]
import io, contextlib
ts = []
for _ in range(runs + 1):
    g = {'__name__': '__main__'}
    with contextlib.redirect_stdout(io.StringIO()):
        t0 = time.process_time()
        exec(code, g)
        ts.append(time.process_time() - t0)
ts = sorted(ts[1:])
print(ts[len(ts) // 2] * 1000)
`;
const rows = [];
const list = files.length > 0 ? files : fs.readdirSync(dir).filter((x) => x.endsWith('.py')).sort().map((x) => path.join(dir, x));
for (const file of list) {
  const f = path.basename(file);
  const opts = { vm: 'stack', write: () => {}, stdin: '' };
  const p = prepare(file, opts);
  evaluate(p, opts); // warm-up
  const ts = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.cpuUsage();
    evaluate(p, opts);
    const d = process.cpuUsage(t0);
    ts.push((d.user + d.system) / 1000);
  }
  const pyvm = median(ts);
  const r = spawnSync('python3', ['-c', CPY, file, String(RUNS)], { encoding: 'utf8' });
  const cpy = Number(r.stdout.trim());
  rows.push([f, pyvm, cpy]);
  console.log(`${f.padEnd(20)} pyvm stack ${pyvm.toFixed(1).padStart(8)} ms   CPython ${cpy.toFixed(1).padStart(8)} ms   ratio ${(pyvm / cpy).toFixed(2)}x`);
}
const geo = Math.exp(rows.reduce((a, [, p, c]) => a + Math.log(p / c), 0) / rows.length);
console.log(`geomean ratio ${geo.toFixed(2)}x (CPU time, median of ${RUNS}; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`);
