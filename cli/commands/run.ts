// `pyvm run [--vm stack|reg] [--stages] [--passes P,Q] FILE.py|FILE.pyc [ARGS...]`: runs a
// program; --stages prints each pipeline stage's time (ms) on stderr after the run.

import { runPath, VmKind, RunOptions } from '../pipeline';

export interface ParsedRunArgs {
  vm: VmKind;
  stages: boolean;
  passes: string[] | undefined;
  file: string;
  rest: string[];
}

/** Parses the options shared by run/stats/trace; returns an error message on bad usage. */
export function parseRunArgs(args: string[], extraFlags: string[] = []): (ParsedRunArgs & { flags: Set<string> }) | string {
  let vm: VmKind = 'stack';
  let stages = false;
  let passes: string[] | undefined;
  const flags = new Set<string>();
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--vm') {
      const v = args[++i];
      if (v !== 'stack' && v !== 'reg' && !(extraFlags.includes('--vm=both') && v === 'both')) return `pyvm: bad --vm '${v}'`;
      vm = v as VmKind;
      if ((v as string) === 'both') flags.add('both');
    } else if (a.startsWith('--vm=')) {
      return parseRunArgs(['--vm', a.slice(5), ...args.slice(0, i), ...args.slice(i + 1)], extraFlags);
    } else if (a === '--stages') stages = true;
    else if (a === '--passes') passes = (args[++i] ?? '').split(',').filter((x) => x !== '');
    else if (extraFlags.includes(a)) flags.add(a);
    else if (a === '--') {
      i++;
      break;
    } else if (a.startsWith('-') && a !== '-') return `pyvm: unknown option '${a}'`;
    else break;
  }
  const file = args[i];
  if (file === undefined) return 'pyvm: missing FILE';
  return { vm, stages, passes, file, rest: args.slice(i + 1), flags };
}

export function main(args: string[]): number {
  const p = parseRunArgs(args);
  if (typeof p === 'string') {
    process.stderr.write(p + '\nusage: pyvm run [--vm stack|reg] [--stages] FILE.py|FILE.pyc [ARGS...]\n');
    return 2;
  }
  const opts: RunOptions = { vm: p.vm, argv: [p.file, ...p.rest], passes: p.passes };
  const out = runPath(p.file, opts);
  if (p.stages) {
    const t = out.stageTimesMs;
    const lines = (Object.keys(t) as (keyof typeof t)[]).map((k) => `${k.padEnd(10)} ${t[k].toFixed(3)} ms`);
    process.stderr.write(lines.join('\n') + '\n');
  }
  return out.exitStatus;
}
