// Differential check of the parser against CPython 3.11 on mutated corpus files (by hand;
// needs python3). For each mutant: both accept with the same ast.dump (with positions), or
// both reject with the same exception type, message, line and offset.
//
//   npx tsc -p tsconfig.json && node dist/test/parser/tools/differential.js [SEED] [PER_FILE]
//
// Prints the agreement rate and the disagreements grouped by kind (first example of each).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dump } from '../../../frontend/astdump';
import { parse } from '../../../frontend/parser';
import { PySyntaxError } from '../../../frontend/syntaxerror';
import { mutate, prng } from '../mutate';

const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const CORPUS = path.join(REPO, 'test', 'corpus');

const PY = `
import ast, json, sys, warnings
warnings.simplefilter('ignore')
out = {}
for f in sys.argv[2:]:
    src = open(f, encoding='utf-8').read()
    try:
        out[f] = {'ok': ast.dump(ast.parse(src, f.rsplit('/', 1)[-1]), include_attributes=True)}
    except SyntaxError as e:
        out[f] = {'err': [type(e).__name__, e.msg, e.lineno, e.offset]}
    except Exception as e:
        out[f] = {'other': repr(e)}
json.dump(out, open(sys.argv[1], 'w'))
`;

type Result = { ok?: string; err?: [string, string, number, number]; other?: string };

function main(): void {
  const seed = Number(process.argv[2] ?? '7');
  const per = Number(process.argv[3] ?? '5');
  const rnd = prng(seed);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-diff-'));
  const files: string[] = [];
  for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith('.py')).sort()) {
    const src = fs.readFileSync(path.join(CORPUS, f), 'utf8');
    for (let k = 0; k < per; k++) {
      let m = src;
      const rounds = 1 + Math.floor(rnd() * 2);
      for (let r = 0; r < rounds; r++) m = mutate(m, rnd);
      const file = path.join(dir, `${f.slice(0, -3)}__${k}.py`);
      fs.writeFileSync(file, m);
      files.push(file);
    }
  }
  const outFile = path.join(dir, 'cpython.json');
  const r = spawnSync('python3', ['-c', PY, outFile, ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error('python3 failed: ' + r.stderr);
  const want = JSON.parse(fs.readFileSync(outFile, 'utf8')) as Record<string, Result>;
  let same = 0;
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const src = fs.readFileSync(file, 'utf8');
    let got: Result;
    try {
      got = { ok: dump(parse(src, path.basename(file)), true) };
    } catch (e) {
      got = e instanceof PySyntaxError ? { err: [e.kind, e.msg, e.lineno, e.offset] } : { other: String(e) };
    }
    const w = want[file];
    // ast.parse words the NUL error for strings; pyvm reports it as a script run does.
    if (w.err && w.err[1] === 'source code string cannot contain null bytes' && got.err && got.err[1] === 'source code cannot contain null bytes') {
      same++;
      continue;
    }
    if (JSON.stringify(got) === JSON.stringify(w)) {
      same++;
      continue;
    }
    let kind: string;
    if (w.ok !== undefined && got.ok !== undefined) kind = 'AST differs';
    else if (w.ok !== undefined) kind = `pyvm rejects: ${got.err?.[1] ?? got.other}`;
    else if (got.ok !== undefined) kind = `pyvm accepts; CPython: ${w.err?.[1]}`;
    else if (w.err && got.err && w.err[1] !== got.err[1]) kind = `message: CPython "${w.err[1]}" / pyvm "${got.err[1]}"`;
    else kind = `location of "${w.err?.[1]}"`;
    const list = groups.get(kind) ?? [];
    list.push(`${path.basename(file)} CPython=${JSON.stringify(w.err ?? 'ok')} pyvm=${JSON.stringify(got.err ?? got.other ?? 'ok')}`);
    groups.set(kind, list);
  }
  process.stdout.on('error', () => process.exit(0));
  process.stdout.write(`agree on ${same} of ${files.length} mutants (${((100 * same) / files.length).toFixed(1)}%); mutants in ${dir}\n`);
  for (const [k, v] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    process.stdout.write(`${v.length}  ${k}\n      e.g. ${v[0]}\n`);
  }
}

main();
