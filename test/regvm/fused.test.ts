// The register-only instructions of the session 3 passes (CALL_ATTR, CALL_GLOBAL, the returns that
// replace JUMPs, FOR_ITER_BACK, ATTR_JUMP, GLOBAL_BINARY_OP, ATTR_BINARY_OP, BINARY_OP2, SUBSCR_OP2_STORE, SUBSCR2_OP2_STORE, ATTR_OP_STORE, ISINSTANCE_GLOBAL, CALL_ATTR_BINARY_OP): where the translator makes them and where it must not, each pass
// switchable and counted, and the errors they raise. A failed lookup inside a fused call must give
// the same traceback as the separate lookup (line and caret range of the LOAD_METHOD /
// LOAD_GLOBAL): the stack VM's tracebacks are checked against CPython's by
// test/conformance/traceback.test.ts, so here the register VM's stderr must equal the stack VM's.
// Stdout against CPython: test/translator/src/fused.py (test/regvm/regvm.test.ts runs it under
// every pass set).

import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', '..') : path.join(__dirname, '..', '..'));
const DIST = path.join(ROOT, 'dist');
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js')) as typeof import('../../cli/pipeline');
const T = require(path.join(DIST, 'translator', 'translate.js')) as typeof import('../../translator/translate');
const RC = require(path.join(DIST, 'translator', 'regcode.js')) as typeof import('../../translator/regcode');
const OPS = require(path.join(DIST, 'regvm', 'opcodes.js')) as typeof import('../../regvm/opcodes');
const M = require(path.join(DIST, 'frontend', 'marshal.js')) as typeof import('../../frontend/marshal');
const C = require(path.join(DIST, 'frontend', 'code.js')) as typeof import('../../frontend/code');
const S = require(path.join(DIST, 'regvm', 'support.js')) as typeof import('../../regvm/support');
const O = require(path.join(DIST, 'runtime', 'object.js')) as typeof import('../../runtime/object');

const PYC = path.join(ROOT, 'test', 'translator', 'pyc', 'fused.pyc');

function codeNamed(qualname: string): import('../../frontend/code').CodeObject {
  const top = M.loadPyc(fs.readFileSync(PYC), PYC);
  const walk = (c: import('../../frontend/code').CodeObject): import('../../frontend/code').CodeObject | null => {
    if (c.co_qualname === qualname) return c;
    for (const k of c.co_consts) {
      if (k instanceof C.CodeObject) {
        const r = walk(k);
        if (r !== null) return r;
      }
    }
    return null;
  };
  const r = walk(top);
  if (r === null) throw new Error(`no code object ${qualname}`);
  return r;
}

function ops(qualname: string, passes?: string[]): string[] {
  const rc = T.translate(codeNamed(qualname), RC.parsePasses(passes));
  return Array.from(rc.starts, (pc) => OPS.regOpcodeTable[rc.words[pc]].name);
}

