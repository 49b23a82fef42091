// One peer job in a child process (see peers.ts): loads the peer once, runs the program
// once to check its output against CPython's, then times repeated runs. The result
// (PeerWorkerResult) is the last stdout line, prefixed by PEER_MARKER.
//
// pyodide: the timing loop runs inside pyodide (PY_DRIVER: the program compiled once, exec()
// timed with time.perf_counter), exactly like the CPython driver. skulpt: each run is
// Sk.importMainWithBody, which includes skulpt's compilation to JavaScript (skulpt offers
// no public way to run an already compiled module again); the report says so.
// micropython_wasm (MicroPython's WebAssembly port): the program is compiled once with
// compile() inside MicroPython and each timed run is one exec() of it, timed from JavaScript
// around a single runPython call (its cost is a few microseconds).
// brython: made to run in a browser page, so the worker gives it the few globals it reads at
// load time (window, document, navigator, location) and a correct Set.prototype.difference
// (brython's own polyfill for engines without it has the wrong signature). It runs the same
// driver as pyodide, with brython's print as the channel; brython's compile() keeps the source,
// so each exec() includes brython's translation of the program to JavaScript, like skulpt.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import { PEER_MARKER, PeerJob, PeerWorkerResult } from './peers';
import { firstDifference } from './worker';
import { describeError } from './pipeline_api';
import { readStdin } from './child';

// The same measurement as cpython_driver.py, run inside a peer that implements enough of
// Python: the program compiled once, the warm-up runs (JOB_WARMUP_SIZE None: none), each
// exec() timed with time.perf_counter. It reads the JOB_* globals and `_new_buffer` (a factory of file-like objects with getvalue(), the peer's
// own way to collect stdout) and leaves its result, JSON text, in `_result`.
const PY_DRIVER = `
import json, sys, time
def _run(code, size):
    saved = sys.stdout
    buf = _new_buffer()
    sys.stdout = buf
    sys.argv = [JOB_PATH, str(size)]
    try:
        exec(code, {"__name__": "__main__", "__file__": JOB_PATH})
    finally:
        sys.stdout = saved
    return buf.getvalue()
_code = compile(JOB_SOURCE, JOB_PATH, "exec")
_out = _run(_code, JOB_SIZE)
_samples = []
if JOB_EXPECTED is None or _out == JOB_EXPECTED:
    if JOB_WARMUP_SIZE is not None:
        _t = time.perf_counter()
        for _i in range(JOB_WARMUP_RUNS):
            if time.perf_counter() - _t >= JOB_WARMUP_MAX_TIME:
                break
            _run(_code, JOB_WARMUP_SIZE)
    _t = time.perf_counter()
    while len(_samples) < JOB_MIN_SAMPLES or time.perf_counter() - _t < JOB_MAX_TIME:
        _t0 = time.perf_counter()
        _run(_code, JOB_SIZE)
        _samples.append(time.perf_counter() - _t0)
_result = json.dumps({"output": _out, "samples": _samples, "version": sys.version.split()[0]})
`;

interface DriverResult {
  output: string;
  samples: number[];
  version: string;
}

/** PY_DRIVER's result as the worker's: a mismatch with CPython's output, or the samples. */
function fromDriver(job: PeerJob, version: string, d: DriverResult): PeerWorkerResult {
  if (job.expectedOutput !== null && d.output !== job.expectedOutput) {
    return { status: 'mismatch', version, error: firstDifference(job.expectedOutput, d.output) };
  }
  return { status: 'ok', version, samplesS: d.samples };
}

/**
 * For peers timed from JavaScript: one run checked against CPython's output, the warm-up
 * runs, then runs timed until both the minimum number of samples and the time budget are
 * reached. `runOnce(size)` runs the program with that size argument and returns its stdout.
 */
async function checkThenTime(job: PeerJob, version: string, runOnce: (size: number) => string | Promise<string>): Promise<PeerWorkerResult> {
  const first = await runOnce(job.size);
  if (job.expectedOutput !== null && first !== job.expectedOutput) {
    return { status: 'mismatch', version, error: firstDifference(job.expectedOutput, first) };
  }
  if (job.warmup !== null) {
    const warmStart = performance.now();
    for (let i = 0; i < job.warmup.runs && performance.now() - warmStart < job.warmup.maxTimeS * 1000; i++) {
      await runOnce(job.warmup.size);
    }
  }
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < job.minSamples || performance.now() - start < job.maxTimeS * 1000) {
    const t0 = performance.now();
    await runOnce(job.size);
    samples.push((performance.now() - t0) / 1000);
  }
  return { status: 'ok', version, samplesS: samples };
}

function packageVersion(packageDir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
}

