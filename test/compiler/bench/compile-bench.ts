// Compile benchmark: source lines per second for pyvm (parse + compile, and compile
// alone from an already parsed tree) and for CPython 3.11's compile() on the same large
// file. Default input: CPython's own Lib/_pydecimal.py (about 6,400 lines), located
// through python3, so nothing large is committed.
//
// Usage (after `npx tsc -p tsconfig.json`):
//   node dist/test/compiler/bench/compile-bench.js [FILE.py] [--runs N] [--json]

import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { compileAst, compileSource } from '../../../frontend/compile';
import { parse } from '../../../frontend/parser';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeIt(runs: number, f: () => void): number {
  f(); // warm-up (JIT)
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return median(times);
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const ri = args.indexOf('--runs');
  const runs = ri >= 0 ? Number(args[ri + 1]) : 9;
  let file = args.find((a, i) => !a.startsWith('--') && (ri < 0 || i !== ri + 1));
  if (!file) {
    file = execFileSync('python3', ['-c', 'import _pydecimal; print(_pydecimal.__file__)']).toString().trim();
  }
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);

  const full = timeIt(runs, () => compileSource(source, file!));
  const compileOnly = timeIt(runs, () => compileAst(parse(source, file!), file!, source)) - timeIt(runs, () => parse(source, file!));

  const py = execFileSync('python3', ['-c', `
import sys, time
src = open(sys.argv[1], 'rb').read()
ts = []
for i in range(${runs} + 2):
    t0 = time.perf_counter(); compile(src, sys.argv[1], 'exec', dont_inherit=True); ts.append(time.perf_counter() - t0)
ts = sorted(ts[2:])
print(ts[len(ts) // 2])
`, file]).toString().trim();
  const cpy = Number(py);
  const result = {
    file,
    lines,
    runs,
    pyvm_parse_compile_lines_per_s: Math.round(lines / full),
    pyvm_compile_only_lines_per_s: Math.round(lines / compileOnly),
    cpython_compile_lines_per_s: Math.round(lines / cpy),
    pyvm_seconds: full,
    cpython_seconds: cpy,
  };
  if (json) {
    console.log(JSON.stringify(result));
  } else {
    console.log(`${file}: ${lines} lines, median of ${runs}`);
    console.log(`  pyvm parse+compile: ${result.pyvm_parse_compile_lines_per_s} lines/s (${(full * 1000).toFixed(1)} ms)`);
    console.log(`  pyvm compile only:  ${result.pyvm_compile_only_lines_per_s} lines/s`);
    console.log(`  CPython compile():  ${result.cpython_compile_lines_per_s} lines/s (${(cpy * 1000).toFixed(1)} ms)`);
    console.log(`  ratio: pyvm takes ${(full / cpy).toFixed(2)}x CPython's time`);
  }
}

main();
