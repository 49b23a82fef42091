// `pyvm report [--in FILE] [--out DIR]`: turns a results file of `pyvm bench` into a
// Markdown report with PNG charts (reports/generate.ts). Without --in it reads the newer
// of reports/quick/results.json (from `pyvm bench --quick`) and reports/results.json
// (the full run); without --out it writes beside that file (README.md, charts/).
import * as fs from 'fs';
import * as path from 'path';
import { readResults, ResultsError } from '../../benchmarks/harness/results';
import { repoRoot } from '../../benchmarks/suite';
import { generateReport } from '../../reports/generate';
import { defaultResultsPath } from './bench';

const USAGE = 'usage: pyvm report [--in FILE] [--out DIR]\n';

/** The most recently written default results file, or null when there is none. */
export function newestResults(root: string): string | null {
  const candidates = [defaultResultsPath(root, true), defaultResultsPath(root, false)].filter((f) => fs.existsSync(f));
  candidates.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return candidates[0] ?? null;
}

export async function main(args: string[]): Promise<number> {
  let input: string | null = null;
  let outDir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if ((a === '--in' || a === '--out') && args[i + 1] !== undefined) {
      if (a === '--in') input = path.resolve(args[i + 1]);
      else outDir = path.resolve(args[i + 1]);
      i++;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else {
      process.stderr.write(`pyvm report: ${a === '--in' || a === '--out' ? `${a} needs a value` : `unknown option ${a}`}\n${USAGE}`);
      return 2;
    }
  }
  const root = repoRoot();
  const file = input ?? newestResults(root);
  if (file === null) {
    process.stderr.write('pyvm report: no results yet; run `pyvm bench --quick` (or `pyvm bench`) first, or pass --in FILE\n');
    return 1;
  }
  let results;
  try {
    results = readResults(file);
  } catch (e) {
    if (e instanceof ResultsError) {
      process.stderr.write(`pyvm report: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const dir = outDir ?? path.dirname(file);
  const out = await generateReport(results, dir);
  const shown = (f: string): string => {
    const r = path.relative(process.cwd(), f);
    return r.startsWith('..') || r === '' ? f : r;
  };
  process.stdout.write(`report written to ${shown(path.join(dir, 'README.md'))} (${out.charts.length} charts in ${shown(path.join(dir, 'charts'))})\n`);
  return 0;
}
