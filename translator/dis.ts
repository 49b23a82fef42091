// The hook cli/commands/dis.ts (M) calls for `pyvm dis --vm reg [--side-by-side] [--passes ...]`.
// The listing itself is translator/disassemble.ts.

import { CodeObject } from '../frontend/code';
import { disassembleAll } from './disassemble';
import { parsePasses } from './regcode';

export function disassembleRegister(code: CodeObject, options: { sideBySide: boolean; passes?: string[] }): string {
  return disassembleAll(code, parsePasses(options.passes), { sideBySide: options.sideBySide });
}
