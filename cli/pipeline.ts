// The pipeline of pyvm, stage by stage, named after CPython's own stages:
//
//   initialize   interpreter state: builtins, sys, __main__      (Py_Initialize)
//   runFile      read the source file                            (PyRun_SimpleFileExFlags)
//   parse        tokens -> AST                                   (_PyParser_ASTFromFile)
//   compile      AST -> code objects (CPython 3.11 bytecode)      (_PyAST_Compile)
//   evalCode     run the module code object on a backend          (PyEval_EvalCode)
//   finalize     flush output, tear down                          (Py_FinalizeEx)
//
// Backends (the stack VM, the register VM) plug in through `registerBackend`; the pipeline
// knows nothing of their internals. `prepare` does everything but evalCode (so a benchmark
// can time evalCode alone); `evaluate` makes a FRESH interpreter on each call.
//
// Everything here is synchronous. A user's mistake (missing file, SyntaxError, uncaught
// exception) is reported in CPython's words through opts.write, with exit status 1.

import * as fs from 'fs';
import * as path from 'path';
// Before any of pyvm's runtime runs: no allocation-site pretenuring in this process. V8
// counts, per JS array/object literal, how many of its objects survive a scavenge; a literal
// whose objects all survived one scavenge made while the young generation was at its largest
// is switched to "tenure" for good (its objects are then allocated in old space). A Python
// program's objects are made by a few literals of the runtime (an instance's attribute values
// array, runtime/dict.ts smallValues, is one literal for every instance of every class), so
// that one decision, taken from a moment's survival (a tree being built), applied to all of
// the program's later, short-lived objects: binary_trees 14 on the register VM then ran 12-35
// mark-compacts instead of 1 and took 1.5-2x as long, in `pyvm bench`'s workers and not in
// time-evaluate's processes, because where the scavenges fell depended on what the process
// had loaded before (benchmark.js). docs/performance.md "Heap and GC, session 13 (G)".
// bin/pyvm gives the flag on node's command line (its shebang), which spares `pyvm run`
// loading Node's 'v8' module (~4 ms of start-up, session 25); other hosts set it here.
if (!process.execArgv.includes('--no-allocation-site-pretenuring')) {
  (require('v8') as typeof import('v8')).setFlagsFromString('--no-allocation-site-pretenuring');
}
import { CodeObject } from '../frontend/code';
import { formatFrontendError } from '../frontend/syntaxerror';
import { decodeSourceBytes } from '../frontend/source_encoding';
import { compileWarningsReported } from '../frontend/compile_warnings';
import type { Module } from '../frontend/ast';
import * as rt from '../runtime/core';
import '../runtime/library';
import { exitStatusOf } from '../runtime/traceback';
import { compileChecked } from '../runtime/exec';
import { setupSys } from '../runtime/sys';
import { displayUncaught } from '../runtime/modules/sys_extras';

export type VmKind = 'stack' | 'reg';

export interface RunOptions {
  vm: VmKind;
  /** sys.argv; argv[0] is the script path. */
  argv?: string[];
  /** Output sink; default: the process streams. */
  write?: (stream: 'stdout' | 'stderr', text: string) => void;
  /** stdin's text; default: the process's stdin (read when the program first reads it). */
  stdin?: string;
  /** Collect counters (never in timed runs). */
  counting?: boolean;
  /** Translator passes for vm 'reg' (names defined by the translator). */
  passes?: string[];
  /** `pyvm trace`: receives one line (no newline) per executed instruction; implies counting. */
  trace?: (line: string) => void;
}

