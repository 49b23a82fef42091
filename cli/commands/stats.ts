// `pyvm stats [--vm stack|reg|both] [--json] [--show-output] FILE [ARGS...]`: runs a program
// in counting mode and prints its counters (design.md's JSON shape with --json, as ONE
// object on the last line of stdout). The program's own output is discarded unless
// --show-output.

import { runPath, Counters, VmKind, RunOutcome } from '../pipeline';
import { parseRunArgs } from './run';

function table(c: Counters): string {
  const lines: string[] = [`program: ${c.program}`];
  for (const side of ['stack', 'reg'] as const) {
    const s = c[side];
    if (s === undefined) continue;
    lines.push(`[${side}]`);
    for (const [k, v] of Object.entries(s)) {
      if (typeof v === 'number') lines.push(`  ${k.padEnd(18)} ${v}`);
    }
    const by = Object.entries(s.by_opcode).sort((a, b) => b[1] - a[1]);
    lines.push('  by opcode:');
    for (const [name, n] of by) lines.push(`    ${name.padEnd(28)} ${String(n).padStart(10)}  ${((100 * n) / s.instructions).toFixed(1)}%`);
  }
  for (const [side, st] of Object.entries(c.static)) {
    lines.push(`[static ${side}]`);
    for (const [k, v] of Object.entries(st as Record<string, number>)) lines.push(`  ${k.padEnd(18)} ${v}`);
  }
  return lines.join('\n') + '\n';
}

export function main(args: string[]): number {
  const p = parseRunArgs(args, ['--json', '--show-output', '--vm=both']);
  if (typeof p === 'string') {
    process.stderr.write(p + '\nusage: pyvm stats [--vm stack|reg|both] [--json] [--show-output] FILE\n');
    return 2;
  }
  const vms: VmKind[] = p.flags.has('both') ? ['stack', 'reg'] : [p.vm];
  const show = p.flags.has('--show-output');
  const merged: Counters = { program: p.file, static: {} };
  let status = 0;
  for (const vm of vms) {
    let out: RunOutcome;
    out = runPath(p.file, {
      vm,
      argv: [p.file, ...p.rest],
      counting: true,
      passes: p.passes,
      write: (stream, text) => {
        if (stream === 'stderr') process.stderr.write(text);
        else if (show) process.stdout.write(text);
      },
    });
    status = status || out.exitStatus;
    if (out.counters !== null) {
      if (out.counters.stack !== undefined) merged.stack = out.counters.stack;
      if (out.counters.reg !== undefined) merged.reg = out.counters.reg;
      Object.assign(merged.static, out.counters.static);
    }
  }
  if (p.flags.has('--json')) process.stdout.write(JSON.stringify(merged) + '\n');
  else process.stdout.write(table(merged));
  return status;
}
