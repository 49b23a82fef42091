// The differential fuzzer's driver: generate programs (gen.ts), run them on CPython (one
// python3 process for the whole batch: cpython_batch.py) and on pyvm's VMs in-process (the same
// code objects CPython compiled, through cli/pipeline.ts evaluate), and compare stdout and the
// final error line. A difference is shrunk to a minimal reproducer (chunks removed while the
// difference persists) and saved under test/fuzz/failures/.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { generateProgram } from './gen';
import type { CodeObject } from '../../frontend/code';
import type { VmKind, PreparedProgram } from '../../cli/pipeline';

export const FUZZ_DIR = __dirname.includes(`${path.sep}dist${path.sep}`)
  ? path.resolve(__dirname, '..', '..', '..', 'test', 'fuzz')
  : __dirname;

export interface CPythonResult {
  stdout: string;
  error: string;
  code: string;
}

export interface VmResult {
  stdout: string;
  error: string;
  status: number;
}

export interface Finding {
  seed: number;
  index: number;
  vm: VmKind;
  source: string;
  expected: { stdout: string; error: string };
  got: VmResult;
}

/** Runs sources on CPython 3.11 in one process. */
export function runCPython(sources: string[]): CPythonResult[] {
  const r = spawnSync('python3', [path.join(FUZZ_DIR, 'cpython_batch.py')], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`python3 batch failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as CPythonResult[];
}

// The VMs always run from the compiled tree (dist/), as `pyvm` does: under vitest this file is
// transformed from source, but the VMs must be the tsc output (const enums inlined), and the
// code objects must come from the same module instances as the pipeline that runs them.
const DIST = path.resolve(FUZZ_DIR, '..', '..', 'dist');
type Pipeline = typeof import('../../cli/pipeline');
type Marshal = typeof import('../../frontend/marshal');
let pipelineMod: Pipeline | null = null;
function pipeline(): Pipeline {
  if (pipelineMod === null) {
    // The runtime library registers builtins on import; load it when present.
    try {
      require(path.join(DIST, 'runtime', 'library.js'));
    } catch {
      /* not built yet */
    }
    pipelineMod = require(path.join(DIST, 'cli', 'pipeline.js')) as Pipeline;
  }
  return pipelineMod;
}
function loads(data: Uint8Array): unknown {
  return (require(path.join(DIST, 'frontend', 'marshal.js')) as Marshal).loads(data);
}

/** True when the backend can be loaded in this build. */
export function vmAvailable(vm: VmKind): boolean {
  try {
    pipeline().getBackend(vm);
    return true;
  } catch {
    return false;
  }
}

function lastLine(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 ? lines[lines.length - 1] : '';
}

/** Runs a CPython-compiled module code object on one of pyvm's VMs. */
export function runOnVm(vm: VmKind, code: CodeObject): VmResult {
  const p = pipeline();
  const prog: PreparedProgram = {
    path: 'fuzz.py',
    code,
    error: null,
    backendData: new Map(),
    stageTimesMs: { initialize: 0, runFile: 0, parse: 0, compile: 0, evalCode: 0, finalize: 0 },
  };
  let stdout = '';
  let stderr = '';
  let status: number;
  try {
    status = p.evaluate(prog, {
      vm,
      argv: ['fuzz.py'],
      stdin: '',
      write: (s, t) => {
        if (s === 'stdout') stdout += t;
        else stderr += t;
      },
    }).exitStatus;
  } catch (e) {
    status = 70;
    stderr += `pyvm internal error: ${e instanceof Error ? e.message : String(e)}\n`;
  }
  return { stdout, error: lastLine(stderr), status };
}

function decode(b64: string): CodeObject {
  return loads(new Uint8Array(Buffer.from(b64, 'base64'))) as CodeObject;
}

function differs(exp: CPythonResult, got: VmResult): boolean {
  return got.stdout !== exp.stdout || got.error !== exp.error;
}

/** Removes chunks while the VM still differs from CPython. */
export function shrink(chunks: string[], vm: VmKind): string[] {
  let cur = chunks.slice();
  let changed = true;
  while (changed && cur.length > 1) {
    changed = false;
    for (let i = 0; i < cur.length; i++) {
      const cand = cur.filter((_c, j) => j !== i);
      const [exp] = runCPython([cand.join('\n')]);
      const got = runOnVm(vm, decode(exp.code));
      if (differs(exp, got)) {
        cur = cand;
        changed = true;
        break;
      }
    }
  }
  return cur;
}

export interface BatchReport {
  programs: number;
  runs: number;
  findings: Finding[];
  vms: VmKind[];
}

/** Generates and checks programs [start, start+count) of `seed` on each available VM. */
export function runBatch(seed: number, start: number, count: number, opts: { save?: boolean; shrink?: boolean } = {}): BatchReport {
  const vms = (['stack', 'reg'] as VmKind[]).filter(vmAvailable);
  const chunks = Array.from({ length: count }, (_x, i) => generateProgram(seed, start + i));
  const sources = chunks.map((c) => c.join('\n'));
  const cp = runCPython(sources);
  const findings: Finding[] = [];
  let runs = 0;
  for (let i = 0; i < count; i++) {
    for (const vm of vms) {
      runs++;
      const got = runOnVm(vm, decode(cp[i].code));
      if (!differs(cp[i], got)) continue;
      let src = sources[i];
      let exp = { stdout: cp[i].stdout, error: cp[i].error };
      let g = got;
      if (opts.shrink !== false) {
        const small = shrink(chunks[i], vm);
        src = small.join('\n');
        const [e2] = runCPython([src]);
        exp = { stdout: e2.stdout, error: e2.error };
        g = runOnVm(vm, decode(e2.code));
      }
      const f: Finding = { seed, index: start + i, vm, source: src, expected: exp, got: g };
      findings.push(f);
      if (opts.save !== false) saveFinding(f);
    }
  }
  return { programs: count, runs, findings, vms };
}

export function saveFinding(f: Finding): void {
  const dir = path.join(FUZZ_DIR, 'failures');
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `seed${f.seed}-${f.index}-${f.vm}`);
  fs.writeFileSync(base + '.py', f.source + '\n');
  fs.writeFileSync(base + '.json', JSON.stringify({ vm: f.vm, expected: f.expected, got: f.got }, null, 1) + '\n');
}
