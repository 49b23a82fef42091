// str/list/tuple/dict/set methods, number methods and builtins functions on the object
// model (runtime/str_methods.ts, container_methods.ts, lib_number_types.ts,
// builtins_core.ts) against CPython 3.11's reprs in goldens/lib_methods.json
// (regenerate: python3 test/runtime/lib_methods_gen.py).
import { describe, it, expect } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { makeInterp, builtin, method } from './lib/interp';
import { PyObject, PyFloat, PyComplex, PyTuple, PyBytes, None } from '../../runtime/object';
import { PyList, PySet, PySlice, makeFrozenSet } from '../../runtime/containers';
import { PyDict } from '../../runtime/dict';
import { repr, str, getIter } from '../../runtime/ops';
import { getAttr } from '../../runtime/attr';
import { typeOf, strType } from '../../runtime/types';
import { isPyException } from '../../runtime/exceptions';
import { normBig } from '../../runtime/int_ops';

type J = { [k: string]: unknown };
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'goldens', 'lib_methods.json'), 'utf8')) as { cases: unknown[][] };
const known = JSON.parse(fs.readFileSync(path.join(__dirname, 'goldens', 'lib_known_failures.json'), 'utf8')) as Record<string, Record<string, string>>;

const { interp } = makeInterp();

function num(s: string): number {
  return s === 'nan' ? NaN : s === 'inf' ? Infinity : s === '-inf' ? -Infinity : Number(s);
}

function dec(e: J): PyObject {
  if ('i' in e) {
    const s = e.i as string;
    const neg = s.startsWith('-');
    const b = BigInt(neg ? s.slice(1) : s);
    return normBig(neg ? -b : b);
  }
  if ('b' in e) return e.b as boolean;
  if ('f' in e) return new PyFloat(num(e.f as string));
  if ('c' in e) return new PyComplex(num((e.c as string[])[0]), num((e.c as string[])[1]));
  if ('s' in e) return e.s as string;
  if ('none' in e) return None;
  if ('t' in e) return new PyTuple((e.t as J[]).map(dec));
  if ('l' in e) return new PyList((e.l as J[]).map(dec));
  if ('set' in e) return new PySet((e.set as J[]).map(dec));
  if ('fset' in e) return makeFrozenSet((e.fset as J[]).map(dec));
  if ('d' in e) return PyDict.fromPairs((e.d as J[][]).map(([k, v]) => [dec(k), dec(v)] as [PyObject, PyObject]));
  if ('slice' in e) { const [a, b, c] = (e.slice as J[]).map(dec); return new PySlice(a, b, c); }
  if ('bytes' in e) return new PyBytes(Uint8Array.from(Buffer.from(e.bytes as string, 'hex')));
  if ('type' in e) return interp.builtins.getStr(e.type as string)!;
  if ('fn' in e) return getAttr(strType, 'lower');
  if ('iter' in e) return getIter(new PyList((e.iter as J[]).map(dec)));
  throw new Error('cannot decode ' + JSON.stringify(e));
}

function outcome(f: () => PyObject): string {
  try {
    return repr(f());
  } catch (e) {
    if (isPyException(e)) return `!${typeOf(e).name}: ${str(e)}`;
    return `!JS ${(e as Error).message}`;
  }
}

function kw(o: J): Map<string, PyObject> | null {
  const keys = Object.keys(o);
  return keys.length === 0 ? null : new Map(keys.map((k) => [k, dec(o[k] as J)]));
}

describe('methods and builtins against CPython goldens', () => {
  it(`${golden.cases.length} cases`, () => {
    const problems: string[] = [];
    const known1 = known.methods ?? {};
    const seen = new Set<string>();
    for (const c of golden.cases) {
      let key: string, got: unknown, want: unknown;
      if (c[0] === 'm') {
        const [, recvE, name, argsE, kwE, w] = c as [string, J, string, J[], J, string[]];
        const recv = dec(recvE);
        const r = outcome(() => method(recv, name, argsE.map(dec), kw(kwE)));
        got = [r, repr(recv)];
        want = w;
        key = `m ${JSON.stringify(recvE)}.${name}(${JSON.stringify(argsE)}, ${JSON.stringify(kwE)})`;
      } else {
        const [, name, argsE, kwE, w] = c as [string, string, J[], J, string];
        got = outcome(() => builtin(interp, name, argsE.map(dec), kw(kwE)));
        want = w;
        key = `b ${name}(${JSON.stringify(argsE)}, ${JSON.stringify(kwE)})`;
      }
      seen.add(key);
      const ok = JSON.stringify(got) === JSON.stringify(want);
      if (!ok && !(key in known1)) problems.push(`FAIL ${key}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
      if (ok && key in known1) problems.push(`NOW PASSES (remove from known failures): ${key}`);
    }
    for (const k of Object.keys(known1)) if (!seen.has(k)) problems.push(`known failure not among cases: ${k}`);
    expect(problems.slice(0, Number(process.env.LIB_SHOW ?? 40))).toEqual([]);
  });
});
