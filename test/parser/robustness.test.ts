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

const CORPUS = path.join(__dirname, '..', 'corpus');
const PER_FILE = Number(process.env.PYVM_MUTATIONS ?? '12');
const SEED = Number(process.env.PYVM_SEED ?? '20261125');

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENISH = /[A-Za-z_][A-Za-z0-9_]*|\d+|'''|"""|\*\*=?|\/\/=?|[<>=!]=|->|:=|\S/g;

function mutate(src: string, rnd: () => number): string {
  const pick = (n: number): number => Math.floor(rnd() * n);
  if (src.length === 0) return ['(', '"', "'''", ':', '\\', ' x', '\t'][pick(7)];
  const i = pick(src.length);
  switch (pick(8)) {
    case 0: // delete a character
      return src.slice(0, i) + src.slice(i + 1);
    case 1: // duplicate a character
      return src.slice(0, i) + src[i] + src.slice(i);
    case 2: // swap two adjacent characters
      return i + 1 < src.length ? src.slice(0, i) + src[i + 1] + src[i] + src.slice(i + 2) : src.slice(0, -1);
    case 3: { // delete a token
      const toks = [...src.matchAll(TOKENISH)];
      if (toks.length === 0) return src;
      const t = toks[pick(toks.length)];
      return src.slice(0, t.index) + src.slice((t.index ?? 0) + t[0].length);
    }
    case 4: { // duplicate a token
      const toks = [...src.matchAll(TOKENISH)];
      if (toks.length === 0) return src;
      const t = toks[pick(toks.length)];
      return src.slice(0, t.index) + t[0] + ' ' + src.slice(t.index);
    }
    case 5: { // swap two tokens
      const toks = [...src.matchAll(TOKENISH)];
      if (toks.length < 2) return src;
      let a = toks[pick(toks.length)];
      let b = toks[pick(toks.length)];
      if ((a.index ?? 0) > (b.index ?? 0)) [a, b] = [b, a];
      const ai = a.index ?? 0;
      const bi = b.index ?? 0;
      if (ai + a[0].length > bi) return src;
      return src.slice(0, ai) + b[0] + src.slice(ai + a[0].length, bi) + a[0] + src.slice(bi + b[0].length);
    }
    case 6: { // insert a troublesome character
      const ins = ['(', ')', '[', ']', '{', '}', '"', "'", '\\', '\n', '\t', ':', '=', '*', '@', '#', 'f"{', '$', 'é', '\0'][pick(20)];
      return src.slice(0, i) + ins + src.slice(i);
    }
    default: { // duplicate or drop a line
      const lines = src.split('\n');
      const k = pick(lines.length);
      if (rnd() < 0.5) lines.splice(k, 0, lines[k]);
      else lines.splice(k, 1);
      return lines.join('\n');
    }
  }
}

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
