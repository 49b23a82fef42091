// The compiler identity harness: pyvm's compileSource against CPython 3.11's compile(),
// code object by code object, field by field, for every corpus file.
//
// Goldens: test/compiler/identity-golden/<path>.marshal = marshal.dumps(compile(src, path))
// written by `python3 scripts/gen-compile-golden.py` (rerun it when corpus files are added
// or changed; files without a golden, and goldens older than their source - per
// SOURCES.sha1 - are reported but not compared).
//
// Known differences: test/compiler/identity-known-differences.txt, one line per
// difference `<file> :: <code object> :: <field>  # <reason>`. The test fails on a
// difference not listed AND on a listed one that has gone (so the list stays exact).
// After improving the compiler, rewrite the list with
//     UPDATE_KNOWN_DIFFERENCES=1 npx vitest run test/compiler/identity.test.ts
// which keeps the reasons of entries still present and marks new ones "TODO: reason".
//
// Set IDENTITY_DETAILS=1 to print every difference with its detail (first differing
// instruction, values), e.g. `IDENTITY_DETAILS=1 npx vitest run test/compiler/identity.test.ts`.
import { describe, expect, it } from 'vitest';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { CodeObject } from '../../frontend/code';
import { compileSource } from '../../frontend/compile';
import { constRepr, getInstructions } from '../../frontend/dis';
import { decodeExceptionTable } from '../../frontend/exceptiontable';
import { decodeLocations, Position } from '../../frontend/linetable';
import { loads } from '../../frontend/marshal';
import { PyFloat, PyComplex, PyObject, PyTuple, PyFrozenSet } from '../../runtime/object';

const ROOT = path.resolve(__dirname, '..', '..');
const GOLDEN = path.join(__dirname, 'identity-golden');
const KNOWN = path.join(__dirname, 'identity-known-differences.txt');
// The corpus, as scripts/gen-compile-golden.py globs it: [folder, recursive].
const CORPUS_DIRS: [string, boolean][] = [
  ['test/corpus', true],
  ['test/conformance', true],
  ['benchmarks', false],
  ['test/dis/programs', false],
];

interface Diff {
  key: string; // `<file> :: <code object> :: <field>`
  detail: string;
}

function walk(dir: string, suffix: string, out: string[] = [], recursive = true): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (recursive) walk(p, suffix, out);
    } else if (e.name.endsWith(suffix)) out.push(p);
  }
  return out;
}

/** A constant's identity for comparison: type and value (floats by bits, so -0.0 != 0.0). */
function constKey(v: PyObject): string {
  if (v instanceof PyFloat) return `float:${Object.is(v.value, -0) ? '-0' : String(v.value)}`;
  if (v instanceof PyComplex) return `complex:${Object.is(v.real, -0) ? '-0' : v.real},${Object.is(v.imag, -0) ? '-0' : v.imag}`;
  if (v instanceof PyTuple) return `tuple(${v.items.map(constKey).join(',')})`;
  if (v instanceof PyFrozenSet) return `frozenset(${v.items.map(constKey).sort().join(',')})`;
  if (v instanceof CodeObject) return `code:${v.co_qualname}`;
  return `${typeof v}:${constRepr(v)}`;
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

function firstInstrDiff(want: CodeObject, got: CodeObject): string {
  const w = getInstructions(want);
  const g = getInstructions(got);
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    const a = w[i];
    const b = g[i];
    const fa = a ? `${a.opname} ${a.arg ?? ''} ${a.argrepr}`.trim() : '(end)';
    const fb = b ? `${b.opname} ${b.arg ?? ''} ${b.argrepr}`.trim() : '(end)';
    if (fa !== fb) return `instruction ${i} (offset ${a?.offset ?? b?.offset}): CPython ${fa} | pyvm ${fb}`;
  }
  return 'same instructions, different bytes';
}

/** The first instruction whose source position differs (positions as co_positions()). */
function firstLocationDiff(want: CodeObject, got: CodeObject): string {
  const pw = decodeLocations(want.co_linetable, want.co_firstlineno, want.co_code.length >> 1);
  const pg = decodeLocations(got.co_linetable, got.co_firstlineno, got.co_code.length >> 1);
  const show = (p: Position | undefined): string => (p ? `(${p.line}, ${p.endLine}, ${p.col}, ${p.endCol})` : '(none)');
  const gi = getInstructions(got);
  for (const ins of getInstructions(want)) {
    const a = show(pw[ins.offset >> 1]);
    const b = show(pg[ins.offset >> 1]);
    if (a !== b) {
      const other = gi.find((x) => x.offset === ins.offset);
      return `offset ${ins.offset} (CPython ${ins.opname}, pyvm ${other?.opname ?? '-'}): CPython ${a} | pyvm ${b}`;
    }
  }
  return `same positions per instruction, different encoding (CPython ${hex(want.co_linetable)} | pyvm ${hex(got.co_linetable)})`;
}

