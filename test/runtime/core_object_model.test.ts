// The core object model's API as the runtime library and both VMs use it (runtime/core.ts),
// checked directly on the built runtime (npx tsc -p tsconfig.json first): dict keys with
// Python equality, C3 linearisation, slot inheritance and dunder exposure, CPython's
// argument-binding errors, set iteration order, exceptions as thrown objects.
import * as path from 'path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const rt = require(path.join(ROOT, 'dist', 'runtime', 'core.js')) as typeof import('../../runtime/core');
// eslint-disable-next-line @typescript-eslint/no-var-requires
require(path.join(ROOT, 'dist', 'runtime', 'library.js'));

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (rt.isPyException(e)) return `${rt.typeOf(e).name}: ${rt.str(e)}`;
    throw e;
  }
  return 'no error';
}

describe('runtime core object model', () => {
  beforeAll(() => {
    // As a run does: the interpreter's creation resolves the built-in types' slots.
    rt.setCurrentInterp(
      new rt.Interpreter({ argv: ['x.py'], write: () => undefined, readStdin: () => '', backend: null as unknown as import('../../runtime/interp').ExecBackend, compileFile: null }),
    );
  });

  it('dict: 1, 1.0 and True are one key; tuples hash by value; insertion order is kept', () => {
    const d = new rt.PyDict();
    d.set(1, 'a');
    d.set(new rt.PyFloat(1.0), 'b');
    d.set(true, 'c');
    d.set(new rt.PyTuple([1, 'x']), 'd');
    d.set('z', 'e');
    expect(d.size).toBe(3);
    expect(d.get(1)).toBe('c');
    expect(d.get(new rt.PyTuple([new rt.PyFloat(1), 'x']))).toBe('d');
    expect(d.keys()).toEqual([1, expect.anything(), 'z']);
    expect(rt.repr(d)).toBe("{1: 'c', (1, 'x'): 'd', 'z': 'e'}");
    expect(errorOf(() => d.set(new rt.PyList([]), 1))).toBe("TypeError: unhashable type: 'list'");
  });

  it('C3 MRO and its error, slot inheritance and generated dunders', () => {
    const A = rt.makeClass(rt.typeType, 'A', [], new rt.PyDict(), null);
    const B = rt.makeClass(rt.typeType, 'B', [A], new rt.PyDict(), null);
    const C = rt.makeClass(rt.typeType, 'C', [A], new rt.PyDict(), null);
    const D = rt.makeClass(rt.typeType, 'D', [B, C], new rt.PyDict(), null);
    expect(D.mro.map((t) => t.name)).toEqual(['D', 'B', 'C', 'A', 'object']);
    expect(errorOf(() => rt.makeClass(rt.typeType, 'E', [A, B], new rt.PyDict(), null))).toBe(
      'TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B',
    );
    expect(rt.repr(rt.listType.dict.get('__len__')!)).toBe("<slot wrapper '__len__' of 'list' objects>");
    expect(rt.len(new rt.PyList([1, 2, 3]))).toBe(3);
  });

  it('binary operators dispatch through slots with CPython messages', () => {
    expect(rt.binaryOp(rt.NB_ADD, 2, 3)).toBe(5);
    expect(rt.repr(rt.binaryOp(rt.NB_ADD, new rt.PyList([1]), new rt.PyList([2])))).toBe('[1, 2]');
    expect(errorOf(() => rt.binaryOp(rt.NB_ADD, 1, 'a'))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(errorOf(() => rt.binaryOp(rt.NB_ADD, new rt.PyList([]), 1))).toBe('TypeError: can only concatenate list (not "int") to list');
    expect(errorOf(() => rt.richCompare(new rt.PyList([]), new rt.PyTuple([]), rt.Py_LT))).toBe(
      "TypeError: '<' not supported between instances of 'list' and 'tuple'",
    );
  });

  it('sets of numbers iterate in CPython order', () => {
    expect(rt.repr(new rt.PySet([3, 1, 2]))).toBe('{1, 2, 3}');
    expect(rt.repr(new rt.PySet([64, 1, 128, 7, 9, 200, 17, 300]))).toBe('{64, 1, 128, 7, 200, 9, 300, 17}');
    expect(rt.repr(rt.makeFrozenSet([10, 8, 9, 1, 100, -1, 33]))).toBe('frozenset({1, 33, 100, 8, 9, 10, -1})');
  });

  it('exceptions are Python objects thrown directly; str/repr as CPython', () => {
    const e = new rt.PyException(rt.KeyError, ['k']);
    expect(rt.str(e)).toBe("'k'");
    expect(rt.repr(e)).toBe("KeyError('k')");
    expect(errorOf(() => rt.raiseTypeError('boom'))).toBe('TypeError: boom');
    expect(rt.isInstance(e, rt.LookupError)).toBe(true);
    expect(rt.formatExceptionOnly(new rt.PyException(rt.ValueError, []))).toBe('ValueError\n');
  });
});
