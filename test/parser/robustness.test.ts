// Robustness: mutated corpus files (characters and tokens deleted, duplicated, swapped;
// lines duplicated or swapped) must only ever give an AST or a PySyntaxError: never another
// exception, never a hang. The seed is fixed so CI is reproducible; PYVM_MUTATIONS=N sets
// the number of mutants per corpus file (default 12) and PYVM_SEED the seed.
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { dump } from '../../frontend/astdump';
import { parse } from '../../frontend/parser';
import { formatSyntaxError, PySyntaxError } from '../../frontend/syntaxerror';
import { mutate, prng } from './mutate';

const CORPUS = path.join(__dirname, '..', 'corpus');
const PER_FILE = Number(process.env.PYVM_MUTATIONS ?? '12');
const SEED = Number(process.env.PYVM_SEED ?? '20261125');

describe('mutated corpus files give an AST or a PySyntaxError', () => {
  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.py')).sort();
  const rnd = prng(SEED);
  it(`${files.length} files x ${PER_FILE} mutants`, () => {
    let asts = 0;
    let errors = 0;
    for (const f of files) {
      const src = fs.readFileSync(path.join(CORPUS, f), 'utf8');
      for (let k = 0; k < PER_FILE; k++) {
        let m = src;
        const rounds = 1 + Math.floor(rnd() * 3);
        for (let r = 0; r < rounds; r++) m = mutate(m, rnd);
        const t0 = Date.now();
        try {
          dump(parse(m, f), true);
          asts++;
        } catch (e) {
          if (!(e instanceof PySyntaxError)) {
            throw new Error(`${f} mutant ${k} threw ${String(e)}\n--- source ---\n${m}`);
          }
          // The printed form must be producible too.
          expect(formatSyntaxError(e)).toMatch(/(SyntaxError|IndentationError|TabError): /);
          errors++;
        }
        const ms = Date.now() - t0;
        if (ms > 2000) throw new Error(`${f} mutant ${k} took ${ms} ms\n--- source ---\n${m}`);
      }
    }
    expect(asts + errors).toBe(files.length * PER_FILE);
  });
});
