// `pyvm bench [--quick] [--filter RE] [--vm stack|reg|both] [--out FILE]`: runs the
// benchmark suite (benchmarks/*.py) on CPython and pyvm's backends and writes the results
// JSON that `pyvm report` turns into reports/. Progress goes to stderr, one line per step.
//
// Extra options: --max-time S and --min-samples N (timed runs per program and backend),
// --processes N (timing processes per program and backend, samples pooled), --warmup S (seconds
// of untimed runs at each program's quick size before every backend's timed runs; default 0, none), --no-ablation (skip the translator-pass counting runs),
// --no-plain-stack (skip the stack VM's timing without quickening), --no-peers, --node-flags "F..."
// (the V8 flags of every timed JavaScript process, space-separated; "" for V8's defaults; default:
// harness.ts DEFAULT_NODE_FLAGS).
import * as fs from 'fs';
import * as path from 'path';
import { defaultOptions, runBench } from '../../benchmarks/harness/harness';
import type { VmKind } from '../../benchmarks/harness/pipeline_api';
import { writeResults } from '../../benchmarks/harness/results';
import { repoRoot } from '../../benchmarks/suite';

const USAGE =
  'usage: pyvm bench [--quick] [--filter RE] [--vm stack|reg|both] [--out FILE]\n' +
  '                  [--max-time S] [--min-samples N] [--processes N] [--warmup S] [--no-ablation] [--no-plain-stack] [--no-peers]\n' +
  '                  [--node-flags "FLAGS"]\n';

/** Where results go by default: quick runs beside, never over, the committed full results. */
export function defaultResultsPath(root: string, quick: boolean): string {
  return quick ? path.join(root, 'reports', 'quick', 'results.json') : path.join(root, 'reports', 'results.json');
}

class UsageError extends Error {}

function value(args: string[], i: number, flag: string): string {
  const v = args[i + 1];
  if (v === undefined) throw new UsageError(`${flag} needs a value`);
  return v;
}

function positiveNumber(s: string, flag: string): number {
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag}: not a positive number: ${s}`);
  return n;
}

export async function main(args: string[]): Promise<number> {
  let quick = false;
  let filter: RegExp | null = null;
  let vms: VmKind[] = ['stack', 'reg'];
  let out: string | null = null;
  let maxTime: number | null = null;
  let minSamples: number | null = null;
  let processes: number | null = null;
  let warmup: number | null = null;
  let ablation = true;
  let plainStack = true;
  let peers = true;
  let nodeFlags: string[] | null = null;
  try {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      switch (a) {
        case '--quick':
          quick = true;
          break;
        case '--filter':
          try {
            filter = new RegExp(value(args, i, a));
          } catch (e) {
            if (e instanceof UsageError) throw e;
            throw new UsageError(`--filter: bad regular expression: ${(e as Error).message}`);
          }
          i++;
          break;
        case '--vm': {
          const v = value(args, i, a);
          if (v === 'both') vms = ['stack', 'reg'];
          else if (v === 'stack' || v === 'reg') vms = [v];
          else throw new UsageError(`--vm must be stack, reg or both, not ${v}`);
          i++;
          break;
        }
        case '--out':
          out = path.resolve(value(args, i, a));
          i++;
          break;
        case '--max-time':
          maxTime = positiveNumber(value(args, i, a), a);
          i++;
          break;
        case '--min-samples':
          minSamples = Math.round(positiveNumber(value(args, i, a), a));
          i++;
          break;
        case '--processes':
          processes = Math.round(positiveNumber(value(args, i, a), a));
          i++;
          break;
        case '--warmup': {
          const v = value(args, i, a);
          warmup = Number(v);
          if (!Number.isFinite(warmup) || warmup < 0) throw new UsageError(`--warmup: not a number of seconds: ${v}`);
          i++;
          break;
        }
        case '--no-ablation':
          ablation = false;
          break;
        case '--no-plain-stack':
          plainStack = false;
          break;
        case '--no-peers':
          peers = false;
          break;
        case '--node-flags': {
          const v = value(args, i, a);
          nodeFlags = v.split(/\s+/).filter((f) => f !== '');
          const bad = nodeFlags.find((f) => !f.startsWith('--'));
          if (bad !== undefined) throw new UsageError(`--node-flags: not a flag: ${bad}`);
          i++;
          break;
        }
        case '-h':
        case '--help':
          process.stdout.write(USAGE);
          return 0;
        default:
          throw new UsageError(`unknown option ${a}`);
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`pyvm bench: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  const root = repoRoot();
  const defaults = defaultOptions(quick);
  const file = out ?? defaultResultsPath(root, quick);
  const results = await runBench({
    ...defaults,
    filter,
    vms,
    maxTimeS: maxTime ?? defaults.maxTimeS,
    minSamples: minSamples ?? defaults.minSamples,
    processes: processes ?? defaults.processes,
    warmupS: warmup ?? defaults.warmupS,
    ablation,
    plainStack,
    peers: peers ? defaults.peers : [],
    nodeFlags: nodeFlags ?? defaults.nodeFlags,
    log: (line) => process.stderr.write(line + '\n'),
    // Paths below the working directory are recorded relative to it (the report shows this line).
    command: ['pyvm', 'bench', ...args.map((a) => (path.isAbsolute(a) && a.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), a) : a))].join(' '),
  });
  if (results.programs.length === 0) {
    process.stderr.write(`pyvm bench: no benchmark matches --filter ${filter?.source ?? ''}\n`);
    return 1;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeResults(file, results);
  const failures = results.programs.flatMap((p) =>
    Object.entries(p.vms)
      .filter(([, r]) => r !== undefined && r.status !== 'ok')
      .map(([vm]) => `${p.name}/${vm}`),
  );
  process.stderr.write(
    `pyvm bench: ${results.programs.length} programs in ${results.durationS} s; ` +
      `${failures.length} program/backend pairs did not run cleanly${failures.length > 0 ? ' (recorded as errors)' : ''}\n`,
  );
  const shown = path.relative(process.cwd(), file);
  process.stdout.write(`results written to ${shown.startsWith('..') || shown === '' ? file : shown}\n`);
  return 0;
}
