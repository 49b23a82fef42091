// Runs a program on the stack VM in this process, through the built pipeline (dist/; run
// `npx tsc -p tsconfig.json` first), capturing stdout and stderr: for the stack VM's suites
// that compare with CPython's output and instruction counts without a child process each.
import * as path from 'path';
import { REPO_ROOT } from './pyvm';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const pipeline = require(path.join(REPO_ROOT, 'dist', 'cli', 'pipeline.js')) as typeof import('../../cli/pipeline');

export interface StackRun {
  stdout: string;
  stderr: string;
  status: number;
  /** Executed instructions (counting runs only, else null). */
  instructions: number | null;
}

/** Runs `file` (.py or .pyc) with sys.argv[0] = `argv0`; counting on or off. */
export function runStackInProcess(file: string, argv0: string, counting: boolean): StackRun {
  let stdout = '';
  let stderr = '';
  const r = pipeline.runPath(file, {
    vm: 'stack',
    argv: [argv0],
    stdin: '',
    counting,
    write: (s, t) => {
      if (s === 'stdout') stdout += t;
      else stderr += t;
    },
  });
  return { stdout, stderr, status: r.exitStatus, instructions: r.counters?.stack?.instructions ?? null };
}

/** The last non-blank line of a program's stderr (CPython's exception line). */
export const lastLine = (s: string): string => s.split('\n').filter((l) => l.trim() !== '').pop() ?? '';