interface PyodideApi {
  globals: { set(name: string, v: unknown): void };
  runPython(code: string): unknown;
  version: string;
}

async function runPyodide(job: PeerJob, source: string): Promise<PeerWorkerResult> {
  const mod = require(job.packageDir) as { loadPyodide(o?: object): Promise<PyodideApi> };
  const py = await mod.loadPyodide();
  py.globals.set('JOB_PATH', job.path);
  py.globals.set('JOB_SIZE', job.size);
  py.globals.set('JOB_SOURCE', source);
  py.globals.set('JOB_EXPECTED', job.expectedOutput);
  py.globals.set('JOB_MAX_TIME', job.maxTimeS);
  py.globals.set('JOB_MIN_SAMPLES', job.minSamples);
  py.globals.set('JOB_WARMUP_SIZE', job.warmup?.size ?? null);
  py.globals.set('JOB_WARMUP_RUNS', job.warmup?.runs ?? 0);
  py.globals.set('JOB_WARMUP_MAX_TIME', job.warmup?.maxTimeS ?? 0);
  const d = JSON.parse(String(py.runPython('import io\n_new_buffer = io.StringIO\n' + PY_DRIVER + '\n_result'))) as DriverResult;
  return fromDriver(job, `${py.version} (CPython ${d.version})`, d);
}

interface SkulptApi {
  configure(o: object): void;
  importMainWithBody(name: string, dumpJS: boolean, body: string, canSuspend: boolean): unknown;
  misceval: { asyncToPromise(f: () => unknown): Promise<unknown> };
  python3: object;
  builtinFiles?: { files: Record<string, string> };
}

async function runSkulpt(job: PeerJob, source: string): Promise<PeerWorkerResult> {
  const Sk = require(job.packageDir) as SkulptApi;
  const version = packageVersion(job.packageDir);
  let out = '';
  // Configured again when the size changes (the warm-up's): sys.argv comes from sysargv.
  let configuredSize = -1;
  const configure = (size: number): void => {
    Sk.configure({
      output: (t: string) => (out += t),
      read: (f: string) => {
        const files = Sk.builtinFiles?.files;
        if (files === undefined || files[f] === undefined) throw new Error(`file not found: ${f}`);
        return files[f];
      },
      __future__: Sk.python3,
      execLimit: Infinity,
      sysargv: [job.path, String(size)],
    });
    configuredSize = size;
  };
  const runOnce = async (size: number): Promise<string> => {
    if (size !== configuredSize) configure(size);
    out = '';
    await Sk.misceval.asyncToPromise(() => Sk.importMainWithBody('<stdin>', false, source, true));
    return out;
  };
  return checkThenTime(job, version, runOnce);
}

interface MicroPythonApi {
  runPython(code: string): unknown;
  globals: { set(name: string, v: unknown): void };
}

async function runMicroPython(job: PeerJob, source: string): Promise<PeerWorkerResult> {
  const entry = pathToFileURL(path.join(job.packageDir, 'micropython.mjs')).href;
  const mod = (await import(entry)) as { loadMicroPython(o: object): Promise<MicroPythonApi> };
  const pkgVersion = packageVersion(job.packageDir);
  const decoder = new TextDecoder();
  let out = '';
  // Unbuffered stdout hands over raw UTF-8 bytes in chunks; decode them as a stream.
  const mp = await mod.loadMicroPython({ stdout: (b: Uint8Array) => (out += decoder.decode(b, { stream: true })), linebuffer: false });
  mp.globals.set('JOB_SOURCE', source);
  mp.globals.set('JOB_PATH', job.path);
  mp.runPython(
    [
      'import sys',
      "_code = compile(JOB_SOURCE, JOB_PATH, 'exec')",
      'def _run(size):',
      '    sys.argv.clear()',
      '    sys.argv.extend([JOB_PATH, size])',
      "    exec(_code, {'__name__': '__main__', '__file__': JOB_PATH})",
    ].join('\n'),
  );
  const version = `${pkgVersion} (MicroPython WebAssembly)`;
  const runOnce = (size: number): string => {
    out = '';
    mp.runPython(`_run(${JSON.stringify(String(size))})`);
    return out;
  };
  try {
    return await checkThenTime(job, version, runOnce);
  } catch (e) {
    // A PythonError's message is MicroPython's whole traceback: keep its exception line.
    const text = e instanceof Error ? e.message : String(e);
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return { status: 'error', version, error: (lines[lines.length - 1] ?? 'MicroPython raised an error').slice(0, 400) };
  }
}

const BRYTHON_MARKER = '@@BRYTHON-RESULT ';

// brython's io and os modules do not load outside a browser: PY_DRIVER collects output in a
// small file-like object instead, and the result goes out through print().
const BRYTHON_BUFFER = `
class _Buffer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return "".join(self.parts)
_new_buffer = _Buffer
`;

function installBrowserGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  g.window = globalThis;
  g.self = globalThis;
  g.document = {
    currentScript: { src: 'file:///brython.js' },
    readyState: 'complete',
    getElementsByTagName: () => [],
    querySelectorAll: () => [],
    createElement: () => ({}),
    addEventListener: () => undefined,
    dispatchEvent: () => true,
  };
  g.navigator = { userAgent: 'node', language: 'en' };
  g.location = { href: 'file:///main.py', origin: 'file://', pathname: '/main.py', protocol: 'file:' };
  g.addEventListener = () => undefined;
  const proto = Set.prototype as unknown as Record<string, unknown>;
  if (!('difference' in proto)) {
    Object.defineProperty(Set.prototype, 'difference', {
      value: function difference<T>(this: Set<T>, other: Set<T>): Set<T> {
        const out = new Set<T>();
        for (const x of this) if (!other.has(x)) out.add(x);
        return out;
      },
      writable: true,
      configurable: true,
    });
  }
}

async function runBrython(job: PeerJob, source: string): Promise<PeerWorkerResult> {
  installBrowserGlobals();
  const B = (require(path.join(job.packageDir, 'brython.js')) as { __BRYTHON__: { runPythonSource(src: string): unknown } }).__BRYTHON__;
  require(path.join(job.packageDir, 'brython_stdlib.js'));
  // The code brython generates refers to its runtime as the global `$B`.
  (globalThis as Record<string, unknown>).$B = B;
  const pkgVersion = packageVersion(job.packageDir);
  const lit = (v: unknown): string => (v === null ? 'None' : JSON.stringify(v));
  const prologue = [
    `JOB_PATH = ${lit(job.path)}`,
    `JOB_SIZE = ${lit(job.size)}`,
    `JOB_SOURCE = ${lit(source)}`,
    `JOB_EXPECTED = ${lit(job.expectedOutput)}`,
    `JOB_MAX_TIME = ${lit(job.maxTimeS)}`,
    `JOB_MIN_SAMPLES = ${lit(job.minSamples)}`,
    `JOB_WARMUP_SIZE = ${lit(job.warmup?.size ?? null)}`,
    `JOB_WARMUP_RUNS = ${lit(job.warmup?.runs ?? 0)}`,
    `JOB_WARMUP_MAX_TIME = ${lit(job.warmup?.maxTimeS ?? 0)}`,
  ].join('\n');
  // brython's print and its error reports go to console.log / console.error.
  const logged: string[] = [];
  const errors: string[] = [];
  const { log, error } = console;
  console.log = (...a: unknown[]) => void logged.push(a.map(String).join(' '));
  console.error = (...a: unknown[]) => void errors.push(a.map(String).join(' '));
  try {
    B.runPythonSource(`${prologue}\n${BRYTHON_BUFFER}\n${PY_DRIVER}\nprint(${JSON.stringify(BRYTHON_MARKER)} + _result)`);
  } catch (e) {
    errors.push(describeError(e));
  } finally {
    console.log = log;
    console.error = error;
  }
  const line = logged.find((l) => l.startsWith(BRYTHON_MARKER));
  if (line === undefined) {
    const why = errors.join('\n').split('\n').filter((l) => l.trim() !== '');
    return { status: 'error', version: pkgVersion, error: why.slice(-1)[0] ?? 'brython gave no result' };
  }
  const d = JSON.parse(line.slice(BRYTHON_MARKER.length)) as DriverResult;
  return fromDriver(job, `${pkgVersion} (Python ${d.version})`, d);
}

async function runPeerJob(job: PeerJob): Promise<PeerWorkerResult> {
  const source = fs.readFileSync(job.path, 'utf8');
  try {
    switch (job.peer) {
      case 'pyodide':
        return await runPyodide(job, source);
      case 'skulpt':
        return await runSkulpt(job, source);
      case 'micropython_wasm':
        return await runMicroPython(job, source);
      case 'brython':
        return await runBrython(job, source);
      default:
        return { status: 'error', error: `unknown peer ${job.peer}` };
    }
  } catch (e) {
    return { status: 'error', error: describeError(e) };
  }
}

if (require.main === module) {
  readStdin()
    .then((text) => runPeerJob(JSON.parse(text) as PeerJob))
    .then(
      (r) => {
        process.stdout.write('\n' + PEER_MARKER + JSON.stringify(r) + '\n');
        process.exit(0); // pyodide keeps handles open
      },
      (e: unknown) => {
        process.stdout.write('\n' + PEER_MARKER + JSON.stringify({ status: 'error', error: describeError(e) }) + '\n');
        process.exit(0);
      },
    );
}
