// docs/opcodes.md must be what scripts/gen-opcodes-doc.js generates from the tables now.
import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { registerSection, RegisterOpcodeModule, renderOpcodesDoc } from '../../frontend/opcode_doc';
import { compileFormula, OPCODES } from '../../frontend/opcode';

const ROOT = path.resolve(__dirname, '..', '..');

async function regSection(): Promise<string | null> {
  if (!fs.existsSync(path.join(ROOT, 'regvm', 'opcodes.ts'))) return null;
  const p = '../../regvm/opcodes';
  return registerSection((await import(p)) as RegisterOpcodeModule);
}

describe('docs/opcodes.md', () => {
  it('is current (regenerate: npx tsc -p tsconfig.json && node scripts/gen-opcodes-doc.js)', async () => {
    const want = renderOpcodesDoc(await regSection());
    const have = fs.readFileSync(path.join(ROOT, 'docs', 'opcodes.md'), 'utf8');
    expect(have).toBe(want);
    for (const e of OPCODES) expect(have).toContain(`\`${e.name}\``);
  });
  it('stack formulas parse and reject garbage', () => {
    expect(compileFormula('1 + popcount(oparg & 15)')(0b1011, 0)).toBe(4);
    expect(compileFormula('jump ? 0 : 2')(7, 1)).toBe(0);
    expect(compileFormula('(oparg & 255) + (oparg >> 8) + 1')(0x203, 0)).toBe(6);
    expect(compileFormula('oparg == 3 ? 3 : 2')(3, 0)).toBe(3);
    expect(() => compileFormula('oparg +')).toThrow(/bad stack formula/);
    expect(() => compileFormula('x + 1')).toThrow(/bad stack formula/);
  });
});
