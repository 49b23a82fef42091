// runtime/dict.ts: the split (shared-keys) layout of PyDict and its conversion to the combined
// HashTable, checked on the BUILT runtime (run `npx tsc -p tsconfig.json` first):
//   - unit checks of when a dict stays split and when it becomes combined, and that both
//     modes answer the same (order, size, str-subclass keys, hashed keys, errors);
//   - whole programs (dict_programs/*.py) on both VMs, whose stdout must equal CPython 3.11's
//     recorded in dict_programs/*.out (regenerate: python3 FILE.py > FILE.out).
import * as fs from 'fs';
import * as path from 'path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VmKind, RunOptions, RunOutcome } from '../../cli/pipeline';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const rt = require(path.join(ROOT, 'dist', 'runtime', 'core.js')) as typeof import('../../runtime/core');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const dictMod = require(path.join(ROOT, 'dist', 'runtime', 'dict.js')) as typeof import('../../runtime/dict');
// eslint-disable-next-line @typescript-eslint/no-var-requires
require(path.join(ROOT, 'dist', 'runtime', 'library.js'));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { runPath } = require(path.join(ROOT, 'dist', 'cli', 'pipeline.js')) as {
  runPath: (file: string, opts: RunOptions) => RunOutcome;
};

type PyDict = import('../../runtime/dict').PyDict;

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (rt.isPyException(e)) return `${rt.typeOf(e).name}: ${rt.str(e)}`;
    throw e;
  }
  return 'no error';
}

/**
 * The same operations on a fresh dict and on one forced combined must agree. Returns the
 * fresh dict and whether it was still split before repr (repr iterates, which combines).
 */
function both(build: (d: PyDict) => void): [PyDict, boolean] {
  const split = new dictMod.PyDict();
  const combined = new dictMod.PyDict();
  void combined.table; // asking for the table makes it combined
  build(split);
  build(combined);
  expect(combined.isSplit).toBe(false);
  expect(split.keys()).toEqual(combined.keys());
  expect(split.values()).toEqual(combined.values());
  expect(split.size).toBe(combined.size);
  const wasSplit = split.isSplit;
  expect(rt.repr(split)).toBe(rt.repr(combined));
  return [split, wasSplit];
}

describe('PyDict split layout', () => {
  beforeAll(() => {
    rt.setCurrentInterp(
      new rt.Interpreter({ argv: ['x.py'], write: () => undefined, readStdin: () => '', backend: null as unknown as import('../../runtime/interp').ExecBackend, compileFile: null }),
    );
  });

  it('str keys stay split; order, replacement and lookups match the combined table', () => {
    const s = new dictMod.PyDict();
    const [, wasSplit] = both((d) => {
      d.setStr('x', 1);
      d.set('y', 2);
      d.setStr('x', 3);
      d.set('z', 4);
    });
    expect(wasSplit).toBe(true);
    s.setStr('x', 3);
    s.set('y', 2);
    s.set('z', 4);
    expect(s.isSplit).toBe(true);
    expect(s.getStr('x')).toBe(3);
    expect(s.get('z')).toBe(4);
    expect(s.get('w')).toBeUndefined();
    expect(s.get(1)).toBeUndefined();
    expect(s.has('y')).toBe(true);
    expect(s.delete('absent')).toBeUndefined();
    expect(s.isSplit).toBe(true);
  });

  it('a deletion, a non-str key or the table makes a dict combined, keeping order', () => {
    const [s1, split1] = both((d) => {
      d.setStr('a', 1);
      d.setStr('b', 2);
      d.setStr('c', 3);
      d.delete('b');
      d.setStr('b', 4);
    });
    expect(split1).toBe(false);
    expect(s1.keys()).toEqual(['a', 'c', 'b']);
    const [s2, split2] = both((d) => {
      d.setStr('a', 1);
      d.set(1, 'int');
      d.set(new rt.PyFloat(1), 'float');
      d.set(true, 'bool');
    });
    expect(split2).toBe(false);
    expect(s2.size).toBe(2);
    expect(s2.get(1)).toBe('bool');
    const s3 = new dictMod.PyDict();
    s3.setStr('k', 1);
    const e = [...s3.entries()];
    expect(s3.isSplit).toBe(false);
    expect(e.map((x) => [x.key, x.value])).toEqual([['k', 1]]);
    s3.setStr('k', 2);
    expect(e[0].value).toBe(2); // entries handed out stay the dict's own
  });

  it('more keys than the split limit: combined, same order', () => {
    const [s, wasSplit] = both((d) => {
      for (let i = 0; i < 45; i++) d.setStr('k' + i, i);
    });
    expect(wasSplit).toBe(false);
    expect(s.keys().slice(28, 33)).toEqual(['k28', 'k29', 'k30', 'k31', 'k32']);
    expect(s.getStr('k40')).toBe(40);
  });

  it('lookups past the linear-search size use the index', () => {
    const s = new dictMod.PyDict();
    for (let i = 0; i < 20; i++) s.setStr('n' + i, i);
    expect(s.isSplit).toBe(true);
    for (let i = 0; i < 20; i++) expect(s.getStr('n' + i)).toBe(i);
    expect(s.getStr('n20')).toBeUndefined();
  });

  it('dicts gaining the same keys in the same order share one key list', () => {
    const a = new dictMod.PyDict();
    const b = new dictMod.PyDict();
    for (const d of [a, b]) {
      d.setStr('left', 1);
      d.setStr('right', 2);
    }
    const keysOf = (d: PyDict): unknown => (d as unknown as { sk: unknown }).sk;
    expect(keysOf(a)).toBe(keysOf(b));
    const c = new dictMod.PyDict();
    c.setStr('right', 1);
    c.setStr('left', 2);
    expect(keysOf(c)).not.toBe(keysOf(a));
    expect(c.keys()).toEqual(['right', 'left']);
  });

  it('hashed-path keys are hashed (errors, __hash__) even when a split dict cannot hold them', () => {
    const s = new dictMod.PyDict();
    s.setStr('a', 1);
    expect(errorOf(() => s.get(new rt.PyList([])))).toBe("TypeError: unhashable type: 'list'");
    expect(errorOf(() => s.delete(new rt.PyList([])))).toBe("TypeError: unhashable type: 'list'");
    expect(s.get(new rt.PyTuple(['a']))).toBeUndefined();
    expect(s.isSplit).toBe(true);
    s.set(new rt.PyTuple(['a']), 2);
    expect(s.isSplit).toBe(false);
    expect(s.get(new rt.PyTuple(['a']))).toBe(2);
    expect(rt.repr(s)).toBe("{'a': 1, ('a',): 2}");
  });
});

