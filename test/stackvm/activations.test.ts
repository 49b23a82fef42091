// The stack VM's `current` frame across eval-loop activations (stackvm/vm.ts activate,
// eval.ts's frame switches): sys._getframe walks from code run by runtime code (a dunder
// called by an operator, a sort key, a generator resumed by list() or next()) on to the frames
// that called it, as CPython does. test/stackvm/activations/getframe_activations.py must print
// what CPython 3.11 printed (getframe_activations.out, written by python3).
// Runs in-process on the built pipeline (npx tsc -p tsconfig.json first).
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { runStackInProcess } from '../helpers/stack_inprocess';

const DIR = path.join(__dirname, 'activations');

describe('stack VM frames across activations', () => {
  it('sys._getframe reaches the callers of an activation', () => {
    const file = path.join(DIR, 'getframe_activations.py');
    const r = runStackInProcess(file, file, false);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(fs.readFileSync(path.join(DIR, 'getframe_activations.out'), 'utf8'));
  });
});