/** `pyvm run --vm VM` on a program in a fresh directory (a child process, as a user runs it). */
function runSource(src: string, vm: 'stack' | 'reg'): { out: string; err: string; status: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-fused-'));
  const file = path.join(dir, 'prog.py');
  fs.writeFileSync(file, src);
  const r = spawnSync(process.execPath, [path.join(DIST, 'cli', 'main.js'), 'run', '--vm', vm, file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { out: r.stdout, err: r.stderr.split(dir + path.sep).join(''), status: r.status ?? -1 };
}

describe('fused calls, return jumps and loop inversion', () => {
  it('CALL_ATTR and CALL_GLOBAL replace lookups whose arguments are locals or constants', () => {
    const all = ops('calls');
    expect(all).toContain('CALL_ATTR');
    expect(all).toContain('CALL_GLOBAL');
    // `obj.m(rebind())` and `order(order('a', log), log)`: a call between lookup and call keeps them apart.
    expect(all).toContain('LOAD_METHOD');
    expect(all).toContain('LOAD_GLOBAL');
    const noAttr = ops('calls', ['-callattr']);
    expect(noAttr).not.toContain('CALL_ATTR');
    expect(noAttr).toContain('CALL_GLOBAL');
    const noGlobal = ops('calls', ['-callglobal']);
    expect(noGlobal).toContain('CALL_ATTR');
    expect(noGlobal).not.toContain('CALL_GLOBAL');
    expect(all.length).toBeLessThan(noAttr.length);
    expect(all.length).toBeLessThan(noGlobal.length);
  });

  it('a JUMP to a return becomes the return; a move into it is folded', () => {
    expect(ops('pick')).not.toContain('JUMP');
    expect(ops('pick', ['-retjump'])).toContain('JUMP');
    expect(ops('pick').filter((n) => n === 'RETURN_VALUE').length).toBeGreaterThanOrEqual(3);
    const rc = T.translate(codeNamed('pick'), RC.parsePasses(undefined));
    expect(rc.passes.retjump).toBeGreaterThan(0);
  });

  it('a loop bottom jumps back with FOR_ITER_BACK; continue keeps its JUMP', () => {
    const l = ops('loops');
    expect(l).toContain('FOR_ITER_BACK');
    expect(ops('loops', ['-loopinv'])).not.toContain('FOR_ITER_BACK');
    const rc = T.translate(codeNamed('loops'), RC.parsePasses(undefined));
    expect(rc.passes.loopinv).toBeGreaterThanOrEqual(5);
    expect(rc.passes.callattr).toBeGreaterThan(0);
  });

  it('a JUMP to a short block ending in a conditional jump becomes a copy of the block; nested loops jump back', () => {
    const t = ops('branch_tails');
    const off = ops('branch_tails', ['-jumps', '-loopinv']);
    // collatz's shape (the if/else inside `while n != 1`), the `is not None` and `not in` tests
    // and the `continue` to a while loop's top: each copy leaves a JUMP only on the loop's exit.
    expect(t.filter((n) => n === 'JUMP').length).toBeLessThan(off.filter((n) => n === 'JUMP').length - 3);
    expect(t.filter((n) => n === 'CONTAINS_JUMP').length).toBe(3);
    expect(t.filter((n) => n === 'CMP_JUMP_IF_TRUE').length).toBeGreaterThanOrEqual(4);
    // Both nested loops of the first pair jump back (the inner one's exit was threaded).
    expect(t.filter((n) => n === 'FOR_ITER_BACK').length).toBe(4);
    expect(ops('branch_tails', ['-loopinv']).filter((n) => n === 'FOR_ITER_BACK').length).toBe(0);
    const rc = T.translate(codeNamed('branch_tails'), RC.parsePasses(undefined));
    expect(rc.passes.jumps).toBeGreaterThan(0);
    // The copies are the same instructions: an error in one has the original's line and caret.
    expect(ops('tail_error').filter((n) => n === 'LOAD_ATTR').length).toBeGreaterThanOrEqual(5);
  });

  it('an attribute test jumps in one instruction; a value used after the test is left alone', () => {
    const t = ops('attr_tests');
    expect(t.filter((n) => n === 'ATTR_JUMP').length).toBeGreaterThanOrEqual(5);
    expect(ops('attr_tests', ['-attrjump'])).not.toContain('ATTR_JUMP');
    // `n = n.link` keeps its LOAD_ATTR (stored, not tested).
    expect(t).toContain('LOAD_ATTR');
  });

  it('a global loaded right before a BINARY_OP is loaded by it (the lookup still first)', () => {
    const g = ops('global_ops');
    expect(g).toContain('GLOBAL_BINARY_OP');
    expect(ops('global_ops', ['-globalop'])).not.toContain('GLOBAL_BINARY_OP');
    // `target(n - 1)`: the callee's global is loaded by the BINARY_OP, the CALL stays a CALL.
    expect(g).toContain('CALL');
  });

  it('two attributes and the operation on them are one instruction; a value kept in a local is left alone', () => {
    const t = ops('attr_ops');
    expect(t.filter((n) => n === 'ATTR_BINARY_OP').length).toBeGreaterThanOrEqual(5);
    expect(ops('attr_ops', ['-attrop'])).not.toContain('ATTR_BINARY_OP');
    // `t = a.x` is stored, not an operand: its LOAD_ATTR stays.
    expect(t).toContain('LOAD_ATTR');
  });

  it('two arithmetic operations on a temporary are one instruction; a value kept in a local is left alone', () => {
    const t = ops('num_ops');
    expect(t.filter((n) => n === 'BINARY_OP2').length).toBeGreaterThanOrEqual(25);
    expect(ops('num_ops', ['-binop2'])).not.toContain('BINARY_OP2');
    expect(t.filter((n) => n === 'BINARY_OP3').length).toBeGreaterThanOrEqual(5);
    // Int arithmetic (an int constant among the operands, or a temporary such an operation wrote)
    // stays in BINARY_OP, whose small-int path is inline.
    expect(ops('int_chain')).not.toContain('BINARY_OP2');
    expect(ops('int_chain')).not.toContain('OP_CMP_JUMP');
    // `t = a * b` is stored, not a temporary: its BINARY_OP stays.
    expect(t).toContain('BINARY_OP');
  });

  it('an augmented assignment to a subscript or attribute stores its value without a MOVE', () => {
    expect(ops('aug_stores')).not.toContain('MOVE');
    expect(ops('aug_stores', ['-deadmove'])).toContain('MOVE');
  });

  it('an augmented assignment of a fused pair to a subscript is one instruction (SUBSCR_OP2_STORE), run', () => {
    const t = ops('subscr_op2_stores');
    // b[3], b[4], b[5], c[i], b[-1], d['k'], d[2], g[1]: every `x[k] op= y op z` of the
    // function; `b[0] = 'x'` stays a STORE_SUBSCR.
    expect(t.filter((n) => n === 'SUBSCR_OP2_STORE').length).toBe(8);
    expect(t.filter((n) => n === 'STORE_SUBSCR').length).toBe(1);
    expect(ops('sub_store')).toEqual(['SUBSCR_OP2_STORE', 'RETURN_VALUE']);
    const off = ops('subscr_op2_stores', ['-binop2']);
    expect(off).not.toContain('SUBSCR_OP2_STORE');
    expect(off).toContain('STORE_SUBSCR');
    // Int arithmetic stays BINARY_OP (intLike), so `v[0] -= 2` and `v[i] *= v[i]` are not fused.
    expect(ops('aug_stores')).not.toContain('SUBSCR_OP2_STORE');
    // Executed, and counted once per run (the program's stdout is checked against python3 by
    // test/regvm/regvm.test.ts under every pass set).
    let out = '';
    const r = P.runPath(PYC, { vm: 'reg', stdin: '', counting: true, write: (_s, x) => (out += x) });
    // 8 + 11 (sub_store's runs, 10 of them raising) in each of the two calls.
    expect(r.counters!.reg!.by_opcode.SUBSCR_OP2_STORE).toBeGreaterThanOrEqual(38);
    expect(out).toContain('IndexError list assignment index out of range []');
    expect(out).toContain("KeyError 'nokey'");
    expect(out).toContain('get 1\nset 1 8.0\n');
  });

  it('an augmented assignment of an operation on a second subscript is one instruction (SUBSCR2_OP2_STORE), run', () => {
    const t = ops('subscr2_op2_stores');
    // b[0] += dt * b[3], b[1] -= dt * b[4], b[2] *= dt + b[5], g[0] += dt * h[1]; not
    // `d['a'] += dt * bodies[0][3]` (its second subscript is of a subscript).
    expect(t.filter((n) => n === 'SUBSCR2_OP2_STORE').length).toBe(4);
    expect(t).not.toContain('SUBSCR_OP2_STORE');
    expect(ops('sub2_store')).toEqual(['SUBSCR2_OP2_STORE', 'RETURN_VALUE']);
    const off = ops('subscr2_op2_stores', ['-binop2']);
    expect(off).not.toContain('SUBSCR2_OP2_STORE');
    expect(off.filter((n) => n === 'STORE_SUBSCR').length).toBe(5);
    // Executed, and counted once per run (stdout against python3: test/regvm/regvm.test.ts).
    let out = '';
    const r = P.runPath(PYC, { vm: 'reg', stdin: '', counting: true, write: (_s, x) => (out += x) });
    // 2 bodies x 3 + 1 in the function and 13 runs of sub2_store, in each of the two calls.
    expect(r.counters!.reg!.by_opcode.SUBSCR2_OP2_STORE).toBe(2 * (7 + 13));
    expect(out).toContain('get 0\nget 1\nset 0 1.04\n');
    expect(out).toContain('get 1\nget 0\nset 1 2.03\n');
    expect(out).toContain("TypeError unsupported operand type(s) for +=: 'float' and 'str' [5.0, 2.0]");
  });

  it('an augmented assignment to an attribute is one instruction (ATTR_OP_STORE), run', () => {
    const t = ops('attr_op_stores');
    // c.n += 1, c.n -= k, c.n = c.n + 2, c.f += k, c.n += 2 ** 53, c.n -= 1, c.s += 'b': every
    // `o.n op= x` and `o.n = o.n op x` of the function with + or -; `c.n *= 3`, `c.s = 'a'` and
    // the two `x.n = C(...)` stay STORE_ATTRs.
    expect(t.filter((n) => n === 'ATTR_OP_STORE').length).toBe(7);
    expect(t.filter((n) => n === 'STORE_ATTR').length).toBe(4);
    expect(ops('attr_store')).toEqual(['ATTR_OP_STORE', 'RETURN_VALUE']);
    const off = ops('attr_op_stores', ['-attrop']);
    expect(off).not.toContain('ATTR_OP_STORE');
    expect(off.filter((n) => n === 'STORE_ATTR').length).toBe(11);
    expect(ops('attr_store', ['-attrop'])).toEqual(['LOAD_ATTR', 'BINARY_OP', 'STORE_ATTR', 'RETURN_VALUE']);
    // `o.x += 1` of aug_stores too, not its `o.y = o.y * 2`.
    expect(ops('aug_stores').filter((n) => n === 'ATTR_OP_STORE').length).toBe(1);
    // Executed, and counted once per run (stdout against python3: test/regvm/regvm.test.ts).
    let out = '';
    const r = P.runPath(PYC, { vm: 'reg', stdin: '', counting: true, write: (_s, x) => (out += x) });
    // attr_op_stores: 5 * 2 + 5 in the function and 14 runs of attr_store, twice; aug_stores: 1, twice.
    expect(r.counters!.reg!.by_opcode.ATTR_OP_STORE).toBe(2 * (15 + 14) + 2);
    expect(out).toContain('-9 3.5\n9007199254740982\nab\n');
    expect(out).toContain('iadd 6\nCounter Adder(7)');
    expect(out).toContain("AttributeError property 'n' of 'ReadOnly' object has no setter");
  });

  it('isinstance(v, T) with T a global is one instruction (ISINSTANCE_GLOBAL), run and counted', () => {
    const t = ops('isinstance_calls');
    // The six in the loop and the two in the try blocks.
    expect(t.filter((n) => n === 'ISINSTANCE_GLOBAL').length).toBe(8);
    expect(ops('isinstance_rebound')).toEqual(['ISINSTANCE_GLOBAL', 'RETURN_VALUE']);
    const off = ops('isinstance_calls', ['-callglobal']);
    expect(off).not.toContain('ISINSTANCE_GLOBAL');
    // (each fusion saves two instructions; -callglobal also leaves the prints' CALL_GLOBALs apart)
    expect(off.filter((n) => n === 'CALL').length).toBeGreaterThanOrEqual(8);
    expect(off.length - t.length).toBeGreaterThanOrEqual(2 * 8);
    expect(ops('isinstance_rebound', ['-callglobal'])).toEqual(['LOAD_GLOBAL', 'LOAD_GLOBAL', 'CALL', 'RETURN_VALUE']);
    let out = '';
    const r = P.runPath(PYC, { vm: 'reg', stdin: '', counting: true, write: (_s, x) => (out += x) });
    // isinstance_calls: 10 values x 6, and the 2 that raise; isinstance_rebound: 6 calls.
    expect(r.counters!.reg!.by_opcode.ISINSTANCE_GLOBAL).toBe(60 + 2 + 6);
    expect(out).toContain("NameError name 'NO_SUCH_TYPE' is not defined\nTypeError isinstance() arg 2 must be a type, a tuple of types, or a union\n");
    expect(out).toContain("True False\n('mine', 'int', 'int')\nTypeError len() takes exactly one argument (2 given)\nTrue True\n");
  });

  it('a method call whose one argument is an operation is one instruction (CALL_ATTR_BINARY_OP), run and counted', () => {
    const t = ops('method_ops');
    // s.add(i + 1), sub.add(i - 1), out.append(i * 2), s.discard(i + n) in the loop; s.nope(n + 'x'),
    // s.add(n + 'x'), out.remove(n + 100), out.index(f + 0.5), [0.5].count(f - 1.0); not
    // 'ab'.startswith('a' + ''), whose operation CPython's compiler folds (a CALL_ATTR).
    expect(t.filter((n) => n === 'CALL_ATTR_BINARY_OP').length).toBe(9);
    const off = ops('method_ops', ['-callattr']);
    expect(off).not.toContain('CALL_ATTR_BINARY_OP');
    expect(off.filter((n) => n === 'LOAD_METHOD').length).toBeGreaterThanOrEqual(9);
    const rc = T.translate(codeNamed('method_ops'), RC.parsePasses(undefined));
    expect(rc.passes.callattr).toBeGreaterThanOrEqual(10);
    let out = '';
    const r = P.runPath(PYC, { vm: 'reg', stdin: '', counting: true, write: (_s, x) => (out += x) });
    // 4 in each of the 5 iterations, the 3 that raise, 2 of the last line.
    expect(r.counters!.reg!.by_opcode.CALL_ATTR_BINARY_OP).toBe(20 + 3 + 2);
    expect(out).toContain(
      "[1, 2, 3, 4, 5] [-1, 0, 1, 2, 3] [0, 2, 4, 6, 8]\nAttributeError 'set' object has no attribute 'nope'\n" +
        "TypeError unsupported operand type(s) for +: 'int' and 'str'\nValueError list.remove(x): x not in list\n1 1 True\n",
    );
  });

  it('an operation whose result only feeds a compare-and-jump is one instruction with it', () => {
    const t = ops('num_cmps');
    expect(t.filter((n) => n === 'OP_CMP_JUMP').length).toBeGreaterThanOrEqual(5);
    expect(ops('num_cmps', ['-binop2'])).not.toContain('OP_CMP_JUMP');
    // (1.5 + 3.0) > 4.0; 4.0 < (2 * 2) is false; 2**52 * 4 is no double int: the generic path.
    expect(S.numOpCompare(new O.PyFloat(1.5), new O.PyFloat(3), new O.PyFloat(4), 0, 4, 0)).toBe(1);
    expect(S.numOpCompare(2, 2, new O.PyFloat(4), 5, 0, 1)).toBe(0);
    expect(S.numOpCompare(2 ** 52, 4, 0, 5, 4, 0)).toBe(-1);
    expect(S.numOpCompare(1, 0, 0, 11, 4, 0)).toBe(-1);
  });

  it("BINARY_OP2's fast path: exact floats and small ints give one result, anything else the generic path", () => {
    const fl = (v: number): import('../../runtime/object').PyFloat => new O.PyFloat(v);
    // (1.5 * 2.0) + 3 = 6.0, a float; 1.5 - (2 * 3) = -4.5; ints stay ints.
    const r0 = S.numOp2(fl(1.5), fl(2), 3, 5, 0, 0);
    expect(r0).toBeInstanceOf(O.PyFloat);
    expect((r0 as import('../../runtime/object').PyFloat).value).toBe(6);
    expect((S.numOp2(fl(1.5), 2, 3, 5, 10, 1) as import('../../runtime/object').PyFloat).value).toBe(-4.5);
    expect(S.numOp2(7, 3, 7, 5, 0, 0)).toBe(28);
    expect((S.numOp2(7, 2, 1, 11, 0, 0) as import('../../runtime/object').PyFloat).value).toBe(4.5);
    // An int beyond 2**53, an int -0, a division by zero, a str or a float subclass: undefined.
    expect(S.numOp2(2 ** 52, 4, 1, 5, 0, 0)).toBeUndefined();
    expect(S.numOp2(-7, 0, 1, 5, 0, 0)).toBeUndefined();
    expect(S.numOp2(fl(1), fl(0), 1, 11, 0, 0)).toBeUndefined();
    expect(S.numOp2(fl(1), fl(1), fl(-1), 0, 11, 1)).toBeUndefined();
    expect(S.numOp2(fl(1), 'x', 2, 5, 0, 0)).toBeUndefined();
  });

  it('each new pass is counted in the static counters', () => {
    let out = '';
    const r = P.runPath(PYC, { vm: 'reg', stdin: '', counting: true, write: (_s, t) => (out += t) });
    const st = r.counters!.static.reg!;
    for (const p of ['callattr', 'callglobal', 'retjump', 'loopinv', 'attrjump', 'globalop', 'attrop', 'binop2']) expect([p, st[`pass_${p}`] > 0]).toEqual([p, true]);
    const dyn = r.counters!.reg!.by_opcode;
    expect(dyn.CALL_ATTR).toBeGreaterThan(0);
    expect(dyn.FOR_ITER_BACK).toBeGreaterThan(0);
    expect(out).toContain('ValueError third');
  });

  it('binary dunders: sites quickened into the _DUNDER forms, counted as such, never _ADAPTIVE', () => {
    const pyc = path.join(ROOT, 'test', 'translator', 'pyc', 'binop_dunder_sites.pyc');
    const r = P.runPath(pyc, { vm: 'reg', stdin: '', counting: true, write: () => undefined });
    const dyn = r.counters!.reg!.by_opcode;
    expect(dyn.BINARY_OP_DUNDER).toBeGreaterThan(0);
    expect(dyn.ATTR_BINARY_OP_DUNDER).toBeGreaterThan(0);
    expect(dyn.BINARY_OP_ADAPTIVE ?? 0).toBe(0);
    expect(dyn.ATTR_BINARY_OP_ADAPTIVE ?? 0).toBe(0);
    // The translator's words keep BINARY_OP; the VM's copy starts the site in its _ADAPTIVE form.
    const top = M.loadPyc(fs.readFileSync(pyc), pyc);
    const sub = top.co_consts.find((k) => k instanceof C.CodeObject && k.co_name === 'sub') as import('../../frontend/code').CodeObject;
    const rc = T.translate(sub, RC.parsePasses(undefined));
    const names = (w: Int32Array): string[] => Array.from(rc.starts, (pc) => OPS.regOpcodeTable[w[pc]].name);
    expect(names(rc.words)).toContain('BINARY_OP');
    expect(names(rc.words)).not.toContain('BINARY_OP_ADAPTIVE');
    expect(names(rc.exec).filter((n) => n.startsWith('BINARY_OP_')).length).toBe(1);
    // `pyvm trace` prints each run of `p - q` in sub() once (10 calls), the site's first too.
    const lines: string[] = [];
    P.runPath(pyc, { vm: 'reg', stdin: '', trace: (l) => lines.push(l), write: () => undefined });
    expect(lines.filter((l) => /^sub:\d+ +\d+ BINARY_OP /.test(l)).length).toBe(10);
  });

  const failing: Record<string, string> = {
    'attribute missing in a fused method call': 'class A:\n    pass\n\ndef f(a):\n    return a.nope(1,\n                  2)\n\nf(A())\n',
    'name missing in a fused global call': 'def f(x):\n    y = x\n    return undefined_fn(y, 2)\n\nf(1)\n',
    'error inside the called method': 'class A:\n    def m(self, k):\n        return {}[k]\n\ndef f(a):\n    return a.m("key")\n\nf(A())\n',
    'error inside the called global': 'def g(v):\n    return 1 / v\n\ndef f():\n    return g(0)\n\nf()\n',
    'iterator raising at the loop bottom': 'def it():\n    yield 1\n    raise KeyError(2)\n\ndef f():\n    t = 0\n    for v in it():\n        t += v\n    return t\n\nf()\n',
    'attribute missing in an attribute test': 'class A:\n    pass\n\ndef f(a):\n    while a.link is not None:\n        a = 1\n\nf(A())\n',
    '__bool__ raising in an attribute test': 'class B:\n    def __bool__(self):\n        raise ValueError(1)\n\nclass A:\n    x = B()\n\ndef f(a):\n    if a.x:\n        return 1\n\nf(A())\n',
    'global missing before a BINARY_OP': 'def f(n):\n    return g(n - 1)\n\nf(1)\n',
    'BINARY_OP raising after its global': 'def g(v):\n    return v\n\ndef f(n):\n    return g(n - "x")\n\nf(1)\n',
    'first attribute missing before a BINARY_OP': 'class A:\n    x = 1\n\ndef f(a, b):\n    return (a.nope\n            - b.x)\n\nf(A(), A())\n',
    'second attribute missing before a BINARY_OP': 'class A:\n    x = 1\n\ndef f(a, b):\n    return (a.x\n            - b.nope)\n\nf(A(), A())\n',
    'BINARY_OP raising on two attributes': 'class A:\n    x = 1\n    s = "s"\n\ndef f(a, b):\n    return (a.x\n            - b.s)\n\nf(A(), A())\n',
    'inner operation of a fused pair raising': 'def f(a, b, c):\n    return (a\n            - b\n            * c)\n\nf(1.0, 2.0, "s")\n',
    'inner division of a fused pair by zero': 'def f(a, b, c):\n    return (a\n            / b\n            + c)\n\nf(1.0, 0, 2.0)\n',
    'outer operation of a fused pair raising': 'def f(a, b, c):\n    return (a\n            * b\n            / c)\n\nf(1.0, 2.0, 0.0)\n',
    'operation before a compare-and-jump raising': 'def f(a, b):\n    if (a\n            / b\n            > 1):\n        return 1\n\nf(1.0, 0.0)\n',
    'comparison after a fused operation raising': 'def f(a, b):\n    if (a\n            + b\n            < "x"):\n        return 1\n\nf(1.0, 2)\n',
    'second of three fused operations raising': 'def f(a, b, c):\n    return (a\n            * b\n            - c\n            + 1)\n\nf(1.0, 2.0, "s")\n',
    'third of three fused operations raising': 'def f(a, b, c):\n    return (a\n            * b\n            - c\n            + "t")\n\nf(1.0, 2.0, 3)\n',
    'subscript of a fused augmented store raising': 'def f(b, x, y):\n    b[(9\n       )] -= (x\n               * y)\n\nf([1.0], 2.0, 3.0)\n',
    'inner operation of a fused augmented store raising': 'def f(b, x, y):\n    b[0] -= (x\n             * y)\n\nf([1.0], 2.0, "s")\n',
    'outer operation of a fused augmented store raising': 'def f(b, x, y):\n    b[0] -= (x\n             * y)\n\nf(["s"], 2.0, 3.0)\n',
    'store of a fused augmented store raising': 'def f(b, x, y):\n    b[0] -= (x\n             * y)\n\nf((1.0,), 2.0, 3.0)\n',
    'key missing in a fused augmented store': 'def f(b, x, y):\n    b["k"] += (x\n               * y)\n\nf({}, 2.0, 3.0)\n',
    'dunder raising inside a fused augmented store': 'class S(list):\n    def __setitem__(self, i, v):\n        raise ValueError(v)\n\ndef f(b, x, y):\n    b[0] -= (x\n             * y)\n\nf(S([1.0]), 2.0, 3.0)\n',
    'first subscript of a fused store on two subscripts raising': 'def f(b, x, c):\n    b[(9\n       )] += (x\n               * c[1])\n\nf([1.0], 2.0, [3.0, 4.0])\n',
    'second subscript of a fused store on two subscripts raising': 'def f(b, x, c):\n    b[0] += (x\n             * c[(7\n                  )])\n\nf([1.0], 2.0, [3.0, 4.0])\n',
    'inner operation of a fused store on two subscripts raising': 'def f(b, x, c):\n    b[0] += (x\n             * c[1])\n\nf([1.0], 2.0, [3.0, "s"])\n',
    'outer operation of a fused store on two subscripts raising': 'def f(b, x, c):\n    b[0] += (x\n             * c[1])\n\nf(["s"], 2.0, [3.0, 4.0])\n',
    'store of a fused store on two subscripts raising': 'def f(b, x, c):\n    b[0] += (x\n             * c[1])\n\nf((1.0,), 2.0, [3.0, 4.0])\n',
    'attribute missing in a fused attribute store': 'class A:\n    pass\n\ndef f(a):\n    a.n += (1\n            + 2)\n\nf(A())\n',
    'operation of a fused attribute store raising': 'class A:\n    def __init__(self):\n        self.n = 1\n\ndef f(a, k):\n    a.n += (k\n            )\n\nf(A(), "s")\n',
    'operation of a fused attribute store raising after its fast path': 'class A:\n    def __init__(self):\n        self.n = 1\n\ndef f(a, k):\n    a.n = (a.n\n           - k)\n\nf(A(), 2)\nf(A(), None)\n',
    'store of a fused attribute store raising': 'class A:\n    n = property(lambda self: 1)\n\ndef f(a):\n    a.n -= (1\n            )\n\nf(A())\n',
    '__setattr__ raising inside a fused attribute store': 'class A:\n    def __init__(self):\n        self.__dict__["n"] = 1\n\n    def __setattr__(self, k, v):\n        raise ValueError(k, v)\n\ndef f(a):\n    for i in range(3):\n        a.n += (1\n                )\n\nf(A())\n',
    'callee of a fused isinstance missing (both names missing)': 'import builtins\ndel builtins.isinstance\n\ndef f(v):\n    return (isinstance\n            (v,\n             Missing))\n\nf(1)\n',
    'type of a fused isinstance missing': 'def f(v):\n    return isinstance(v,\n                      Missing)\n\nf(1)\n',
    'fused isinstance raising its TypeError': 'T = 5\n\ndef f(v):\n    return isinstance(v,\n                      T)\n\nf(1)\n',
    '__instancecheck__ raising inside a fused isinstance': 'class M(type):\n    def __instancecheck__(cls, o):\n        raise ValueError(o)\n\nclass C(metaclass=M):\n    pass\n\ndef f(v):\n    return isinstance(v, C)\n\nf(1)\n',
    'rebound isinstance raising inside a fused isinstance': 'def isinstance(v, t):\n    raise KeyError(v)\n\ndef f(v):\n    return isinstance(v, int)\n\nf(1)\n',
    'method missing before the operation of a fused method call (both raise)': 'class A:\n    pass\n\ndef f(a, x):\n    return a.nope(x\n                  + "s")\n\nf(A(), 1)\n',
    'operation raising inside a fused method call': 'def f(s, x):\n    s.add(x\n          + "s")\n\nf(set(), 1)\n',
    'method raising after the operation of a fused method call': 'def f(l, x):\n    l.remove(x\n             + 1)\n\nf([], 1)\n',
    'dunder raising inside a fused method call': 'class V:\n    def __add__(self, o):\n        raise KeyError(o)\n\ndef f(l, v):\n    l.append(v\n             + 1)\n\nf([], V())\n',
    'built-in method on a subclass given a wrong argument count': 'class L(list):\n    pass\n\ndef f(l, x):\n    l.append(x, x)\n\nf(L(), 1)\n',
    'multi-line call chain': 'class A:\n    pass\n\ndef f(a):\n    return (a\n        .missing\n        (3))\n\nf(A())\n',
    'NotImplemented from a dunder at a quickened site': 'class V:\n    def __init__(self, x):\n        self.x = x\n\n    def __sub__(self, o):\n        if o.x == 2:\n            return NotImplemented\n        if o.x == 3:\n            raise ValueError(o.x)\n        return self\n\nclass B:\n    def __init__(self, a, b):\n        self.a = a\n        self.b = b\n\ndef f(a, b):\n    return (a\n            - b)\n\nfor i in range(3):\n    f(V(0), V(i))\n',
    'NotImplemented from a dunder on two attributes': 'class V:\n    def __init__(self, x):\n        self.x = x\n\n    def __sub__(self, o):\n        if o.x == 2:\n            return NotImplemented\n        if o.x == 3:\n            raise ValueError(o.x)\n        return self\n\nclass B:\n    def __init__(self, a, b):\n        self.a = a\n        self.b = b\n\ndef f(p):\n    return (p.a\n            - p.b)\n\nfor i in range(3):\n    f(B(V(0), V(i)))\n',
    'error inside a dunder on two attributes': 'class V:\n    def __init__(self, x):\n        self.x = x\n\n    def __sub__(self, o):\n        if o.x == 2:\n            return NotImplemented\n        if o.x == 3:\n            raise ValueError(o.x)\n        return self\n\nclass B:\n    def __init__(self, a, b):\n        self.a = a\n        self.b = b\n\ndef f(p):\n    return (p.a\n            - p.b)\n\nfor i in (0, 1, 3):\n    f(B(V(0), V(i)))\n',
    'error inside a dunder at a quickened site': 'class V:\n    def __init__(self, x):\n        self.x = x\n\n    def __sub__(self, o):\n        if o.x == 2:\n            return NotImplemented\n        if o.x == 3:\n            raise ValueError(o.x)\n        return self\n\nclass B:\n    def __init__(self, a, b):\n        self.a = a\n        self.b = b\n\ndef f(a, b):\n    return (a\n            - b)\n\nfor i in (0, 1, 3):\n    f(V(0), V(i))\n',
    'attribute error in a copied loop test': 'class N:\n    def __init__(self, v, nxt):\n        self.v = v\n        self.nxt = nxt\n\ndef f(nodes):\n    c = 0\n    for nd in nodes:\n        if nd.v:\n            c += 1\n        else:\n            c -= 1\n        while (nd.nxt\n               .v > 0):\n            nd = nd.nxt\n    return c\n\nf([N(1, N(2, N(0, None))), N(0, None)])\n',
  };
  for (const [what, src] of Object.entries(failing)) {
    it(`traceback as the stack VM's: ${what}`, () => {
      const s = runSource(src, 'stack');
      const r = runSource(src, 'reg');
      expect(s.status).toBe(1);
      expect(r.err).toBe(s.err);
      expect(r.status).toBe(s.status);
      expect(r.out).toBe(s.out);
    });
  }
});