/** Counters of the stack VM (design.md's "stack" object). */
export interface StackCounters {
  instructions: number;
  by_opcode: Record<string, number>;
  pushes: number;
  pops: number;
  max_stack_depth: number;
}
/** Counters of the register VM (design.md's "reg" object). */
export interface RegCounters {
  instructions: number;
  by_opcode: Record<string, number>;
  reg_reads: number;
  reg_writes: number;
  moves: number;
  [extra: string]: number | Record<string, number>;
}
export interface StaticCounters {
  stack?: { code_objects: number; instructions: number; bytes: number };
  reg?: { code_objects: number; instructions: number; bytes: number; registers: number; [extra: string]: number };
}
/** The JSON shape of design.md (only the running backend's side is present). */
export interface Counters {
  program: string;
  stack?: StackCounters;
  reg?: RegCounters;
  static: StaticCounters;
}

export interface StageTimes {
  initialize: number;
  runFile: number;
  parse: number;
  compile: number;
  evalCode: number;
  finalize: number;
}

export interface RunOutcome {
  /** 0; 1 for an uncaught exception or SyntaxError; sys.exit's status. */
  exitStatus: number;
  counters: Counters | null;
  stageTimesMs: StageTimes;
}

/** A program ready to run: everything but evalCode. */
export interface PreparedProgram {
  path: string;
  /** The module code object, or null when loading failed (then `error` says why). */
  code: CodeObject | null;
  /** What to print (CPython's words) and the exit status, when the program cannot run. */
  error: { text: string; status: number } | null;
  /** Per-backend prepared data (e.g. register code), keyed by backend name. */
  backendData: Map<VmKind, unknown>;
  stageTimesMs: StageTimes;
}

/** What a backend gives the pipeline for one run. */
export interface BackendRun {
  /** The runtime's view of the backend (calls into Python, generators, super()...). */
  exec: rt.ExecBackend;
  /** Runs the module code object with `globals` as its namespace; Python exceptions propagate. */
  runModule(code: CodeObject, globals: rt.PyDict): void;
  /** The counters collected (counting mode), merged into the outcome's Counters. */
  counters(): Partial<Counters> | null;
}

/** A backend (stack VM, register VM). */
export interface Backend {
  readonly name: VmKind;
  /** Work done once per program before evalCode (e.g. translation); timed as part of `compile`. */
  prepare?(code: CodeObject, opts: RunOptions): unknown;
  /** Makes the backend for one run (one fresh interpreter). `prepared` is what prepare returned. */
  createRun(opts: RunOptions, prepared: unknown): BackendRun;
  /** Static code-size counters for `code` and its nested code objects. */
  staticCounters?(code: CodeObject, prepared: unknown): StaticCounters;
}

const backends = new Map<VmKind, Backend>();

/** Registers a backend under its name (the stack VM registers 'stack', the register VM 'reg'). */
export function registerBackend(name: VmKind, b: Backend): void {
  backends.set(name, b);
}

const BACKEND_MODULES: Record<VmKind, string> = { stack: '../stackvm/backend', reg: '../regvm/backend' };

/** The backend for `vm`, loading its module on first use. */
export function getBackend(vm: VmKind): Backend {
  let b = backends.get(vm);
  if (b === undefined) {
    require(BACKEND_MODULES[vm]);
    b = backends.get(vm);
    if (b === undefined) throw new Error(`pyvm: backend '${vm}' is not available in this build`);
  }
  return b;
}

function defaultWrite(stream: 'stdout' | 'stderr', text: string): void {
  fs.writeSync(stream === 'stdout' ? 1 : 2, text);
}

