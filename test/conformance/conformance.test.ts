// The conformance suite: every program under test/conformance/{core,objects}/ run on pyvm
// must print what CPython 3.11 printed (stdout), exit with its status, and end stderr with
// its last line (the traceback's exception line). Three runs:
//   stack  `pyvm run --vm stack PROGRAM.py`        known-failures.stack.txt
//   reg    `pyvm run --vm reg PROGRAM.py`          known-failures.reg.txt
//   pyc    `pyvm run --vm stack pyc/PROGRAM.pyc`   known-failures.pyc.txt (CPython's own .pyc)
// Goldens come from scripts/gen-conformance-golden.py. The known-failures lists can only
// shrink honestly: a listed program that now passes fails the test until it is removed
// (UPDATE_KNOWN_FAILURES=1 rewrites the lists; needs a build: npx tsc -p tsconfig.json).
// CONFORMANCE_FILTER=substr[,substr] runs a subset; CONFORMANCE_SPAWN=1 runs through the CLI.
import * as fs from 'fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Outcome,
  Program,
  UPDATE_KNOWN_FAILURES,
  judge,
  listProgramFiles,
  listPrograms,
  readKnownFailures,
  runPrograms,
  writeKnownFailures,
} from './harness';

interface RunKind {
  list: string;
  vm: 'stack' | 'reg';
  files: 'py' | 'pyc';
}

const RUNS: RunKind[] = [
  { list: 'stack', vm: 'stack', files: 'py' },
  { list: 'reg', vm: 'reg', files: 'py' },
  { list: 'pyc', vm: 'stack', files: 'pyc' },
];

describe('the suite itself', () => {
  it('has at least 220 core and 170 objects programs, each with a golden', () => {
    const progs = listPrograms('py', false);
    expect(progs.filter((p) => p.rel.startsWith('core/')).length).toBeGreaterThanOrEqual(220);
    expect(progs.filter((p) => p.rel.startsWith('objects/')).length).toBeGreaterThanOrEqual(170);
  });

  it('has a golden for every program file (run scripts/gen-conformance-golden.py)', () => {
    const missing = listProgramFiles().filter((f) => !fs.existsSync(f.slice(0, -3) + '.expected.json'));
    expect(missing).toEqual([]);
  });

  it('has a CPython .pyc for every program that compiles', () => {
    const py = listPrograms('py', false).filter((p) => !/^(SyntaxError|IndentationError|TabError)\b/.test(p.expected.stderr_last_line));
    const pyc = new Set(listPrograms('pyc', false).map((p) => p.rel));
    expect(py.filter((p) => !pyc.has(p.rel)).map((p) => p.rel)).toEqual([]);
  });
});

for (const run of RUNS) {
  describe(`conformance: ${run.list} (pyvm run --vm ${run.vm}, ${run.files} files)`, () => {
    const programs: Program[] = listPrograms(run.files);
    const known = readKnownFailures(run.list);
    let results = new Map<string, Outcome>();
    const failures = new Map<string, string>();

    beforeAll(async () => {
      results = await runPrograms(run.vm, programs, judge);
    }, 900_000);

    afterAll(() => {
      if (UPDATE_KNOWN_FAILURES && results.size > 0) {
        writeKnownFailures(run.list, failures, new Set(programs.map((p) => p.rel)));
      }
    });

    it('lists only programs that exist', () => {
      const names = new Set(listPrograms(run.files, false).map((p) => p.rel));
      if (UPDATE_KNOWN_FAILURES) return; // the list is rewritten from this run's results
      expect([...known.keys()].filter((k) => !names.has(k))).toEqual([]);
    });

    for (const p of programs) {
      it(p.rel, () => {
        const reason = judge(p, results.get(p.rel));
        if (reason !== null) failures.set(p.rel, reason);
        if (UPDATE_KNOWN_FAILURES) return;
        if (known.has(p.rel)) {
          expect(reason, `${p.rel} is listed in known-failures.${run.list}.txt but now passes: remove it`).not.toBeNull();
        } else {
          expect(reason, `${p.rel} fails on ${run.list} (not in known-failures.${run.list}.txt)`).toBeNull();
        }
      });
    }
  });
}
