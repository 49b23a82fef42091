// `pyvm run [--vm stack|reg] [--stages] [--passes P,Q] FILE.py|FILE.pyc|-c CMD [ARGS...]`: runs a
// program (or, as `python3 -c`, the program text CMD, named "<string>", with sys.argv[0] '-c');
// --stages prints each pipeline stage's time (ms) on stderr after the run.

import { runPath, runSourceText, VmKind, RunOptions } from '../pipeline';

const USAGE = 'usage: pyvm run [--vm stack|reg] [--stages] [--passes P1,P2|all|none] FILE.py|FILE.pyc|-c CMD [ARGS...]\n';

export interface ParsedRunArgs {
  vm: VmKind;
  stages: boolean;
  passes: string[] | undefined;
  file: string;
  /** -c CMD: the program text (then `file` is '-c'). */
  command: string | null;
  rest: string[];
}

/**
 * A --passes value checked against the translator's pass names (translator/regcode.ts
 * parsePasses); an error message for a name it does not know. Loaded only when the option is
 * given: the translator is not otherwise needed to start a stack VM run.
 */
export function checkPasses(list: string[]): string | null {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { parsePasses } = require('../../translator/regcode') as typeof import('../../translator/regcode');
  try {
    parsePasses(list);
    return null;
  } catch (e) {
    return 'pyvm: ' + (e instanceof Error ? e.message : String(e));
  }
}

/** Parses the options shared by run/stats/trace; returns an error message on bad usage. */
export function parseRunArgs(args: string[], extraFlags: string[] = []): (ParsedRunArgs & { flags: Set<string> }) | string {
  let vm: VmKind = 'stack';
  let stages = false;
  let passes: string[] | undefined;
  let command: string | null = null;
  const flags = new Set<string>();
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '-c' && extraFlags.includes('-c')) {
      command = args[i + 1] ?? null;
      if (command === null) return 'Argument expected for the -c option';
      return { vm, stages, passes, file: '-c', command, rest: args.slice(i + 2), flags };
    } else if (a === '--vm') {
      const v = args[++i];
      if (v !== 'stack' && v !== 'reg' && !(extraFlags.includes('--vm=both') && v === 'both')) return `pyvm: bad --vm '${v}'`;
      vm = v as VmKind;
      if ((v as string) === 'both') flags.add('both');
    } else if (a.startsWith('--vm=')) {
      return parseRunArgs(['--vm', a.slice(5), ...args.slice(0, i), ...args.slice(i + 1)], extraFlags);
    } else if (a === '--stages') stages = true;
    else if (a === '--passes' || a.startsWith('--passes=')) {
      const v = a === '--passes' ? args[++i] : a.slice('--passes='.length);
      if (v === undefined) return "pyvm: --passes needs a value (P1,P2, -P1, all or none)";
      passes = v.split(',').filter((x) => x !== '');
      const bad = checkPasses(passes);
      if (bad !== null) return bad;
    }
    else if (extraFlags.includes(a)) flags.add(a);
    else if (a === '--') {
      i++;
      break;
    } else if (a.startsWith('-') && a !== '-') return `pyvm: unknown option '${a}'`;
    else break;
  }
  const file = args[i];
  if (file === undefined) return 'pyvm: missing FILE';
  return { vm, stages, passes, file, command: null, rest: args.slice(i + 1), flags };
}

export function main(args: string[]): number {
  const p = parseRunArgs(args, ['-c']);
  if (typeof p === 'string') {
    process.stderr.write(p + '\n' + USAGE);
    return 2;
  }
  const opts: RunOptions = { vm: p.vm, argv: [p.file, ...p.rest], passes: p.passes };
  const out = p.command !== null ? runSourceText(p.command, '<string>', opts) : runPath(p.file, opts);
  if (p.stages) {
    const t = out.stageTimesMs;
    const lines = (Object.keys(t) as (keyof typeof t)[]).map((k) => `${k.padEnd(10)} ${t[k].toFixed(3)} ms`);
    process.stderr.write(lines.join('\n') + '\n');
  }
  return out.exitStatus;
}
