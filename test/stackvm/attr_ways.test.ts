// The attribute caches' second inline way (runtime/attrcache.ts AttrCache v1/k1/i1/a1/f1):
// a site that alternates two classes keeps both inline (the owner before the current one in
// the second way), and a fact of the second way that stops holding (a changed key list: a new
// or shadowing instance attribute) is never used. Checked on the built runtime
// (npx tsc -p tsconfig.json first), then attr_ways/attr_ways.py on both VMs against CPython's
// output (attr_ways.out, written by python3 3.11).
import * as fs from 'fs';
import * as path from 'path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runStackInProcess } from '../helpers/stack_inprocess';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const rt = require(path.join(ROOT, 'dist', 'runtime', 'core.js')) as typeof import('../../runtime/core');
// eslint-disable-next-line @typescript-eslint/no-var-requires
require(path.join(ROOT, 'dist', 'runtime', 'library.js'));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const pipeline = require(path.join(ROOT, 'dist', 'cli', 'pipeline.js')) as typeof import('../../cli/pipeline');

type PyObject = import('../../runtime/object').PyObject;

describe('attribute caches: the second inline way', () => {
  beforeAll(() => {
    rt.setCurrentInterp(
      new rt.Interpreter({ argv: ['x.py'], write: () => undefined, readStdin: () => '', backend: null as unknown as import('../../runtime/interp').ExecBackend, compileFile: null }),
    );
  });

  /** Two classes, one instance of each with `x` at different indices of different key lists. */
  function twoClasses(ns?: () => import('../../runtime/dict').PyDict) {
    const A = rt.makeClass(rt.typeType, 'A', [], ns ? ns() : new rt.PyDict(), null);
    const B = rt.makeClass(rt.typeType, 'B', [], ns ? ns() : new rt.PyDict(), null);
    const a = rt.callObject(A, [], null);
    const b = rt.callObject(B, [], null);
    rt.setAttr(a, 'x', 1);
    rt.setAttr(b, 'y', 0);
    rt.setAttr(b, 'x', 2);
    return { A, B, a, b };
  }

  it('LOAD_ATTR: both classes inline after alternating, a changed key list is not used', () => {
    const { A, B, a, b } = twoClasses();
    const c = new rt.AttrCache();
    for (let i = 0; i < 3; i++) {
      expect(rt.loadAttrCached(c, a, 'x')).toBe(1);
      expect(rt.loadAttrCached(c, b, 'x')).toBe(2);
    }
    expect([c.v0, c.v1]).toEqual([B.version, A.version]);
    expect(c.entries.length).toBe(2);
    // a's key list changes (a new attribute first: x moves to another list); the second way's
    // key list no longer matches and the load is answered out of line, then refilled.
    const a2 = rt.callObject(A, [], null);
    rt.setAttr(a2, 'z', 0);
    rt.setAttr(a2, 'x', 3);
    expect(rt.loadAttrCached(c, a2, 'x')).toBe(3);
    expect(rt.loadAttrCached(c, a, 'x')).toBe(1);
    expect(rt.loadAttrCached(c, b, 'x')).toBe(2);
  });

  it('the ways change places after STRAY_LIMIT out-of-line hits of the second, answers unchanged', () => {
    const { A, B, a, b } = twoClasses();
    const c = new rt.AttrCache();
    expect(rt.loadAttrCached(c, a, 'x')).toBe(1);
    expect(rt.loadAttrCached(c, b, 'x')).toBe(2);
    expect([c.v0, c.v1]).toEqual([B.version, A.version]);
    // a is now the common one: its hits are out of line (the second way) until the swap.
    for (let i = 0; i < 40; i++) expect(rt.loadAttrCached(c, a, 'x')).toBe(1);
    expect([c.v0, c.v1]).toEqual([A.version, B.version]);
    expect(rt.loadAttrCached(c, b, 'x')).toBe(2);
    // The same for methods: the second way's function is the one returned, before and after.
    const append = rt.listType.dict.get('append')!;
    const pop = rt.listType.dict.get('pop')!;
    const MA = rt.makeClass(rt.typeType, 'MA', [], new rt.PyDict(), null);
    const MB = rt.makeClass(rt.typeType, 'MB', [], new rt.PyDict(), null);
    rt.setAttr(MA, 'm', append);
    rt.setAttr(MB, 'm', pop);
    const ma = rt.callObject(MA, [], null);
    const mb = rt.callObject(MB, [], null);
    const m = new rt.AttrCache();
    expect(rt.loadMethodCached(m, mb, 'm')).toBe(pop);
    expect(rt.loadMethodCached(m, ma, 'm')).toBe(append);
    for (let i = 0; i < 40; i++) expect(rt.loadMethodCached(m, mb, 'm')).toBe(pop);
    expect([m.v0, m.v1]).toEqual([MB.version, MA.version]);
    expect(rt.loadMethodCached(m, ma, 'm')).toBe(append);
  });

  it('STORE_ATTR: both classes inline, present keys and appended keys', () => {
    const { A, B, a, b } = twoClasses();
    const c = new rt.AttrCache();
    for (let i = 0; i < 3; i++) {
      rt.storeAttrCached(c, a, 'x', 10 + i);
      rt.storeAttrCached(c, b, 'x', 20 + i);
      expect([rt.getAttr(a, 'x'), rt.getAttr(b, 'x')]).toEqual([10 + i, 20 + i]);
    }
    expect([c.v0, c.v1]).toEqual([B.version, A.version]);
    // Appending stores (a new key on fresh instances of both classes, in turn).
    const s = new rt.AttrCache();
    const made: PyObject[] = [];
    for (let i = 0; i < 4; i++) {
      const o = rt.callObject(i % 2 === 0 ? A : B, [], null);
      rt.storeAttrCached(s, o, 'w', i);
      made.push(o);
    }
    expect([s.v0, s.v1]).toEqual([B.version, A.version]);
    expect([s.i0, s.i1]).toEqual([-1, -1]);
    expect(made.map((o) => rt.getAttr(o, 'w'))).toEqual([0, 1, 2, 3]);
    expect(made.map((o) => rt.repr(rt.getAttr(o, '__dict__')))).toEqual(["{'w': 0}", "{'w': 1}", "{'w': 2}", "{'w': 3}"]);
  });

  it('LOAD_METHOD: both classes found, and an instance attribute that shadows the method wins', () => {
    // Each class holds a built-in method descriptor as `m` (a METHOD entry, as a function).
    const append = rt.listType.dict.get('append')!;
    const pop = rt.listType.dict.get('pop')!;
    const A = rt.makeClass(rt.typeType, 'A', [], new rt.PyDict(), null);
    const B = rt.makeClass(rt.typeType, 'B', [], new rt.PyDict(), null);
    rt.setAttr(A, 'm', append);
    rt.setAttr(B, 'm', pop);
    const a = rt.callObject(A, [], null);
    const b = rt.callObject(B, [], null);
    const c = new rt.AttrCache();
    for (let i = 0; i < 3; i++) {
      expect(rt.loadMethodCached(c, a, 'm')).toBe(append);
      expect(rt.methodFound.self).toBe(true);
      expect(rt.loadMethodCached(c, b, 'm')).toBe(pop);
      expect(rt.methodFound.self).toBe(true);
    }
    expect([c.v0, c.v1]).toEqual([B.version, A.version]);
    expect(c.f1).toBe(append);
    rt.setAttr(a, 'm', 5);
    const got = rt.loadMethodCached(c, a, 'm');
    expect(rt.methodFound.self).toBe(false);
    expect(got).toBe(5);
    expect(rt.loadMethodCached(c, b, 'm')).toBe(pop);
  });

  const dir = path.join(__dirname, 'attr_ways');
  const file = path.join(dir, 'attr_ways.py');
  const expected = fs.readFileSync(path.join(dir, 'attr_ways.out'), 'utf8');
  it('polymorphic sites print what CPython prints (stack VM)', () => {
    const r = runStackInProcess(file, file, false);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected);
  });
  it('polymorphic sites print what CPython prints (register VM)', () => {
    let out = '';
    let err = '';
    pipeline.runPath(file, { vm: 'reg', argv: [file], stdin: '', counting: false, write: (s, t) => (s === 'stdout' ? (out += t) : (err += t)) });
    expect(err).toBe('');
    expect(out).toBe(expected);
  });
});
