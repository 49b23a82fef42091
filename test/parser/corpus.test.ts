// The parser against CPython 3.11: every test/corpus/NAME.py must dump (ast.dump, with and
// without positions) exactly as the goldens in test/corpus/golden/, and every broken program
// in test/parser/errors/ must raise CPython's error type, message and location and print as
// python3 prints it. Goldens: python3 scripts/gen-ast-golden.py.
//
// Cases that legitimately do not pass yet are listed in test/parser/known-failures.txt
// ("corpus:NAME" / "error:NAME", then "# reason"); the suite fails on an unlisted failure
// AND on a listed case that now passes, so the list stays exact.
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { dump } from '../../frontend/astdump';
import { parse } from '../../frontend/parser';
import { formatSyntaxError, PySyntaxError } from '../../frontend/syntaxerror';

const CORPUS = path.join(__dirname, '..', 'corpus');
const ERRORS = path.join(__dirname, 'errors');

interface ErrorGolden {
  type: string;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number | null;
  end_offset: number | null;
  stage: 'parse' | 'compile';
  stderr: string;
}

function loadKnownFailures(): Map<string, string> {
  const m = new Map<string, string>();
  const file = path.join(__dirname, 'known-failures.txt');
  if (!fs.existsSync(file)) return m;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const hash = line.indexOf('#');
    const key = (hash >= 0 ? line.slice(0, hash) : line).trim();
    m.set(key, hash >= 0 ? line.slice(hash + 1).trim() : '');
  }
  return m;
}

const known = loadKnownFailures();
const corpusFiles = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.py')).sort();
const errorGolden = JSON.parse(fs.readFileSync(path.join(ERRORS, 'golden.json'), 'utf8')) as Record<string, ErrorGolden>;

/** Runs a check; enforces the known-failures contract for `key`. */
function checkCase(key: string, body: () => void): void {
  let failure: unknown = null;
  try {
    body();
  } catch (e) {
    failure = e;
  }
  if (known.has(key)) {
    if (failure === null) throw new Error(`${key} is listed in known-failures.txt but passes now: remove it from the list`);
    return;
  }
  if (failure !== null) throw failure;
}

describe('corpus: ast.dump equals CPython 3.11', () => {
  it(`has at least 150 corpus files (${corpusFiles.length})`, () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(150);
  });
  for (const f of corpusFiles) {
    const name = f.slice(0, -3);
    it(name, () => {
      checkCase(`corpus:${name}`, () => {
        const src = fs.readFileSync(path.join(CORPUS, f), 'utf8');
        const tree = parse(src, f);
        const want = fs.readFileSync(path.join(CORPUS, 'golden', name + '.ast'), 'utf8');
        const wantPos = fs.readFileSync(path.join(CORPUS, 'golden', name + '.pos.ast'), 'utf8');
        expect(dump(tree) + '\n').toBe(want);
        expect(dump(tree, true) + '\n').toBe(wantPos);
      });
    });
  }
});

describe('syntax errors: type, message, location and printed form equal CPython 3.11', () => {
  const names = Object.keys(errorGolden).filter((n) => errorGolden[n].stage === 'parse').sort();
  it(`has at least 40 broken programs (${names.length})`, () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });
  for (const name of names) {
    const g = errorGolden[name];
    it(name, () => {
      checkCase(`error:${name}`, () => {
        const src = fs.readFileSync(path.join(ERRORS, name + '.py'), 'utf8');
        let err: unknown = null;
        try {
          parse(src, name + '.py');
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(PySyntaxError);
        const e = err as PySyntaxError;
        expect({ type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset })
          .toEqual({ type: g.type, msg: g.msg, lineno: g.lineno, offset: g.offset, end_lineno: g.end_lineno, end_offset: g.end_offset });
        expect(formatSyntaxError(e)).toBe(g.stderr);
      });
    });
  }
});

describe('formatSyntaxError prints compile-stage errors as CPython (fields from the goldens)', () => {
  const names = Object.keys(errorGolden).filter((n) => errorGolden[n].stage === 'compile').sort();
  for (const name of names) {
    const g = errorGolden[name];
    it(name, () => {
      const lines = fs.readFileSync(path.join(ERRORS, name + '.py'), 'utf8').split('\n');
      // The compiler builds its errors without the trailing newline: check that form too.
      for (const text of [lines[g.lineno - 1] + '\n', lines[g.lineno - 1]]) {
        const e = new PySyntaxError(g.type as 'SyntaxError', g.msg, name + '.py', g.lineno, g.offset, text, g.end_lineno, g.end_offset);
        expect(formatSyntaxError(e)).toBe(g.stderr);
      }
    });
  }
});

describe('known-failures.txt names only existing cases', () => {
  it('every entry refers to a corpus file or an error program', () => {
    for (const key of known.keys()) {
      const [kind, name] = key.split(':');
      if (kind === 'corpus') expect(corpusFiles).toContain(name + '.py');
      else expect(Object.keys(errorGolden)).toContain(name);
    }
  });
});

describe('soft keywords: match and case stay usable as names', () => {
  it('parses match/case as names outside match statements', () => {
    expect(dump(parse('match = case = 1\nmatch(x)\nmatch[0]\n', 'x.py'))).toBe(
      "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store())], value=Constant(value=1)), " +
        "Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), " +
        "Expr(value=Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=0), ctx=Load()))], type_ignores=[])",
    );
  });
});

describe('resource limits give a SyntaxError, never a JavaScript error', () => {
  it('a 100,000-deep unary chain (CPython: MemoryError)', () => {
    let err: unknown = null;
    try {
      parse('x = ' + '-'.repeat(100_000) + '1\n', 'deep.py');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PySyntaxError);
  });
});
