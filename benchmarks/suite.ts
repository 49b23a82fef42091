// The benchmark suite's manifest: every benchmarks/*.py program, with its quick and full
// size read from the program's own `# bench: quick=N full=M` header line. That header is
// the single source of truth for the sizes; the harness, the tests and the report all
// read it through loadSuite(). The comment lines above it are the program's description.
import * as fs from 'fs';
import * as path from 'path';

export interface BenchProgram {
  /** File name without .py, e.g. "nbody". */
  name: string;
  /** Absolute path of the .py file. */
  path: string;
  /** The header comment (all lines above the size line), without the "name: " prefix. */
  description: string;
  /** Size for tests and CI: a fraction of a second on pyvm (about 5 ms on CPython). */
  quick: number;
  /** Size for the committed report: at least a second on CPython. */
  full: number;
}

export class SuiteError extends Error {}

const SIZE_LINE = /^# bench: quick=(\d+) full=(\d+)\s*$/m;

/** The directory that holds package.json of pyvm (works from the sources and from dist/). */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      const name = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name;
      if (name === 'pyvm') return dir;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new SuiteError('cannot find the pyvm repository root above ' + __dirname);
    dir = up;
  }
}

export function benchmarksDir(): string {
  return path.join(repoRoot(), 'benchmarks');
}

/** Parses one program's header; throws SuiteError naming the file when it is malformed. */
export function parseProgram(file: string): BenchProgram {
  const text = fs.readFileSync(file, 'utf8');
  const name = path.basename(file, '.py');
  const m = SIZE_LINE.exec(text);
  if (m === null) throw new SuiteError(`${file}: no '# bench: quick=N full=M' header line`);
  // The description is the header comment above the size line, joined into one sentence.
  const header: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#') || SIZE_LINE.test(line)) break;
    header.push(line.replace(/^#\s*/, ''));
  }
  const joined = header.join(' ').replace(new RegExp(`^${name}:\\s*`), '');
  const description = joined !== '' ? joined : name;
  return { name, path: file, description, quick: Number(m[1]), full: Number(m[2]) };
}

/** All programs of the suite, sorted by name, optionally filtered by a regular expression on the name. */
export function loadSuite(filter?: RegExp, dir: string = benchmarksDir()): BenchProgram[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort();
  return files.map((f) => parseProgram(path.join(dir, f))).filter((p) => filter === undefined || filter.test(p.name));
}

/**
 * CPython 3.11's committed output of a program at its quick size
 * (benchmarks/expected/NAME.quick.txt, written by benchmarks/harness/gen_expected.py), or
 * null when there is none.
 */
export function expectedQuickOutput(p: BenchProgram): string | null {
  const file = path.join(path.dirname(p.path), 'expected', `${p.name}.quick.txt`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}