function readProcessStdin(): string {
  try {
    return fs.readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

function zeroTimes(): StageTimes {
  return { initialize: 0, runFile: 0, parse: 0, compile: 0, evalCode: 0, finalize: 0 };
}

// Milliseconds from a monotonic clock (only differences are used). Not performance.now(): the
// `performance` global loads Node's perf_hooks modules on first use (start-up, session 25).
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

// ---------------------------------------------------------------------------------------------
// Stages

/** runFile: reads the program's bytes (PyRun_SimpleFileExFlags opens the file). */
export function runFile(filePath: string): Uint8Array {
  return fs.readFileSync(filePath);
}

/** parse: source text -> AST (frontend/parser.ts). */
export function parse(source: string, filename: string): Module {
  const p = require('../frontend/parser') as typeof import('../frontend/parser');
  return p.parse(source, filename);
}

/** compile: AST -> module code object (frontend/compile.ts). */
export function compile(tree: Module, filename: string, source: string): CodeObject {
  if (process.env.PYVM_COMPILER === 'cpython') return compileWithCPython(source, filename);
  const c = require('../frontend/compile') as typeof import('../frontend/compile');
  // The source goes along so that compile-time SyntaxErrors carry their source line.
  return c.compileAst(tree, filename, source);
}

/**
 * A development aid while pyvm's compiler is being written: PYVM_COMPILER=cpython compiles
 * with the python3 on PATH (marshal), so the VMs can be tested on their own.
 */
function compileWithCPython(source: string, filename: string): CodeObject {
  const { spawnSync } = require('child_process') as typeof import('child_process');
  const r = spawnSync('python3', ['-c', 'import sys,marshal;src=sys.stdin.buffer.read();sys.stdout.buffer.write(marshal.dumps(compile(src,sys.argv[1],"exec",dont_inherit=True)))', filename], {
    input: source,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error('python3 could not compile: ' + r.stderr.toString());
  const m = require('../frontend/marshal') as typeof import('../frontend/marshal');
  return m.loads(new Uint8Array(r.stdout)) as CodeObject;
}

/** Loads a .pyc (marshal) file into its module code object. */
function loadPycFile(bytes: Uint8Array, filename: string): CodeObject {
  const m = require('../frontend/marshal') as typeof import('../frontend/marshal');
  return m.loadPyc(bytes, filename);
}

// cli/module_cache.ts loads on the first compile it serves (a hello world imports nothing).
const compileModuleCached: typeof import('./module_cache').compileModuleCached = (...args) =>
  (require('./module_cache') as typeof import('./module_cache')).compileModuleCached(...args);

/** Compiles a module's source for `import` (used by the runtime's import machinery). */
export function compileFileForImport(filePath: string): CodeObject {
  // Its errors are Python's (SyntaxError, RecursionError), raised where the import statement
  // is, as compile() raises them; they were pyvm internal errors.
  // Unchanged modules come from pyvm's compiled-module cache (cli/module_cache.ts).
  return compileChecked(() => {
    const bytes = runFile(filePath);
    return compileModuleCached(
      filePath,
      bytes,
      () => {
        const source = decodeSourceBytes(bytes, filePath);
        return compile(parse(source, filePath), filePath, source);
      },
      compileWarningsReported,
    );
  });
}

/** Compiles a built-in module's Python source (runtime/modules/python_source.ts), through the compiled-module cache. */
function compileFrozenModule(source: string, filename: string): CodeObject {
  return compileModuleCached(filename, Buffer.from(source, 'utf8'), () => compileForExec(source, filename, 'exec'), compileWarningsReported);
}

/** The name an eval-mode code object stores its value in (see compileForExec). */
export const EVAL_RESULT_NAME = '__pyvm_eval_result__';

/**
 * compile()/exec()/eval() of source text. Eval mode is compiled as the module
 * `__pyvm_eval_result__ = (expression)` (frontend/compile.ts compiles modules only); the
 * runtime reads the value back from the locals mapping (runtime/exec.ts).
 */
export function compileForExec(source: string, filename: string, mode: 'exec' | 'eval'): CodeObject {
  const cm = require('../frontend/compile') as { compileSourceMode?: (s: string, f: string, m: 'exec' | 'eval') => CodeObject };
  if (cm.compileSourceMode !== undefined) {
    const code = cm.compileSourceMode(source, filename, mode);
    if (mode === 'eval') code.derived.set('evalMode', 'returns');
    return code;
  }
  if (mode === 'exec') return compile(parse(source, filename), filename, source);
  const p = require('../frontend/parser') as typeof import('../frontend/parser');
  const expr = p.parseExpression(source.replace(/^[ \t]+/, ''), filename);
  const pos = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
  const tree: Module = {
    _type: 'Module',
    body: [{ _type: 'Assign', targets: [{ _type: 'Name', id: EVAL_RESULT_NAME, ctx: { _type: 'Store' }, ...pos }], value: expr, type_comment: null, ...pos }],
    type_ignores: [],
  };
  const c = require('../frontend/compile') as { compileAst(tree: Module, filename: string): CodeObject };
  const code = c.compileAst(tree, filename);
  code.derived.set('evalMode', true);
  return code;
}

/** A compile-time error in CPython's words (SyntaxError, compiler RecursionError), or null. */
function frontendError(e: unknown): { text: string; status: number } | null {
  const text = formatFrontendError(e);
  return text === null ? null : { text, status: 1 };
}

/** Everything but evalCode: read, parse, compile (or load the .pyc), backend preparation. */
export function prepare(filePath: string, opts: RunOptions): PreparedProgram {
  const times = zeroTimes();
  const prog: PreparedProgram = { path: filePath, code: null, error: null, backendData: new Map(), stageTimesMs: times };
  let t0 = now();
  let bytes: Uint8Array;
  try {
    bytes = runFile(filePath);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EISDIR') {
      // CPython would run the directory's __main__.py; pyvm runs single files only, and
      // says what CPython says for a directory without one.
      prog.error = { text: `python3: can't find '__main__' module in '${filePath}'\n`, status: 1 };
      return prog;
    }
    prog.error = {
      text: `python3: can't open file '${path.resolve(filePath)}': [Errno ${err.errno !== undefined ? -err.errno : 2}] ${err.code === 'ENOENT' ? 'No such file or directory' : err.message}\n`,
      status: 2,
    };
    return prog;
  }
  times.runFile = now() - t0;
  if (filePath.endsWith('.pyc')) {
    t0 = now();
    try {
      prog.code = loadPycFile(bytes, filePath);
    } catch (e) {
      if (e instanceof Error && e.name === 'MarshalError') {
        prog.error = { text: `RuntimeError: ${e.message}\n`, status: 1 };
        return prog;
      }
      throw e;
    }
    times.compile = now() - t0;
  } else {
    try {
      const source = decodeSourceBytes(bytes, filePath);
      t0 = now();
      const tree = process.env.PYVM_COMPILER === 'cpython' ? (null as unknown as Module) : parse(source, filePath);
      times.parse = now() - t0;
      t0 = now();
      prog.code = compile(tree, filePath, source);
      times.compile = now() - t0;
    } catch (e) {
      const err = frontendError(e);
      if (err !== null) {
        prog.error = err;
        return prog;
      }
      throw e;
    }
  }
  const b = getBackend(opts.vm);
  if (b.prepare !== undefined) {
    t0 = now();
    prog.backendData.set(opts.vm, b.prepare(prog.code, opts));
    times.compile += now() - t0;
  }
  return prog;
}

/** initialize: a fresh interpreter with builtins, sys and __main__ (Py_Initialize). */
export function initialize(opts: RunOptions, filePath: string, backendRun: BackendRun): rt.Interpreter {
  const write = opts.write ?? defaultWrite;
  const interp = new rt.Interpreter({
    argv: opts.argv ?? [filePath],
    write,
    readStdin: () => (opts.stdin !== undefined ? opts.stdin : readProcessStdin()),
    backend: backendRun.exec,
    compileFile: compileFileForImport,
  });
  rt.setCurrentInterp(interp);
  interp.compileSource = compileForExec;
  interp.compileFrozen = compileFrozenModule;
  setupSys(interp, filePath);
  return interp;
}

/** evalCode: runs the module code as __main__; returns the exit status (PyEval_EvalCode + error printing). */
export function evalCode(interp: rt.Interpreter, backendRun: BackendRun, code: CodeObject, filePath: string): number {
  const main = new rt.PyModule('__main__');
  const g = main.__dict__;
  // The namespace CPython gives __main__, in its order (a program's `print(dir())` shows it):
  // module_init_dict's names, then add_main_module's, then the running file's (none for -c).
  // One difference: __loader__ is None, where CPython's is a SourceFileLoader; pyvm's loaders
  // are Python source (importlib.machinery), which would cost every run 20-30 ms to load.
  g.setStr('__package__', rt.None);
  g.setStr('__loader__', rt.None);
  g.setStr('__spec__', rt.None);
  g.setStr('__annotations__', new rt.PyDict());
  g.setStr('__builtins__', interp.builtinsModule);
  if (filePath !== '<string>') {
    g.setStr('__file__', filePath);
    g.setStr('__cached__', rt.None);
  }
  interp.modules.setStr('__main__', main);
  try {
    backendRun.runModule(code, g);
    return 0;
  } catch (e) {
    const exc = rt.fromJsError(e);
    const status = exitStatusOf(exc, interp);
    if (status !== null) return status;
    displayUncaught(interp, exc);
    // CPython ends by re-raising SIGINT on itself for an uncaught KeyboardInterrupt, which a
    // shell reports as 128 + 2; an exit status is the closest a Node process can come.
    return rt.typeOf(exc).isSubtypeOf(rt.KeyboardInterrupt) ? 130 : 1;
  }
}

/** finalize: runs the exit callbacks (atexit, open files' flush), flushes the output (Py_FinalizeEx). */
export function finalize(interp: rt.Interpreter): void {
  interp.runExitCallbacks();
  interp.flush();
  rt.setCurrentInterp(null);
}

/** Runs a prepared program in a fresh interpreter. */
export function evaluate(p: PreparedProgram, opts: RunOptions): RunOutcome {
  const times: StageTimes = { ...p.stageTimesMs };
  if (p.error !== null || p.code === null) {
    (opts.write ?? defaultWrite)('stderr', p.error?.text ?? 'pyvm: nothing to run\n');
    return { exitStatus: p.error?.status ?? 1, counters: null, stageTimesMs: times };
  }
  const backend = getBackend(opts.vm);
  const prepared = p.backendData.has(opts.vm) ? p.backendData.get(opts.vm) : backend.prepare?.(p.code, opts);
  let t0 = now();
  const run = backend.createRun(opts, prepared);
  const interp = initialize(opts, p.path, run);
  times.initialize = now() - t0;
  t0 = now();
  let status: number;
  try {
    status = evalCode(interp, run, p.code, p.path);
  } finally {
    times.evalCode = now() - t0;
    t0 = now();
    finalize(interp);
    times.finalize = now() - t0;
  }
  let counters: Counters | null = null;
  if (opts.counting) {
    counters = { program: p.path, static: {} };
    const c = run.counters();
    if (c !== null) Object.assign(counters, c);
    if (backend.staticCounters !== undefined) Object.assign(counters.static, backend.staticCounters(p.code, prepared));
  }
  return { exitStatus: status, counters, stageTimesMs: times };
}

/** Runs a .py or .pyc file. */
export function runPath(filePath: string, opts: RunOptions): RunOutcome {
  // As CPython 3.9+, the script's path is made absolute (co_filename, __file__, tracebacks);
  // sys.argv[0] keeps what the user typed.
  const p = prepare(path.resolve(filePath), { ...opts, argv: opts.argv ?? [filePath] });
  return evaluate(p, opts);
}

/** Runs source text as if it were the file `filename`. */
export function runSourceText(source: string, filename: string, opts: RunOptions): RunOutcome {
  const times = zeroTimes();
  const prog: PreparedProgram = { path: filename, code: null, error: null, backendData: new Map(), stageTimesMs: times };
  try {
    let t0 = now();
    const tree = process.env.PYVM_COMPILER === 'cpython' ? (null as unknown as Module) : parse(source, filename);
    times.parse = now() - t0;
    t0 = now();
    prog.code = compile(tree, filename, source);
    times.compile = now() - t0;
  } catch (e) {
    const err = frontendError(e);
    if (err === null) throw e;
    prog.error = err;
  }
  return evaluate(prog, opts);
}