describe('PyDict split vs combined, random operations', () => {
  it('10,000 random operations give the same answers in both layouts', () => {
    // A deterministic LCG; keys mix str (mostly, so dicts stay split for a while), ints,
    // equal floats/bools, tuples and a str subclass instance.
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed >> 8) % n;
    };
    const names = ['a', 'b', 'c', 'left', 'right', 'x', 'y', 'z', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k10'];
    const keyOf = (): import('../../runtime/object').PyObject => {
      const r = rnd(20);
      if (r < 15) return names[rnd(names.length)];
      if (r === 15) return rnd(4);
      if (r === 16) return new rt.PyFloat(rnd(3));
      if (r === 17) return rnd(2) === 0;
      if (r === 18) return new rt.PyTuple([names[rnd(3)]]);
      return new rt.PyTuple([rnd(2), 'q']);
    };
    let splitChecks = 0; // comparisons made while `a` was still split
    for (let round = 0; round < 200; round++) {
      const a = new dictMod.PyDict();
      const b = new dictMod.PyDict();
      void b.table;
      for (let step = 0; step < 50; step++) {
        const op = rnd(10);
        const k = keyOf();
        if (op >= 7 && a.isSplit) splitChecks++;
        if (op < 5) {
          const v = rnd(1000);
          if (typeof k === 'string' && rnd(2) === 0) {
            a.setStr(k, v);
            b.setStr(k, v);
          } else {
            a.set(k, v);
            b.set(k, v);
          }
        } else if (op < 7) {
          expect(a.delete(k)?.value).toBe(b.delete(k)?.value);
        } else if (op < 9) {
          expect(a.get(k)).toBe(b.get(k));
          expect(a.has(k)).toBe(b.has(k));
          if (typeof k === 'string') expect(a.getStr(k)).toBe(b.getStr(k));
        } else {
          expect(a.size).toBe(b.size);
          expect(a.values()).toEqual(b.values());
        }
      }
      expect(rt.repr(a)).toBe(rt.repr(b));
    }
    expect(splitChecks).toBeGreaterThan(300);
  });
});

describe('dict programs against CPython output', () => {
  const dir = path.join(__dirname, 'dict_programs');
  const programs = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  for (const vm of ['stack', 'reg'] as VmKind[]) {
    for (const p of programs) {
      it(`${vm} VM: ${p}`, () => {
        let out = '';
        const file = path.join(dir, p);
        runPath(file, { vm, argv: [file], stdin: '', write: (s, t) => { if (s === 'stdout') out += t; } });
        expect(out).toBe(fs.readFileSync(file.replace(/\.py$/, '.out'), 'utf8'));
      });
    }
  }
});
