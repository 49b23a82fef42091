// A frame that reaches Python code through an operator (a dunder reached from BINARY_OP,
// COMPARE_OP, `in`, a subscript, a unary operator, GET_ITER, STORE_ATTR, DELETE_ATTR, and the
// fused forms ATTR_BINARY_OP, BINARY_OP2/3, OP_CMP_JUMP, CMP_JUMP_*, CONTAINS_JUMP, ATTR_JUMP,
// GLOBAL_BINARY_OP; a conditional jump's __bool__, FORMAT_VALUE, BEFORE_WITH, WITH_EXCEPT_START) shows the operation's line to the callee (sys._getframe(1).f_lineno,
// warnings' stacklevel), as in CPython 3.11, not the line of the frame's last call: the
// operators' runtime paths store the frame's offset (regvm/eval.ts, regvm/vm.ts). Expected
// outputs are python3 3.11's. Runs in-process on the built pipeline (npx tsc -p tsconfig.json first).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', '..') : path.join(__dirname, '..', '..'));
const DIST = path.join(ROOT, 'dist');
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js')) as typeof import('../../cli/pipeline');

function runReg(file: string): string {
  let out = '';
  const prog = P.prepare(file, { vm: 'reg' });
  P.evaluate(prog, { vm: 'reg', argv: [file], stdin: '', counting: false, write: (stream: 'stdout' | 'stderr', s: string) => {
    if (stream === 'stdout') out += s;
  } });
  return out;
}

function runSource(src: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-linenoops-'));
  const file = path.join(dir, 'prog.py');
  fs.writeFileSync(file, src);
  try {
    return runReg(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The fused register instructions' runtime paths (each line records the line its caller frame shows). */
const FUSED = `import sys
import warnings


def line():
    return sys._getframe(2).f_lineno


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        seen.append(('+', line()))
        return N(self.v + o.v)

    def __mul__(self, o):
        seen.append(('*', line()))
        return N(self.v * o.v)

    def __lt__(self, o):
        warnings.warn('lt', stacklevel=2)
        return line() > 0

    def __gt__(self, o):
        return line() > 0

    def __contains__(self, x):
        seen.append(('in', line()))
        return True

    @property
    def p(self):
        seen.append(('p', line()))
        return self.v


G = N(3)
seen = []


class H:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        len('')
        r = self.a + self.b
        return r.v


def g(a, b, c):
    out = []
    len(out)
    out.append((G + a).v)
    len(out)
    d = a * b + c
    out.append(d.v)
    len(out)
    e = a * b * c + c
    out.append(e.v)
    len(out)
    if a < b:
        out.append('lt')
    len(out)
    if a + b > c:
        out.append('gt')
    len(out)
    if 1 in a:
        out.append('in')
    len(out)
    if a.p:
        out.append('p')
    len(out)
    out.append(a.p - b.p)
    len(out)
    out.append(H(a, b).total())
    len(out)
    while a < c:
        break
    len(out)
    return out


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(g(N(1), N(2), N(5)))
print(seen)
print([x.lineno for x in w])
`;

describe('the line of a frame that runs an operator dunder (register VM)', () => {
  it("is the operation's line for the plain instructions, as CPython 3.11", () => {
    const file = path.join(ROOT, 'test', 'stackvm', 'programs', 'nocount_getframe_lineno_ops.py');
    const expected = JSON.parse(fs.readFileSync(file.replace(/\.py$/, '.expected.json'), 'utf8')) as { stdout: string };
    expect(runReg(file)).toBe(expected.stdout);
  });

  it("is the operation's line for the fused instructions, as CPython 3.11", () => {
    expect(runSource(FUSED)).toBe("[4, 7, 15, 'lt', 'gt', 'in', 'p', -1, 3]\n[('+', 56), ('*', 58), ('+', 58), ('*', 61), ('*', 61), ('+', 61), ('+', 67), ('in', 70), ('p', 73), ('p', 76), ('p', 76), ('+', 49)]\n[64, 80]\n");
  });

  it("is the jump's, the f-string's and the with statement's line, as CPython 3.11", () => {
    // A conditional jump's __bool__ (JUMP_IF_FALSE, JUMP_IF_TRUE, ATTR_JUMP), FORMAT_VALUE's
    // __format__, BEFORE_WITH's __enter__, WITH_EXCEPT_START's __exit__: the stack VM's program.
    const file = path.join(ROOT, 'test', 'stackvm', 'programs', 'nocount_getframe_lineno_more.py');
    const expected = JSON.parse(fs.readFileSync(file.replace(/\.py$/, '.expected.json'), 'utf8')) as { stdout: string };
    expect(expected.stdout).toBe("[('bool', 35), ('bool', 38), ('bool', 41), ('bool', 44), ('fmt', 46), ('enter', 48), ('exit', 48), ('enter', 51), ('exit', 51)]\n");
    expect(runReg(file)).toBe(expected.stdout);
  });
});
