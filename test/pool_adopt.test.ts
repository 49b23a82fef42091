// A program's code is prepared once and may be run again in the same process (each evaluate() of
// a benchmark process): its decoded or register code and the frames pooled for it are reused, but
// each run has new module globals and new function objects. MAKE_FUNCTION gives the pooled frames
// of the function's code the new function and globals (stackvm/vm.ts and regvm/vm.ts adoptPool),
// so that the frame set-up's own tests for another function or other globals (pushFrame's in the
// stack loop, frameFor's in the register loop: inlined into the loops, and without type feedback
// in a process's second run) stay untaken. One program, run on each VM. Runs in-process on the
// built pipeline (npx tsc -p tsconfig.json first).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..') : path.join(__dirname, '..'));
const DIST = path.join(ROOT, 'dist');
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js')) as typeof import('../cli/pipeline');
const C = require(path.join(DIST, 'frontend', 'code.js')) as typeof import('../frontend/code');
type CodeObject = import('../frontend/code').CodeObject;
type RegCode = import('../translator/regcode').RegCode;
type RegFrame = import('../regvm/frame').RegFrame;
type Decoded = import('../stackvm/frame').Decoded;
type Frame = import('../stackvm/frame').Frame;

type Vm = 'stack' | 'reg';
/** What a pooled frame of either VM holds for this test. */
type Pooled = { func: unknown; globals: unknown };

// With argument "call" the functions run (and leave frames in their codes' pools); with "define"
// they are only made.
const PROGRAM = `
import sys
SCALE = int(sys.argv[1] == "call") + 2

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class P:
    def __init__(self, x):
        self.x = x * SCALE
    def get(self):
        return self.x

if sys.argv[1] == "call":
    print(fib(12), sum(P(i).get() for i in range(5)))
else:
    print("defined")
`;

function codeNamed(top: CodeObject, name: string): CodeObject {
  let found: CodeObject | null = null;
  const walk = (c: CodeObject): void => {
    if (c.co_qualname === name) found = c;
    for (const k of c.co_consts) if (k instanceof C.CodeObject) walk(k);
  };
  walk(top);
  if (found === null) throw new Error(`no code ${name}`);
  return found;
}

/** The frames pooled for code `c` by the given VM (the stack VM keeps one pool per code, in its
 * decoded form; the register VM one per register translation). */
function pooled(c: CodeObject, vm: Vm): Pooled[] {
  const out: Pooled[] = [];
  if (vm === 'stack') {
    const d = c.derived.get('stackvm') as Decoded | undefined;
    if (d !== undefined) for (let f: Frame | null = d.freeFrame; f !== null; f = f.nextFree) out.push(f);
    return out;
  }
  for (const [k, v] of c.derived) {
    if (!k.startsWith('reg:')) continue;
    for (let f = (v as RegCode).freeFrame as RegFrame | null; f !== null; f = f.nextFree) out.push(f);
  }
  return out;
}

describe.each(['stack', 'reg'] as const)('%s VM: pooled frames adopt a new run\'s function and globals (MAKE_FUNCTION)', (vm: Vm) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pyvm-pooladopt-${vm}-`));
  const file = path.join(dir, 'prog.py');
  fs.writeFileSync(file, PROGRAM);
  const prog = P.prepare(file, { vm });
  const run = (arg: string): string => {
    let out = '';
    P.evaluate(prog, { vm, argv: [file, arg], stdin: '', counting: false, write: (stream: 'stdout' | 'stderr', s: string) => {
      if (stream === 'stdout') out += s;
    } });
    return out;
  };
  const first = run('call');
  const top = prog.code as CodeObject;
  const names = ['fib', 'P.__init__', 'P.get'];
  const before = new Map(names.map((n) => [n, pooled(codeNamed(top, n), vm).map((f) => [f.func, f.globals] as const)]));
  const second = run('define');
  const after = new Map(names.map((n) => [n, pooled(codeNamed(top, n), vm).map((f) => [f.func, f.globals] as const)]));
  const third = run('call');
  fs.rmSync(dir, { recursive: true, force: true });

  it('runs the program each time', () => {
    expect(first).toBe('144 30\n');
    expect(second).toBe('defined\n');
    expect(third).toBe('144 30\n');
  });

  it('gives the pooled frames the function and globals made by the second run before any call', () => {
    // After the second run (functions made, never called) every pooled frame of each code holds
    // that run's function and module globals, not the first run's.
    for (const n of names) {
      const old = before.get(n)!;
      expect(old.length).toBeGreaterThan(0);
      const oldFuncs = new Set(old.map(([fn]) => fn));
      const oldGlobals = new Set(old.map(([, g]) => g));
      const now = after.get(n)!;
      expect(now.length).toBe(old.length);
      for (const [fn, g] of now) {
        expect(oldFuncs.has(fn)).toBe(false);
        expect(oldGlobals.has(g)).toBe(false);
        const func = fn as { globals: unknown; code: unknown };
        expect(func.globals).toBe(g);
        expect(func.code).toBe(codeNamed(top, n));
      }
    }
  });
});
