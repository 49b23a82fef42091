// The translator on CPython 3.11 code objects (.pyc written by python3): every code object
// translates and passes the verifier, the decoder agrees with dis, the passes shrink the code,
// and the analysis and the verifier reject what they must reject.
// Goldens: python3 test/translator/gen-pyc.py (writes pyc/*.pyc and expected.json).

import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { loadPyc } from '../../frontend/marshal';
import { CodeObject, CO_OPTIMIZED, CO_NEWLOCALS, CO_FAST_LOCAL } from '../../frontend/code';
import { Op } from '../../frontend/opcode';
import { translate, translateAll, TranslationError, VerifyError } from '../../translator/translate';
import { parsePasses, RegCode } from '../../translator/regcode';
import { decodeInstructions } from '../../translator/analysis';
import { verify } from '../../translator/verify';
import { R, decodeAt, instrLength } from '../../regvm/opcodes';
import { disassembleRegister } from '../../translator/dis';
import { None } from '../../runtime/object';

const HERE = __dirname.includes(`${path.sep}dist${path.sep}`)
  ? path.resolve(__dirname, '..', '..', '..', 'test', 'translator')
  : __dirname;
const ROOT = path.resolve(HERE, '..', '..');
const expected = JSON.parse(fs.readFileSync(path.join(HERE, 'expected.json'), 'utf8')) as Record<string, Record<string, number>>;

function load(file: string): CodeObject {
  return loadPyc(fs.readFileSync(file), file);
}

function all(code: CodeObject): CodeObject[] {
  const out = [code];
  for (const k of code.co_consts) if (k instanceof CodeObject) out.push(...all(k));
  return out;
}

function findCode(code: CodeObject, qualname: string): CodeObject {
  const c = all(code).find((x) => x.co_qualname === qualname);
  if (c === undefined) throw new Error(`no code object ${qualname}`);
  return c;
}

function opNames(rc: RegCode): string[] {
  return Array.from(rc.starts, (pc) => Object.keys(R).find((k) => R[k] === rc.words[pc]) as string);
}

describe('decoding agrees with dis', () => {
  for (const name of Object.keys(expected)) {
    it(name, () => {
      const code = load(path.join(HERE, 'pyc', name + '.pyc'));
      for (const c of all(code)) {
        const instrs = decodeInstructions(c);
        const n = instrs.reduce((s, i) => s + 1 + i.prefixes, 0);
        expect([c.co_qualname, n]).toEqual([c.co_qualname, expected[name][c.co_qualname]]);
      }
    });
  }
});

describe('every conformance .pyc translates and verifies, with every pass set', () => {
  const dir = path.join(ROOT, 'test', 'conformance', 'pyc');
  const files: string[] = [];
  const walk = (d: string): void => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.pyc')) files.push(path.join(d, e.name));
    }
  };
  walk(dir);
  files.push(...Object.keys(expected).map((n) => path.join(HERE, 'pyc', n + '.pyc')));
  it(`translates ${files.length} files`, () => {
    expect(files.length).toBeGreaterThan(10);
    let stackInstr = 0;
    let regInstr = 0;
    for (const passes of [undefined, ['none'], ['-copyprop'], ['-sink'], ['-deadmove'], ['-fuse'], ['-callattr', '-callglobal', '-retjump', '-loopinv', '-attrjump', '-globalop', '-attrop', '-binop2']]) {
      for (const f of files) {
        const rcs = translateAll(load(f), parsePasses(passes));
        if (passes === undefined) {
          for (const rc of rcs) {
            stackInstr += rc.stackInstructions;
            regInstr += rc.starts.length;
          }
        }
      }
    }
    // Static instruction count: the passes remove at least a third of the instructions.
    expect(regInstr / stackInstr).toBeLessThan(0.67);
  });
});

