// Focused compiler cases against CPython 3.11: each test/compiler/cases/NAME.py is
// compiled from CPython's own AST (committed in goldens/NAME.json, so the test does not
// depend on pyvm's parser) and its code objects must equal compile()'s field by field,
// recursively. Compile-time errors (symtable and compiler, not parser) must raise
// CPython's SyntaxError message at CPython's line and column.
//
// Regenerate the goldens with: python3 test/compiler/tools/gen-goldens.py
// Cases that legitimately differ are listed in known-failures.txt (`NAME  # reason`); the
// test fails on an unlisted failure and on a listed case that now passes.

import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import type * as A from '../../frontend/ast';
import { compileAst, compileSourceMode, CompileMode, CompileRecursionError } from '../../frontend/compile';
import { PySyntaxError } from '../../frontend/syntaxerror';
import { loadAstJson } from './astjson';
import { codeJson, diffCode, Json } from './codejson';

const HERE = __dirname.includes(`${path.sep}dist${path.sep}`) ? path.resolve(__dirname, '..', '..', '..', 'test', 'compiler') : __dirname;
const GOLDENS = path.join(HERE, 'goldens');
const CASES = path.join(HERE, 'cases');

function knownFailures(): Map<string, string> {
  const m = new Map<string, string>();
  const text = fs.readFileSync(path.join(HERE, 'known-failures.txt'), 'utf8');
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const [name, reason] = t.split('#').map((x) => x.trim());
    m.set(name, reason ?? '');
  }
  return m;
}

describe('compiler: focused cases vs CPython 3.11 compile()', () => {
  const known = knownFailures();
  const names = fs.readdirSync(GOLDENS).filter((f) => f.endsWith('.json') && f !== 'errors.json' && f !== 'modes.json').map((f) => f.slice(0, -5)).sort();

  it('has goldens for every case file', () => {
    const cases = fs.readdirSync(CASES).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
    expect(names).toEqual(cases);
  });

  for (const name of names) {
    it(`${name}.py compiles to CPython's code objects`, () => {
      const golden = JSON.parse(fs.readFileSync(path.join(GOLDENS, name + '.json'), 'utf8')) as { ast: Json; code: Json };
      const rel = `test/compiler/cases/${name}.py`;
      const source = fs.readFileSync(path.join(CASES, name + '.py'), 'utf8');
      let diffs: string[];
      try {
        const tree: A.Module = loadAstJson(JSON.stringify(golden.ast));
        diffs = diffCode(codeJson(compileAst(tree, rel, source)), golden.code);
      } catch (e) {
        diffs = [`compile failed: ${(e as Error).message}`];
      }
      if (known.has(name)) {
        expect(diffs.length, `${name} is listed in known-failures.txt but now passes`).toBeGreaterThan(0);
      } else {
        expect(diffs.join('\n')).toBe('');
      }
    });
  }

  it('known-failures.txt lists only existing cases', () => {
    for (const name of known.keys()) expect(names).toContain(name);
  });
});

interface ErrorCase {
  source: string;
  ast: Json;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number | null;
  end_offset: number | null;
}

describe('compiler: compile-time SyntaxErrors as CPython', () => {
  const cases = JSON.parse(fs.readFileSync(path.join(GOLDENS, 'errors.json'), 'utf8')) as ErrorCase[];
  for (const c of cases) {
    it(`${JSON.stringify(c.source.trim().split('\n').slice(-1)[0])} -> ${c.msg}`, () => {
      const tree = loadAstJson(JSON.stringify(c.ast));
      let err: unknown = null;
      try {
        compileAst(tree, '<err>', c.source);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PySyntaxError);
      const se = err as PySyntaxError;
      expect({ msg: se.msg, lineno: se.lineno, offset: se.offset, end_lineno: se.end_lineno, end_offset: se.end_offset })
        .toEqual({ msg: c.msg, lineno: c.lineno, offset: c.offset, end_lineno: c.end_lineno, end_offset: c.end_offset });
    });
  }
});

describe("compiler: compile()'s modes (compileSourceMode)", () => {
  const cases = JSON.parse(fs.readFileSync(path.join(GOLDENS, 'modes.json'), 'utf8')) as { mode: CompileMode; source: string; code: Json }[];
  for (const c of cases) {
    it(`${c.mode}: ${JSON.stringify(c.source)}`, () => {
      expect(diffCode(codeJson(compileSourceMode(c.source, '<string>', c.mode)), c.code).join('\n')).toBe('');
    });
  }
  it('single rejects several statements', () => {
    expect(() => compileSourceMode('x = 1\ny = 2\n', '<string>', 'single')).toThrow(/multiple statements found/);
  });
});

describe('compiler: limits', () => {
  it('a tree nested too deeply raises RecursionError, not a JavaScript stack overflow', () => {
    // x = a + a + ... + a, 50,000 terms: CPython also gives up
    // ("RecursionError: maximum recursion depth exceeded during compilation").
    const pos = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 1 };
    let e: A.ExprNode = { _type: 'Name', id: 'a', ctx: { _type: 'Load' }, ...pos };
    for (let i = 0; i < 50000; i++) {
      e = { _type: 'BinOp', left: e, op: { _type: 'Add' }, right: { _type: 'Name', id: 'a', ctx: { _type: 'Load' }, ...pos }, ...pos };
    }
    const tree: A.Module = {
      _type: 'Module',
      body: [{ _type: 'Assign', targets: [{ _type: 'Name', id: 'x', ctx: { _type: 'Store' }, ...pos }], value: e, type_comment: null, ...pos }],
      type_ignores: [],
    };
    expect(() => compileAst(tree, 'deep.py')).toThrow(CompileRecursionError);
  });
});
