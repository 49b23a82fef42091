// The stack VM's generated files are current: the const-enum opcode table (from
// frontend/opcode.ts) and the counting eval loop (from stackvm/eval.ts).
import { spawnSync } from 'child_process';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

describe('generated stack VM files', () => {
  for (const script of ['gen-stackvm-opcodes.js', 'gen-stackvm-counting.js']) {
    it(`${script} --check passes`, () => {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), '--check'], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }
});
