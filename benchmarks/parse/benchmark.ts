// The parse benchmark: lines per second for pyvm's parser (tokenize + parse, in-process,
// measured with Benchmark.js) and for CPython's ast.parse (python3 + timeit, best of 5),
// on the same generated file of >= 5,000 lines (benchmarks/parse/generate.ts).
//
// Run from the compiled output:  npx tsc -p tsconfig.json && node dist/benchmarks/parse/benchmark.js [LINES]
// Prints one line per parser and a JSON summary on the last line.
import Benchmark from 'benchmark';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from '../../frontend/parser';
import { generateSource } from './generate';

function cpythonSeconds(file: string): number | null {
  const code =
    'import ast, sys, timeit\n' +
    'src = open(sys.argv[1]).read()\n' +
    'ast.parse(src)\n' +
    'print(min(timeit.repeat(lambda: ast.parse(src), number=1, repeat=5)))\n';
  const r = spawnSync('python3', ['-c', code, file], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return Number(r.stdout.trim());
}

function main(): void {
  const minLines = Number(process.argv[2] ?? '5000');
  const src = generateSource(minLines);
  const lines = src.split('\n').length - (src.endsWith('\n') ? 1 : 0);
  const file = path.join(os.tmpdir(), `pyvm-parse-bench-${process.pid}.py`);
  fs.writeFileSync(file, src);
  try {
    parse(src, file); // warm up, and make sure it parses
    let pyvmSeconds = 0;
    let pyvmMin = 0;
    const suite = new Benchmark.Suite();
    suite.add('pyvm parse', () => {
      parse(src, file);
    });
    suite.on('cycle', (event: Benchmark.Event) => {
      const t = event.target as unknown as Benchmark;
      pyvmSeconds = t.stats.mean;
      pyvmMin = Math.min(...t.stats.sample);
    });
    suite.run({ async: false });
    const cpy = cpythonSeconds(file);
    // pyvm's figure is the Benchmark.js mean, which includes the garbage collection its
    // parses cause (a GC-free "best" sample is printed too, but flatters it); CPython's is
    // timeit's best of 5, whose reference counting frees memory inside each run anyway.
    const pyvmRate = lines / pyvmSeconds;
    process.stdout.write(`file: ${lines} lines, ${Buffer.byteLength(src)} bytes\n`);
    process.stdout.write(`pyvm parse:        mean ${(pyvmSeconds * 1000).toFixed(2)} ms (best sample ${(pyvmMin * 1000).toFixed(2)} ms)  ${Math.round(pyvmRate).toLocaleString('en-US')} lines/s\n`);
    if (cpy !== null) {
      process.stdout.write(`CPython ast.parse: best ${(cpy * 1000).toFixed(2)} ms  ${Math.round(lines / cpy).toLocaleString('en-US')} lines/s\n`);
      process.stdout.write(`pyvm / CPython time: ${(pyvmSeconds / cpy).toFixed(2)}x\n`);
    }
    process.stdout.write(JSON.stringify({ lines, pyvm_lines_per_s: Math.round(pyvmRate), cpython_lines_per_s: cpy === null ? null : Math.round(lines / cpy) }) + '\n');
  } finally {
    fs.unlinkSync(file);
  }
}

main();
