// A debugging aid for the VM engineers: runs conformance programs on pyvm (through the CLI,
// as a user would) and shows what differs from CPython's golden.
//
//   node dist/test/conformance/show.js [--vm stack|reg] [--pyc] [--tb] SUBSTRING...
//
// Every program whose path (relative to test/conformance/) contains one of the substrings
// is run; for each, PASS or FAIL with the reason, and for a failure the expected and actual
// stdout side by side from the first differing line, and both last stderr lines. With --tb,
// programs that end in an error also get their whole stderr compared (traceback.test.ts's
// check) and, when it differs, both printed in full.
import * as path from 'path';
import { Program, judge, lastLine, listPrograms, spawnPyvm } from './harness';

async function main(argv: string[]): Promise<number> {
  let vm = 'stack';
  let kind: 'py' | 'pyc' = 'py';
  let tb = false;
  const subs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--vm') vm = argv[++i] ?? 'stack';
    else if (argv[i] === '--pyc') kind = 'pyc';
    else if (argv[i] === '--tb') tb = true;
    else subs.push(argv[i]);
  }
  if (subs.length === 0) {
    process.stderr.write('usage: node dist/test/conformance/show.js [--vm stack|reg] [--pyc] [--tb] SUBSTRING...\n');
    return 2;
  }
  const programs: Program[] = listPrograms(kind, false).filter((p) => subs.some((s) => p.rel.includes(s)));
  let failed = 0;
  for (const p of programs) {
    const o = await spawnPyvm(['run', '--vm', vm, p.file, ...p.expected.argv], path.dirname(p.file), p.expected.stdin ?? '');
    let reason = judge(p, o);
    const want = p.expected.stderr;
    const got = o.stderr.split(path.dirname(p.file) + path.sep).join('');
    if (reason === null && tb && want !== undefined && got !== want) reason = 'full stderr differs';
    if (tb && want !== undefined && got !== want) {
      process.stdout.write(`--- expected stderr (${p.rel})\n${want}--- pyvm stderr\n${got}---\n`);
    }
    if (reason === null) {
      process.stdout.write(`PASS ${p.rel}\n`);
      continue;
    }
    failed++;
    process.stdout.write(`FAIL ${p.rel}: ${reason}\n`);
    const wantOut = p.expected.stdout.split('\n');
    const gotOut = o.stdout.split('\n');
    let i = 0;
    while (i < wantOut.length && i < gotOut.length && wantOut[i] === gotOut[i]) i++;
    for (let k = i; k < Math.min(i + 5, Math.max(wantOut.length, gotOut.length)); k++) {
      process.stdout.write(`  line ${k + 1}\n    expected: ${JSON.stringify(wantOut[k] ?? '<none>')}\n    got:      ${JSON.stringify(gotOut[k] ?? '<none>')}\n`);
    }
    process.stdout.write(`  exit status: expected ${p.expected.exit_status}, got ${o.status}\n`);
    process.stdout.write(`  last stderr: expected ${JSON.stringify(p.expected.stderr_last_line)}\n`);
    process.stdout.write(`               got      ${JSON.stringify(lastLine(o.stderr))}\n`);
  }
  process.stdout.write(`${programs.length - failed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((s) => {
  process.exitCode = s;
});
