// Every type's resolved slots object (runtime/type.ts resolveSlots) has all the slot names, in
// ALL_SLOTS order, made by one object literal: V8 then gives every type's `slots` one hidden
// class, so `typeOf(v).slots.X` is a monomorphic load. Slots added one by one by keyed stores
// gave a map per set of slots, and int's, float's, bool's and set's objects (the most slots)
// went to V8's dictionary mode (docs/performance.md, "Floats and library, session 19 (L)").
// Runs on the built runtime (npx tsc -p tsconfig.json first).
import * as path from 'path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const rt = require(path.join(ROOT, 'dist', 'runtime', 'core.js')) as typeof import('../../runtime/core');
// eslint-disable-next-line @typescript-eslint/no-var-requires
require(path.join(ROOT, 'dist', 'runtime', 'library.js'));

describe('resolved slots objects', () => {
  beforeAll(() => {
    // As a run does: the interpreter's creation resolves the built-in types' slots.
    rt.setCurrentInterp(
      new rt.Interpreter({ argv: ['x.py'], write: () => undefined, readStdin: () => '', backend: null as unknown as import('../../runtime/interp').ExecBackend, compileFile: null }),
    );
  });

  it('have every slot name, in ALL_SLOTS order, on built-in and heap types', () => {
    const A = rt.makeClass(rt.typeType, 'A', [], new rt.PyDict(), null);
    const B = rt.makeClass(rt.typeType, 'B', [A], new rt.PyDict(), null);
    const types = [rt.intType, rt.boolType, rt.floatType, rt.strType, rt.listType, rt.tupleType, rt.dictType, rt.setType, rt.objectType, rt.typeType, A, B];
    for (const t of types) {
      expect(Object.keys(t.slots), t.name).toEqual(rt.ALL_SLOTS);
    }
    // The values are still each type's slots: present where the type has one, undefined where not.
    expect(typeof rt.intType.slots.nb_add).toBe('function');
    expect(rt.objectType.slots.nb_add).toBeUndefined();
    expect(typeof B.slots.tp_repr).toBe('function');
    expect(B.slots.nb_add).toBeUndefined();
  });
});
