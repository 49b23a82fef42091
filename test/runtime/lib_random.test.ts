// The Mersenne Twister and random's methods (runtime/modules/random_mt.ts) against
// CPython 3.11's outputs in goldens/lib_random.json (python3 test/runtime/lib_random_gen.py).
import { describe, it, expect } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { PyObject, PyFloat, None } from '../../runtime/object';
import { PyIntLike } from '../../runtime/int_ops';
import { MersenneTwister } from '../../runtime/modules/random_mt';
import { Enc, decode, capture, checkAgainstKnown, TestList } from './lib/golden_codec';

const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'goldens', 'lib_random.json'), 'utf8')) as {
  cases: [Enc, [string, Enc[], Enc][]][];
};
const known = JSON.parse(fs.readFileSync(path.join(__dirname, 'goldens', 'lib_known_failures.json'), 'utf8')) as Record<string, Record<string, string>>;

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const f = (v: PyObject): number => (v as PyFloat).value;
const list = (xs: number[]): TestList => new TestList(xs);

function call(r: MersenneTwister, name: string, a: PyObject[]): unknown {
  switch (name) {
    case 'random': return new PyFloat(r.random());
    case 'getrandbits': return r.getrandbits(a[0] as number);
    case 'randrange': return r.randrange(a[0] as PyIntLike, (a[1] ?? null) as PyIntLike | null, (a[2] ?? 1) as PyIntLike);
    case 'randint': return r.randint(a[0] as PyIntLike, a[1] as PyIntLike);
    case 'choice': return r.choiceIndex(a[0] as number);
    case 'shuffle': { const x = range(a[0] as number); r.shuffle(x); return list(x); }
    case 'sample': return list(r.sample(range(a[0] as number), a[1] as number));
    case 'uniform': return new PyFloat(r.uniform(f(a[0]), f(a[1])));
    case 'gauss': return new PyFloat(r.gauss(f(a[0]), f(a[1])));
    case 'expovariate': return new PyFloat(r.expovariate(f(a[0])));
    case 'triangular': return new PyFloat(r.triangular(f(a[0]), f(a[1]), a[2] === None ? null : f(a[2])));
    case 'choices': return list(r.choicesIndices(a[0] as number, a[1] as number));
    case 'choices_w': {
      const w = (a[1] as TestList).items as number[];
      const cum: number[] = [];
      let acc = 0;
      for (const x of w) { acc += x; cum.push(acc); }
      return list(r.choicesWeighted(cum, a[2] as number));
    }
    default: throw new Error('unknown call ' + name);
  }
}

describe('random against CPython goldens', () => {
  it(`${golden.cases.length} seeds`, () => {
    const results: { key: string; got: Enc; want: Enc }[] = [];
    for (const [seedEnc, seq] of golden.cases) {
      const r = new MersenneTwister();
      r.seedInt(decode(seedEnc) as PyIntLike);
      seq.forEach(([name, args, want], i) => {
        results.push({ key: `seed ${JSON.stringify(seedEnc)} #${i} ${name}`, got: capture(() => call(r, name, args.map(decode))), want });
      });
    }
    expect(checkAgainstKnown(results, known.random ?? {}).slice(0, 30)).toEqual([]);
  });
});