describe('lowering and passes', () => {
  const shapes = load(path.join(HERE, 'pyc', 'shapes.pyc'));
  const edge = load(path.join(HERE, 'pyc', 'edge.pyc'));

  it('fib: constants as operands, compare-and-branch fused, results sunk', () => {
    const rc = translate(findCode(shapes, 'fib'), parsePasses(['-globalop']));
    expect(opNames(rc)).toEqual([
      'CMP_JUMP_IF_FALSE', 'RETURN_VALUE', 'LOAD_GLOBAL', 'BINARY_OP', 'CALL',
      'LOAD_GLOBAL', 'BINARY_OP', 'CALL', 'BINARY_OP', 'RETURN_VALUE',
    ]);
    // With every pass, each LOAD_GLOBAL rides on the BINARY_OP after it.
    expect(opNames(translate(findCode(shapes, 'fib'), parsePasses(undefined)))).toEqual([
      'CMP_JUMP_IF_FALSE', 'RETURN_VALUE', 'GLOBAL_BINARY_OP', 'CALL',
      'GLOBAL_BINARY_OP', 'CALL', 'BINARY_OP', 'RETURN_VALUE',
    ]);
    expect(rc.passes.fuse).toBe(1);
    expect(rc.stackInstructions).toBe(21);
  });

  it('plain lowering keeps one register instruction per stack instruction (NULL pushes aside)', () => {
    const c = findCode(shapes, 'loop');
    const rc = translate(c, parsePasses(['none']));
    const nullBits = decodeInstructions(c).filter((i) => i.op === Op.LOAD_GLOBAL && i.arg & 1).length;
    expect(rc.starts.length).toBe(rc.stackInstructions + nullBits);
    const moves = opNames(rc).filter((n) => n === 'MOVE' || n === 'LOAD_CONST' || n === 'LOAD_NULL').length;
    expect(moves).toBeGreaterThan(10);
  });

  it('each pass removes instructions on its own', () => {
    const c = findCode(shapes, 'loop');
    const none = translate(c, parsePasses(['none'])).starts.length;
    for (const p of ['copyprop', 'bookkeeping']) {
      expect([p, translate(c, parsePasses([p])).starts.length < none]).toEqual([p, true]);
    }
    const allPasses = translate(c, parsePasses(undefined)).starts.length;
    for (const p of ['copyprop', 'sink', 'fuse', 'bookkeeping']) {
      expect([p, translate(c, parsePasses(['-' + p])).starts.length > allPasses]).toEqual([p, true]);
    }
  });

  it('a swap through the stack needs exactly three moves', () => {
    const rc = translate(findCode(edge, 'swap'), parsePasses(undefined));
    expect(opNames(rc)).toEqual(['MOVE', 'MOVE', 'MOVE', 'BUILD_TUPLE', 'RETURN_VALUE']);
  });

  it('a possibly unbound local keeps its check', () => {
    expect(opNames(translate(findCode(edge, 'maybe'), parsePasses(undefined)))).toContain('LOAD_FAST_CHECK');
    expect(opNames(translate(findCode(edge, 'deleted'), parsePasses(undefined)))).toContain('LOAD_FAST_CHECK');
    expect(opNames(translate(findCode(edge, 'swap'), parsePasses(undefined)))).not.toContain('LOAD_FAST_CHECK');
  });

  it('FOR_ITER writes the loop variable directly', () => {
    const rc = translate(findCode(shapes, 'loop'), parsePasses(undefined));
    const pc = rc.starts[opNames(rc).indexOf('FOR_ITER')];
    const d = decodeAt(rc.words, pc);
    expect(rc.code.co_localsplusnames[d.args[0] as number]).toBe('i');
  });

  it('keyword names fold into CALL', () => {
    const rc = translate(findCode(shapes, 'clos'), parsePasses(undefined));
    expect(opNames(rc)).not.toContain('NOP');
    const text = disassembleRegister(shapes, { sideBySide: true });
    expect(text).toMatch(/KW_NAMES +8 +\|\n.*\n.*CALL +R\d+, R0\(inner\), k8\(\('b',\)\), \[K\(5\)\]/);
    expect(disassembleRegister(edge, { sideBySide: false })).toContain('CALL_FUNCTION_EX');
  });

  it('unknown pass names are rejected', () => {
    expect(() => parsePasses(['copyprop', 'nope'])).toThrow(/unknown translator pass 'nope'/);
  });
});

