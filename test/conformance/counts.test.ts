// Dynamic instruction counts: `pyvm stats --vm stack --json PROGRAM` must report, opcode
// by opcode, the instructions CPython 3.11 executes for the program as sys.settrace with
// f_trace_opcodes sees them (RESUME, EXTENDED_ARG and frame prologues aside; see
// scripts/gen-opcode-counts.py, which makes the goldens in test/conformance/counts/).
// Known failures: known-failures.counts.txt, kept exact like the other lists
// (UPDATE_KNOWN_FAILURES=1 rewrites it; needs a build first).
import * as fs from 'fs';
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONFORMANCE_DIR,
  Outcome,
  UPDATE_KNOWN_FAILURES,
  pool,
  readKnownFailures,
  spawnPyvm,
  writeKnownFailures,
} from './harness';

interface CountsGolden {
  program: string;
  instructions: number;
  by_opcode: Record<string, number>;
}

/** What CPython's tracer never reports (prologues are told apart by position, so pyvm leaves them out itself). */
const NOT_COMPARED = new Set(['RESUME', 'EXTENDED_ARG', 'CACHE']);

const COUNTS_DIR = path.join(CONFORMANCE_DIR, 'counts');
const goldens: CountsGolden[] = fs
  .readdirSync(COUNTS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(COUNTS_DIR, f), 'utf8')) as CountsGolden);

/** The JSON object on the last non-empty line of stdout (design.md, `pyvm stats --json`). */
function parseStats(o: Outcome): { by_opcode: Record<string, number> } | string {
  const lines = o.stdout.split('\n').filter((l) => l.trim() !== '');
  const last = lines[lines.length - 1] ?? '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(last);
  } catch {
    const err = o.stderr.split('\n').filter((l) => l.trim() !== '').pop() ?? '';
    return `no JSON from pyvm stats (exit ${o.status}): ${err.slice(0, 100)}`;
  }
  const stack = (parsed as { stack?: { by_opcode?: Record<string, number> } }).stack;
  if (!stack || typeof stack.by_opcode !== 'object') return 'pyvm stats JSON has no stack.by_opcode';
  return { by_opcode: stack.by_opcode };
}

function judgeCounts(g: CountsGolden, o: Outcome | undefined): string | null {
  if (o === undefined) return 'not run';
  if (o.status === null) return 'hang';
  const s = parseStats(o);
  if (typeof s === 'string') return s;
  const got: Record<string, number> = {};
  for (const [k, v] of Object.entries(s.by_opcode)) if (!NOT_COMPARED.has(k) && v !== 0) got[k] = v;
  const total = Object.values(got).reduce((a, b) => a + b, 0);
  const diffs: string[] = [];
  for (const k of [...new Set([...Object.keys(got), ...Object.keys(g.by_opcode)])].sort()) {
    const a = got[k] ?? 0;
    const b = g.by_opcode[k] ?? 0;
    if (a !== b) diffs.push(`${k} ${a}/${b}`);
  }
  if (diffs.length === 0 && total === g.instructions) return null;
  return `total ${total}, CPython ${g.instructions}; got/expected: ${diffs.slice(0, 6).join(', ')}`;
}

describe('dynamic instruction counts equal CPython 3.11 (pyvm stats --vm stack --json)', () => {
  const known = readKnownFailures('counts');
  const results = new Map<string, Outcome>();
  const failures = new Map<string, string>();

  beforeAll(async () => {
    const stats = async (g: CountsGolden): Promise<void> => {
      const file = path.join(CONFORMANCE_DIR, g.program);
      results.set(g.program, await spawnPyvm(['stats', '--vm', 'stack', '--json', file], path.dirname(file), ''));
    };
    await pool(goldens, 2, stats);
    // A second chance for a few failures: dist/ may be rebuilt by other work during a run.
    const failed = goldens.filter((g) => judgeCounts(g, results.get(g.program)) !== null);
    if (failed.length > 0 && failed.length <= 8) await pool(failed, 2, stats);
  }, 600_000);

  afterAll(() => {
    if (UPDATE_KNOWN_FAILURES && results.size > 0) {
      writeKnownFailures('counts', failures, new Set(goldens.map((g) => g.program)));
    }
  });

  it('has goldens for at least 12 programs', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(12);
    for (const g of goldens) expect(fs.existsSync(path.join(CONFORMANCE_DIR, g.program))).toBe(true);
  });

  for (const g of goldens) {
    it(g.program, () => {
      const reason = judgeCounts(g, results.get(g.program));
      if (reason !== null) failures.set(g.program, reason);
      if (UPDATE_KNOWN_FAILURES) return;
      if (known.has(g.program)) {
        expect(reason, `${g.program} is listed in known-failures.counts.txt but now passes: remove it`).not.toBeNull();
      } else {
        expect(reason, `${g.program}: counts differ (not in known-failures.counts.txt)`).toBeNull();
      }
    });
  }
});