const SCALAR_FIELDS = [
  'co_argcount',
  'co_posonlyargcount',
  'co_kwonlyargcount',
  'co_stacksize',
  'co_flags',
  'co_firstlineno',
  'co_name',
  'co_qualname',
] as const;

function compareCode(file: string, want: CodeObject, got: CodeObject, where: string, out: Diff[]): void {
  const add = (field: string, detail: string): void => {
    out.push({ key: `${file} :: ${where} :: ${field}`, detail });
  };
  for (const f of SCALAR_FIELDS) {
    if (want[f] !== got[f]) add(f, `CPython ${JSON.stringify(want[f])} | pyvm ${JSON.stringify(got[f])}`);
  }
  if (hex(want.co_code) !== hex(got.co_code)) add('co_code', firstInstrDiff(want, got));
  const wc = want.co_consts.map(constKey);
  const gc = got.co_consts.map(constKey);
  if (wc.join('\u0000') !== gc.join('\u0000')) add('co_consts', `CPython [${wc.join(', ')}] | pyvm [${gc.join(', ')}]`);
  for (const [f, w, g] of [
    ['co_names', want.co_names, got.co_names],
    ['co_localsplusnames', want.co_localsplusnames, got.co_localsplusnames],
  ] as const) {
    if (w.join('\u0000') !== g.join('\u0000') || w.length !== g.length) add(f, `CPython ${JSON.stringify(w)} | pyvm ${JSON.stringify(g)}`);
  }
  if (hex(want.co_localspluskinds) !== hex(got.co_localspluskinds)) {
    add('co_localspluskinds', `CPython ${hex(want.co_localspluskinds)} | pyvm ${hex(got.co_localspluskinds)}`);
  }
  if (hex(want.co_linetable) !== hex(got.co_linetable)) add('co_linetable', firstLocationDiff(want, got));
  if (hex(want.co_exceptiontable) !== hex(got.co_exceptiontable)) {
    const fmt = (co: CodeObject): string[] =>
      decodeExceptionTable(co.co_exceptiontable).map((e) => `${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    const w = fmt(want);
    const g = fmt(got);
    const i = w.findIndex((x, k) => x !== g[k]);
    const k = i < 0 ? w.length : i;
    add('co_exceptiontable', `entry ${k}: CPython ${w[k] ?? '(none)'} | pyvm ${g[k] ?? '(none)'}`);
  }
  // Nested code objects, matched in co_consts order.
  const wn = want.co_consts.filter((c): c is CodeObject => c instanceof CodeObject);
  const gn = got.co_consts.filter((c): c is CodeObject => c instanceof CodeObject);
  const seen = new Map<string, number>();
  wn.forEach((w, i) => {
    const n = (seen.get(w.co_qualname) ?? 0) + 1;
    seen.set(w.co_qualname, n);
    const name = n > 1 ? `${w.co_qualname}#${n}` : w.co_qualname;
    if (i < gn.length) compareCode(file, w, gn[i], name, out);
    else add('code object', `missing nested code object ${name}`);
  });
  if (gn.length > wn.length) add('code object', `pyvm has ${gn.length - wn.length} extra nested code object(s)`);
}

function countCode(co: CodeObject): number {
  return 1 + co.co_consts.reduce<number>((n, c) => n + (c instanceof CodeObject ? countCode(c) : 0), 0);
}