function makeCode(units: number[], consts = [None as CodeObject['co_consts'][number]], stacksize = 2): CodeObject {
  return new CodeObject({
    co_argcount: 0,
    co_posonlyargcount: 0,
    co_kwonlyargcount: 0,
    co_stacksize: stacksize,
    co_flags: CO_OPTIMIZED | CO_NEWLOCALS,
    co_code: Uint8Array.from(units),
    co_consts: consts,
    co_names: [],
    co_localsplusnames: ['x'],
    co_localspluskinds: Uint8Array.from([CO_FAST_LOCAL]),
    co_filename: 'made.py',
    co_name: 'made',
    co_qualname: 'made',
    co_firstlineno: 1,
    co_linetable: new Uint8Array(0),
    co_exceptiontable: new Uint8Array(0),
  });
}

describe('rejections', () => {
  it('inconsistent stack depths are a TranslationError', () => {
    // 0 LOAD_CONST 0; 2 LOAD_CONST 0; 4 POP_JUMP_FORWARD_IF_TRUE 1 (-> 8); 6 LOAD_CONST 0; 8 RETURN_VALUE
    // At 8: depth 1 from the jump, 2 from the fallthrough.
    const c = makeCode([Op.LOAD_CONST, 0, Op.LOAD_CONST, 0, Op.POP_JUMP_FORWARD_IF_TRUE, 1, Op.LOAD_CONST, 0, Op.RETURN_VALUE, 0]);
    expect(() => translate(c, parsePasses(undefined))).toThrow(TranslationError);
    expect(() => translate(c, parsePasses(undefined))).toThrow(/inconsistent stack depth: 1 on one path, 2 on another/);
  });

  it('stack underflow is a TranslationError', () => {
    const c = makeCode([Op.POP_TOP, 0, Op.LOAD_CONST, 0, Op.RETURN_VALUE, 0]);
    expect(() => translate(c, parsePasses(undefined))).toThrow(/pops 1 from a stack of 0/);
  });

  it('depth beyond co_stacksize is a TranslationError', () => {
    const c = makeCode([Op.LOAD_CONST, 0, Op.LOAD_CONST, 0, Op.LOAD_CONST, 0, Op.RETURN_VALUE, 0], [None], 2);
    expect(() => translate(c, parsePasses(undefined))).toThrow(/exceeds co_stacksize/);
  });

  it('the verifier rejects a read of a never-written register', () => {
    // return x, with x unbound and no check: built by hand, since the translator never makes it.
    const c = makeCode([Op.LOAD_CONST, 0, Op.RETURN_VALUE, 0]);
    const rc = translate(c, parsePasses(undefined));
    const bad: RegCode = { ...rc, words: Int32Array.from([R.RETURN_VALUE, 0]), starts: Int32Array.from([0]) };
    expect(() => verify(bad)).toThrow(VerifyError);
    expect(() => verify(bad)).toThrow(/reads register 0 before it is written/);
  });

  it('the verifier rejects a jump into the middle of an instruction and a bad register', () => {
    const c = makeCode([Op.LOAD_CONST, 0, Op.RETURN_VALUE, 0]);
    const rc = translate(c, parsePasses(undefined));
    const words = Int32Array.from([R.JUMP, 3, R.RETURN_VALUE, rc.nregs - 1]);
    expect(instrLength(words, 0)).toBe(2);
    expect(() => verify({ ...rc, words })).toThrow(/jump to 3, not an instruction/);
    expect(() => verify({ ...rc, words: Int32Array.from([R.RETURN_VALUE, 99]) })).toThrow(/register 99 out of range/);
    expect(() => verify({ ...rc, words: Int32Array.from([R.MOVE, rc.nregs - 1, 0, R.RETURN_VALUE, 0]) })).toThrow(
      /writes constant register/,
    );
  });
});
