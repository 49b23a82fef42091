// A frame that reaches Python code through LOAD_ATTR (a property's getter, __getattr__) shows the
// line of that LOAD_ATTR to the callee (sys._getframe(1).f_lineno, warnings' stacklevel), as in
// CPython 3.11, not the line of the frame's last call: LOAD_ATTR's out-of-line path stores the
// frame's offset (regvm/eval.ts). Output checked against python3 3.11. Runs in-process on the
// built pipeline (npx tsc -p tsconfig.json first).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', '..') : path.join(__dirname, '..', '..'));
const DIST = path.join(ROOT, 'dist');
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js')) as typeof import('../../cli/pipeline');

const PROGRAM = `import warnings, sys
class P:
    @property
    def p(self):
        warnings.warn('prop', stacklevel=2)
        return sys._getframe(1).f_lineno
    def __getattr__(self, name):
        return (name, sys._getframe(1).f_lineno)
    def __add__(self, o):
        return sys._getframe(1).f_lineno
def f(o):
    len([])
    x = 1
    a = o.p
    b = o + o
    len([])
    c = o.missing
    return a, b, c
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(f(P()))
print([x.lineno for x in w])
`;

describe('the line of a frame that runs a property getter (LOAD_ATTR)', () => {
  it("is the LOAD_ATTR's line, as CPython 3.11", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-linenoattr-'));
    const file = path.join(dir, 'prog.py');
    fs.writeFileSync(file, PROGRAM);
    let out = '';
    try {
      const prog = P.prepare(file, { vm: 'reg' });
      P.evaluate(prog, { vm: 'reg', argv: [file], stdin: '', counting: false, write: (stream: 'stdout' | 'stderr', s: string) => {
        if (stream === 'stdout') out += s;
      } });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(out).toBe("(14, 15, ('missing', 17))\n[14]\n");
  });
});
