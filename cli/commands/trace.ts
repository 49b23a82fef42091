// `pyvm trace [--vm stack|reg] FILE [ARGS...]`: runs a program printing every executed
// instruction (line, byte offset, opname, argument, stack depth, top of the stack) on
// stdout, interleaved with the program's own output.

import * as fs from 'fs';
import { runPath } from '../pipeline';
import { parseRunArgs } from './run';

export function main(args: string[]): number {
  const p = parseRunArgs(args);
  if (typeof p === 'string') {
    process.stderr.write(p + '\nusage: pyvm trace [--vm stack|reg] FILE\n');
    return 2;
  }
  let buf: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (buf.length > 0) fs.writeSync(1, buf.join(''));
    buf = [];
    size = 0;
  };
  const out = runPath(p.file, {
    vm: p.vm,
    argv: [p.file, ...p.rest],
    passes: p.passes,
    trace: (line) => {
      buf.push(line + '\n');
      size += line.length;
      if (size > 1 << 16) flush();
    },
    write: (stream, text) => {
      flush();
      fs.writeSync(stream === 'stdout' ? 1 : 2, text);
    },
  });
  flush();
  return out.exitStatus;
}
