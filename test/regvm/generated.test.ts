// The register VM's generated counting/tracing eval loop (regvm/eval_counting.ts) is current
// with regvm/eval.ts (scripts/gen-regvm-counting.js).
import { spawnSync } from 'child_process';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

describe('generated register VM files', () => {
  it('gen-regvm-counting.js --check passes', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-regvm-counting.js'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