function readKnown(): Map<string, string> {
  const m = new Map<string, string>();
  if (!fs.existsSync(KNOWN)) return m;
  for (const line of fs.readFileSync(KNOWN, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const i = line.indexOf('  # ');
    m.set((i >= 0 ? line.slice(0, i) : line).trim(), i >= 0 ? line.slice(i + 4).trim() : '');
  }
  return m;
}

const HEADER = `# Known differences between pyvm's compileSource and CPython 3.11's compile(), one per line:
#   <file> :: <code object> :: <field>  # <reason>
# Checked by test/compiler/identity.test.ts (fails on unlisted differences and on listed ones
# that have gone). Rewrite with: UPDATE_KNOWN_DIFFERENCES=1 npx vitest run test/compiler/identity.test.ts
# (reasons of surviving entries are kept; new entries get "TODO: reason" - replace it).
`;

describe('compiler identity with CPython 3.11', () => {
  it('every difference from compile() is a known difference', () => {
    const goldens = walk(GOLDEN, '.marshal').sort();
    expect(goldens.length).toBeGreaterThan(20);
    const diffs: Diff[] = [];
    let codeTotal = 0;
    let codeSame = 0;
    let filesSame = 0;
    const stale: string[] = [];
    const changed: string[] = [];
    const recorded = new Map<string, string>();
    const hashFile = path.join(GOLDEN, 'SOURCES.sha1');
    if (fs.existsSync(hashFile)) {
      for (const line of fs.readFileSync(hashFile, 'utf8').split('\n')) {
        const m = /^([0-9a-f]{40}) {2}(.+)$/.exec(line);
        if (m) recorded.set(m[2], m[1]);
      }
    }
    for (const g of goldens) {
      const rel = path.relative(GOLDEN, g).slice(0, -'.marshal'.length);
      const src = path.join(ROOT, rel);
      if (!fs.existsSync(src)) {
        stale.push(rel);
        continue;
      }
      // A source edited since the goldens were made: not the compiler's difference.
      const sha = createHash('sha1').update(fs.readFileSync(src)).digest('hex');
      if (recorded.get(rel) !== sha) {
        changed.push(rel);
        continue;
      }
      const want = loads(new Uint8Array(fs.readFileSync(g))) as CodeObject;
      const n = countCode(want);
      codeTotal += n;
      let got: CodeObject;
      try {
        got = compileSource(fs.readFileSync(src, 'utf8'), rel);
      } catch (e) {
        diffs.push({ key: `${rel} :: <module> :: compile`, detail: `throws ${e instanceof Error ? e.message : String(e)}` });
        continue;
      }
      const mine: Diff[] = [];
      compareCode(rel, want, got, '<module>', mine);
      const badCode = new Set(mine.map((d) => d.key.split(' :: ')[1])).size;
      codeSame += n - Math.min(n, badCode);
      if (mine.length === 0) filesSame++;
      diffs.push(...mine);
    }
    const skipFile = path.join(GOLDEN, 'SKIPPED.txt');
    const skipped = new Set(
      fs.existsSync(skipFile) ? fs.readFileSync(skipFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : [],
    );
    const missing = CORPUS_DIRS.flatMap(([d, rec]) => walk(path.join(ROOT, d), '.py', [], rec))
      .map((p) => path.relative(ROOT, p))
      .filter((rel) => !skipped.has(rel) && !fs.existsSync(path.join(GOLDEN, rel + '.marshal')));
    const nFiles = goldens.length - stale.length - changed.length;
    const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '0.0');
    console.log(
      `compiler identity: ${filesSame}/${nFiles} files (${pct(filesSame, nFiles)}%) and ` +
        `${codeSame}/${codeTotal} code objects (${pct(codeSame, codeTotal)}%) identical to CPython 3.11; ` +
        `${diffs.length} field differences` +
        (missing.length ? `; ${missing.length} corpus files have no golden yet` : '') +
        (changed.length ? `; ${changed.length} goldens are older than their source (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', ...' : ''})` : '') +
        (missing.length || changed.length ? ' - run python3 scripts/gen-compile-golden.py' : ''),
    );
    if (process.env.IDENTITY_DETAILS === '1') for (const d of diffs) console.log(`${d.key}\n    ${d.detail}`);

    const known = readKnown();
    const keys = new Set(diffs.map((d) => d.key));
    if (process.env.UPDATE_KNOWN_DIFFERENCES === '1') {
      const lines = [...keys].sort().map((k) => `${k}  # ${known.get(k) || 'TODO: reason'}`);
      fs.writeFileSync(KNOWN, HEADER + lines.join('\n') + (lines.length ? '\n' : ''));
      return;
    }
    const unlisted = diffs.filter((d) => !known.has(d.key)).map((d) => `${d.key}\n    ${d.detail}`);
    const gone = [...known.keys()].filter((k) => !keys.has(k));
    expect(nFiles, 'almost all goldens are stale: rerun python3 scripts/gen-compile-golden.py').toBeGreaterThan(goldens.length / 2);
    expect(stale, 'goldens without a source file: rerun python3 scripts/gen-compile-golden.py').toEqual([]);
    expect(unlisted.slice(0, 40).join('\n'), `${unlisted.length} unlisted differences`).toBe('');
    expect(gone.slice(0, 40).join('\n'), `${gone.length} listed differences are gone (fixed?): update the list`).toBe('');
  });
});
