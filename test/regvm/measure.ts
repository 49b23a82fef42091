// `node dist/test/regvm/measure.js [quick|full] [--time N] [names...]`: the register VM against
// the stack VM on benchmarks/*.py, in-process: dynamic instructions (counting runs), static code
// size, and evaluation time (CPU time of evalCode, best of N, counting off). Prints a Markdown
// table and the geometric means; the figures quoted in docs/reliability.md come from here.

import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DIST = path.join(ROOT, 'dist');
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js')) as typeof import('../../cli/pipeline');

const mode = process.argv[2] === 'full' ? 'full' : 'quick';
const ti = process.argv.indexOf('--time');
const reps = ti >= 0 ? Number(process.argv[ti + 1]) : 3;
// Benchmark names, optionally with a size: `fib=25`.
const picks = process.argv.slice(3).filter((a) => /^[a-z_]+(=\d+)?$/.test(a));
const names = picks.map((a) => a.split('=')[0]);
const sizes = new Map(picks.filter((a) => a.includes('=')).map((a) => a.split('=') as [string, string]));
const benchDir = path.join(ROOT, 'benchmarks');
const files = fs.readdirSync(benchDir).filter((f) => f.endsWith('.py') && (names.length === 0 || names.includes(f.slice(0, -3))));

function sizeOf(file: string): string {
  const given = sizes.get(path.basename(file, '.py'));
  if (given !== undefined) return given;
  const m = new RegExp(`${mode}=(\\d+)`).exec(fs.readFileSync(file, 'utf8'));
  return m ? m[1] : '';
}

function run(vm: 'stack' | 'reg', file: string, size: string, counting: boolean): { out: string; counters: import('../../cli/pipeline').Counters | null; cpuMs: number } {
  const prog = P.prepare(file, { vm });
  let out = '';
  const c0 = process.cpuUsage();
  const r = P.evaluate(prog, { vm, argv: [file, size], stdin: '', counting, write: (_s, t) => { out += t; } });
  const cpu = process.cpuUsage(c0);
  return { out, counters: r.counters, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const geo = (xs: number[]): number => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
const rows: string[] = ['| benchmark | stack instr | reg instr | reg/stack | moves | stack bytes | reg bytes | stack ms | reg ms | speedup |', '|---|---|---|---|---|---|---|---|---|---|'];
const ir: number[] = [];
const br: number[] = [];
const sp: number[] = [];
for (const f of files) {
  const file = path.join(benchDir, f);
  const size = sizeOf(file);
  const s = run('stack', file, size, true);
  const r = run('reg', file, size, true);
  if (s.out !== r.out) {
    rows.push(`| ${f} | output differs between the VMs | | | | | | | | |`);
    continue;
  }
  const si = s.counters!.stack!.instructions;
  const ri = r.counters!.reg!.instructions;
  const sb = s.counters!.static.stack!.bytes;
  const rb = r.counters!.static.reg!.bytes;
  let st = Infinity;
  let rt = Infinity;
  for (let k = 0; k < reps; k++) {
    st = Math.min(st, run('stack', file, size, false).cpuMs);
    rt = Math.min(rt, run('reg', file, size, false).cpuMs);
  }
  ir.push(ri / si);
  br.push(rb / sb);
  sp.push(st / rt);
  rows.push(`| ${f.slice(0, -3)} | ${si} | ${ri} | ${(ri / si).toFixed(3)} | ${r.counters!.reg!.moves} | ${sb} | ${rb} | ${st.toFixed(0)} | ${rt.toFixed(0)} | ${(st / rt).toFixed(2)} |`);
}
console.log(rows.join('\n'));
console.log(`\ngeomean (${mode}): reg/stack instructions ${geo(ir).toFixed(3)} (${((1 - geo(ir)) * 100).toFixed(1)}% fewer), reg/stack bytes ${geo(br).toFixed(3)}, speedup ${geo(sp).toFixed(2)}x (min ${Math.min(...sp).toFixed(2)}x)`);
