// Developer tool: compile files with pyvm and with python3, print the differences.
// Usage (after tsc): node dist/test/compiler/tools/compare.js [-q] [--cpython-ast] FILE.py ...
//   -q: summary only; --cpython-ast: compile CPython's own AST (test/tools/ast2json.py) instead of parsing

import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { compileAst, compileSource } from '../../../frontend/compile';
import { cpythonAst } from '../astjson';
import { codeJson, diffCode, Json } from '../codejson';

const args = process.argv.slice(2);
const quiet = args.includes('-q');
const useCpythonAst = args.includes('--cpython-ast');
const files = args.filter((a) => !a.startsWith('-'));
const script = path.join(__dirname, '../../../../test/compiler/tools/code2json.py');
const out = execFileSync('python3', [script, ...files], { maxBuffer: 1 << 30 }).toString().trim().split('\n');
let same = 0;
for (const line of out) {
  const rec = JSON.parse(line) as { file: string; code?: Json; error?: string };
  let diffs: string[];
  try {
    const src = readFileSync(rec.file, 'utf8');
    const co = useCpythonAst ? compileAst(cpythonAst(rec.file), rec.file, src) : compileSource(src, rec.file);
    diffs = rec.code ? diffCode(codeJson(co), rec.code) : [`python: ${rec.error}`];
  } catch (e) {
    diffs = [rec.error ? `both fail (python: ${rec.error}; pyvm: ${(e as Error).message})` : `pyvm: ${(e as Error).stack}`];
    if (rec.error) diffs = [];
  }
  if (diffs.length === 0) same++;
  if (!quiet || diffs.length) console.log(`${rec.file}: ${diffs.length ? 'DIFF' : 'same'}`);
  if (!quiet) for (const d of diffs) console.log('  ' + d);
}
console.log(`${same}/${out.length} identical`);
