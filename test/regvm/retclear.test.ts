// RETURN_VALUE clears only registers [0, returnClear) of the returning frame (translator/retclear.ts):
// the pool's invariant, every register of a pooled frame below constStart undefined (the file
// equals the template), must hold after programs that return through every path: plain returns,
// returns with temporaries left over, frames left by an exception (caught by a caller or by a
// handler of their own), entry frames called from built-ins (sorted's key), __init__ frames,
// binary dunders, generators and comprehensions.

import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', '..') : path.join(__dirname, '..', '..'));
const DIST = path.join(ROOT, 'dist');
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js')) as typeof import('../../cli/pipeline');
const C = require(path.join(DIST, 'frontend', 'code.js')) as typeof import('../../frontend/code');
type CodeObject = import('../../frontend/code').CodeObject;
type RegCode = import('../../translator/regcode').RegCode;
type RegFrame = import('../../regvm/frame').RegFrame;

const PROGRAM = `
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y

def make(n):
    return [V(i, i + 1) for i in range(n)]

def total(vs):
    s = V(0, 0)
    for v in vs:
        s = s + v
    return s.dot(V(1, 1))

def nested(a):
    return len(str(abs(a)))

def raiser(k):
    if k % 3 == 0:
        raise ValueError(k)
    return [k] * 3

def caller(k):
    try:
        return raiser(k)
    except ValueError as e:
        return e.args

def leaves(k):
    t = raiser(k)
    return t

def gen(n):
    for i in range(n):
        yield i * 2

out = []
for k in range(40):
    out.append(total(make(k % 7)))
    out.append(nested(k - 20))
    out.append(caller(k))
    try:
        out.append(leaves(k))
    except ValueError:
        out.append(None)
    out.append(sum(gen(k)))
    out.append(sorted(range(k % 5), key=lambda x: -x))
print(len(out), out[:6])
`;

function codes(top: CodeObject): CodeObject[] {
  const all: CodeObject[] = [];
  const walk = (c: CodeObject): void => {
    all.push(c);
    for (const k of c.co_consts) if (k instanceof C.CodeObject) walk(k);
  };
  walk(top);
  return all;
}

function regCodes(c: CodeObject): RegCode[] {
  const out: RegCode[] = [];
  for (const [k, v] of c.derived) if (k.startsWith('reg:')) out.push(v as RegCode);
  return out;
}

describe('RETURN_VALUE register clearing (returnClear)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-retclear-'));
  const file = path.join(dir, 'prog.py');
  fs.writeFileSync(file, PROGRAM);
  const prog = P.prepare(file, { vm: 'reg' });
  let stdout = '';
  P.evaluate(prog, { vm: 'reg', argv: [file], stdin: '', counting: false, write: (stream: 'stdout' | 'stderr', s: string) => {
    if (stream === 'stdout') stdout += s;
  } });
  fs.rmSync(dir, { recursive: true, force: true });
  const all = codes(prog.code as CodeObject);

  it('runs the program', () => {
    expect(stdout).toBe('240 [0, 2, (0,), None, 0, []]\n');
  });

  it('leaves every pooled frame equal to its template', () => {
    let pooled = 0;
    for (const c of all) {
      for (const rc of regCodes(c)) {
        for (let f = rc.freeFrame as RegFrame | null; f !== null; f = f.nextFree) {
          pooled++;
          for (let i = 0; i < rc.nregs; i++) {
            if (f.regs[i] !== rc.template[i]) throw new Error(`${c.co_qualname}: pooled frame register ${i} is not the template's (returnClear ${rc.returnClear}, constStart ${rc.constStart})`);
          }
        }
      }
    }
    expect(pooled).toBeGreaterThan(5);
  });

  it('bounds returnClear by the locals and the constant registers', () => {
    for (const c of all) {
      for (const rc of regCodes(c)) {
        expect(Number.isInteger(rc.returnClear)).toBe(true);
        expect(rc.returnClear).toBeLessThanOrEqual(rc.constStart);
        expect(rc.returnClear).toBeGreaterThanOrEqual(Math.min(rc.nlocalsplus, rc.constStart));
      }
    }
  });

  it('clears fewer registers than the whole file where temporaries are dead at the return', () => {
    // nested: len(str(abs(a))) passes call results to calls, which clear those temporaries.
    const rc = regCodes(all.find((c) => c.co_qualname === 'nested') as CodeObject)[0];
    expect(rc.returnClear).toBeLessThan(rc.constStart);
  });
});
