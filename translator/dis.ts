// The hook cli/commands/dis.ts (M) calls for `pyvm dis --vm reg [--side-by-side] [--passes ...]`.
// The listing itself is translator/disassemble.ts.

import { CodeObject } from '../frontend/code';
import { disassembleAll } from './disassemble';
import { parsePasses } from './regcode';

export function disassembleRegister(code: CodeObject, options: { sideBySide: boolean; passes?: string[] }): string {
  // cli/commands/dis.ts passes `--passes none` as an empty list.
  const passes = options.passes !== undefined && options.passes.length === 0 ? ['none'] : options.passes;
  return disassembleAll(code, parsePasses(passes), { sideBySide: options.sideBySide });
}
