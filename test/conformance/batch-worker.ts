// The conformance suite's in-process runner: one Node process runs many programs through
// V's cli/pipeline.ts runPath, capturing output with the `write` callback, so that the
// suite does not pay a Node start-up per program.
//
// Run by test/conformance/harness.ts as
//   node dist/test/conformance/batch-worker.js VM JOBS.json RESULTS.jsonl
// JOBS.json is an array of {id, path, argv, stdin}. For each job the worker appends to
// RESULTS.jsonl a line {"start": id} and then, when the program has finished, a line
// {"id", "stdout", "stderr", "status", "ms"}. Results go to a file, not to stdout, because a
// broken VM could write to the process's stdout directly. A job that was started but has
// no result line crashed or hung the worker: the harness re-runs it on its own.
//
// When cli/pipeline is not built yet (or lacks runPath) the worker writes
// {"nopipeline": "<why>"} and exits, and the harness spawns `pyvm run` per program instead.
import * as fs from 'fs';
import * as path from 'path';

interface Job {
  id: string;
  path: string;
  argv: string[];
  stdin: string | null;
}

/** The slice of cli/pipeline.ts's contract (common.md, "Pipeline") that the worker uses. */
interface PipelineModule {
  runPath(
    file: string,
    opts: {
      vm: string;
      argv?: string[];
      write?: (stream: 'stdout' | 'stderr', text: string) => void;
      stdin?: string;
    },
  ): { exitStatus: number };
}

function loadPipeline(): PipelineModule | string {
  // dist/test/conformance/ -> dist/cli/pipeline.js
  const file = path.resolve(__dirname, '..', '..', 'cli', 'pipeline.js');
  if (!fs.existsSync(file)) return `${file} does not exist`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require(file) as Partial<PipelineModule>;
    if (typeof mod.runPath !== 'function') return 'cli/pipeline has no runPath';
    return mod as PipelineModule;
  } catch (e) {
    return `loading cli/pipeline failed: ${e instanceof Error ? e.message : String(e)}`;
  }
}

function main(): void {
  const [vm, jobsFile, resultsFile] = process.argv.slice(2);
  if (vm === undefined || jobsFile === undefined || resultsFile === undefined) {
    process.stderr.write('usage: batch-worker VM JOBS.json RESULTS.jsonl\n');
    process.exitCode = 2;
    return;
  }
  const jobs = JSON.parse(fs.readFileSync(jobsFile, 'utf8')) as Job[];
  const pipeline = loadPipeline();
  if (typeof pipeline === 'string') {
    fs.appendFileSync(resultsFile, JSON.stringify({ nopipeline: pipeline }) + '\n');
    return;
  }
  for (const job of jobs) {
    fs.appendFileSync(resultsFile, JSON.stringify({ start: job.id }) + '\n');
    let stdout = '';
    let stderr = '';
    let status: number;
    const t0 = Date.now();
    try {
      const outcome = pipeline.runPath(job.path, {
        vm,
        argv: [job.path, ...job.argv],
        stdin: job.stdin ?? '',
        write: (stream, text) => {
          if (stream === 'stdout') stdout += text;
          else stderr += text;
        },
      });
      status = outcome.exitStatus;
    } catch (e) {
      // What escapes runPath is a pyvm bug; the CLI reports it with status 70.
      stderr += `pyvm: internal error (a bug in pyvm, please report it): ${
        e instanceof Error ? `${e.name}: ${e.message}` : String(e)
      }\n`;
      status = 70;
    }
    const ms = Date.now() - t0;
    fs.appendFileSync(resultsFile, JSON.stringify({ id: job.id, stdout, stderr, status, ms }) + '\n');
  }
}

main();
