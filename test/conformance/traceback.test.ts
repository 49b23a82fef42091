// The stricter traceback test: for every conformance program that ends with a non-zero
// exit status, ALL of stderr on `pyvm run --vm stack` must equal CPython 3.11's (the
// "Traceback (most recent call last):" header, each frame's `  File "x.py", line N, in f`
// and source line, 3.11's caret lines (`~~~^~~`, `^^^^`), chained exceptions with their
// "During handling..." / "The above exception was the direct cause..." separators, and
// the exception line). File names are compared relative to the program's directory, since
// CPython prints absolute paths. Known failures: known-failures.traceback.txt, kept exact
// like the other lists (UPDATE_KNOWN_FAILURES=1 rewrites it; needs a build first).
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Outcome,
  Program,
  UPDATE_KNOWN_FAILURES,
  listPrograms,
  readKnownFailures,
  runPrograms,
  writeKnownFailures,
} from './harness';

const programs: Program[] = listPrograms('py').filter((p) => p.expected.stderr !== undefined);

/** pyvm's stderr with the program's directory taken out of file names, as the golden script does. */
function normalise(p: Program, stderr: string): string {
  return stderr.split(path.dirname(p.file) + path.sep).join('');
}

function judgeTraceback(p: Program, o: Outcome | undefined): string | null {
  if (o === undefined) return 'not run';
  if (o.status === null) return 'hang';
  const want = p.expected.stderr ?? '';
  const got = normalise(p, o.stderr);
  if (got === want) return null;
  const a = got.split('\n');
  const b = want.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `stderr line ${i + 1}: got ${JSON.stringify((a[i] ?? '<end>').slice(0, 70))}, expected ${JSON.stringify((b[i] ?? '<end>').slice(0, 70))}`;
}

describe('full tracebacks equal CPython 3.11 (pyvm run --vm stack)', () => {
  const known = readKnownFailures('traceback');
  let results = new Map<string, Outcome>();
  const failures = new Map<string, string>();

  beforeAll(async () => {
    results = await runPrograms('stack', programs, judgeTraceback);
  }, 900_000);

  afterAll(() => {
    if (UPDATE_KNOWN_FAILURES && results.size > 0) {
      writeKnownFailures('traceback', failures, new Set(programs.map((p) => p.rel)));
    }
  });

  it('covers at least 60 programs that end in an error', () => {
    expect(listPrograms('py', false).filter((p) => p.expected.stderr !== undefined).length).toBeGreaterThanOrEqual(60);
  });

  for (const p of programs) {
    it(p.rel, () => {
      const reason = judgeTraceback(p, results.get(p.rel));
      if (reason !== null) failures.set(p.rel, reason);
      if (UPDATE_KNOWN_FAILURES) return;
      if (known.has(p.rel)) {
        expect(reason, `${p.rel} is listed in known-failures.traceback.txt but now passes: remove it`).not.toBeNull();
      } else {
        expect(reason, `${p.rel}: traceback differs (not in known-failures.traceback.txt)`).toBeNull();
      }
    });
  }
});
