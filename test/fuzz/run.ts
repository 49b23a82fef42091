// `npm run fuzz -- [--minutes N] [--seed S] [--batch B]`: the differential fuzzer for longer
// runs than CI's fixed batch. Runs batches of generated programs until the time is up, prints a
// summary, and leaves each finding (shrunk) in test/fuzz/failures/. Exit status 1 if any found.

import { runBatch } from './fuzz';

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? Number(process.argv[i + 1]) : dflt;
}

function main(): number {
  const minutes = arg('minutes', 1);
  const seed = arg('seed', Date.now() % 100000);
  const batch = arg('batch', 200);
  const deadline = Date.now() + minutes * 60_000;
  let programs = 0;
  let runs = 0;
  let findings = 0;
  let start = 0;
  let vms: string[] = [];
  while (Date.now() < deadline) {
    const r = runBatch(seed, start, batch);
    vms = r.vms;
    programs += r.programs;
    runs += r.runs;
    findings += r.findings.length;
    for (const f of r.findings) process.stdout.write(`finding: seed ${f.seed} program ${f.index} on ${f.vm} (test/fuzz/failures/)\n`);
    start += batch;
  }
  process.stdout.write(`fuzz: seed ${seed}, ${programs} programs, ${runs} VM runs (${vms.join(', ')}), ${findings} findings\n`);
  return findings > 0 ? 1 : 0;
}

process.exitCode = main();
