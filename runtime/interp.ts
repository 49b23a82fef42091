// The interpreter state (CPython's PyInterpreterState + PyThreadState, reduced to one thread):
// the builtins namespace, sys.modules, the recursion limit, the output streams, and the
// backend (stack VM or register VM) that runs Python code.
//
// One interpreter is "current" at a time (pipeline.evaluate makes a fresh one per run).
// Runtime code that must run Python code (a key function, a user __eq__, __init__) calls
// through `currentInterp().backend`, so it reaches whichever VM is executing.

import { PyObject, None } from './object';
import { PyType, KwArgs } from './type';
import { PyDict } from './dict';
import { PyFunction, PyModule, builtinsInDictOrder } from './function';
import { ensureBuiltinTypesFinalized } from './types';
import type { PyGenerator } from './generator';

/** What a VM provides to the runtime. */
export interface ExecBackend {
  readonly name: string;
  /** Calls a Python function from runtime code (re-entering the eval loop). */
  callFunction(f: PyFunction, args: PyObject[], kwargs: KwArgs): PyObject;
  /**
   * Runs a class body (the function __build_class__ receives) with `ns` as its locals
   * mapping; returns what the body returns (the __classcell__ cell, or None).
   */
  runClassBody(f: PyFunction, ns: PyDict): PyObject;
  /** The arguments of zero-argument super() in the innermost Python frame: [__class__, self]. */
  superArgs(): [PyType, PyObject];
  /** globals() of the innermost Python frame. */
  currentGlobals(): PyDict;
  /** locals() of the innermost Python frame (a dict snapshot for function frames). */
  currentLocals(): PyObject;
  /** The exception being handled (sys.exception(), sys.exc_info()[1]); None outside handlers. */
  currentException(): PyObject;
  /**
   * Runs a module-level code object (import of a .py module, exec()) in `globals`, with
   * `locals` as the LOAD_NAME/STORE_NAME mapping (default: globals).
   */
  runModuleCode(code: import('../frontend/code').CodeObject, globals: PyDict, locals?: PyObject): PyObject | void;
  /** Resumes a generator (see runtime/generator.ts). */
  resumeGenerator(gen: PyGenerator, value: PyObject, exc: import('./exceptions').PyException | null): PyObject;
  /** What a suspended generator delegates to with `yield from` / `await` (gi_yieldfrom, cr_await), or null. */
  delegateOf(gen: PyGenerator): PyObject | null;
}

export type StreamName = 'stdout' | 'stderr';

export interface InterpreterOptions {
  argv: string[];
  write: (stream: StreamName, text: string) => void;
  /** stdin's whole text, read lazily by the caller's function. */
  readStdin: () => string;
  backend: ExecBackend;
  /** Compiles a source file for import (set by the pipeline; null = imports of .py files unsupported). */
  compileFile: ((path: string) => import('../frontend/code').CodeObject) | null;
}

/** Built-in modules (math, time, sys extras ...): name -> factory. Registered by the runtime library. */
export const moduleRegistry: Map<string, (interp: Interpreter) => PyModule> = new Map();

/** Registers a built-in module, created on first import in each interpreter. */
export function registerModule(name: string, factory: (interp: Interpreter) => PyModule): void {
  moduleRegistry.set(name, factory);
}

export class Interpreter {
  readonly builtins: PyDict = new PyDict();
  readonly builtinsModule: PyModule;
  /** sys.modules */
  readonly modules: PyDict = new PyDict();
  readonly sys: PyModule;
  recursionLimit = 1000;
  /** Python frames currently active, as the register VM counts them (the stack VM keeps its own StackVM.depth); checked against recursionLimit. */
  depth = 0;
  argv: string[];
  backend: ExecBackend;
  readonly compileFile: InterpreterOptions['compileFile'];
  /** compile()/exec()/eval() of source text (set by the pipeline; null = unsupported). */
  compileSource: ((source: string, filename: string, mode: 'exec' | 'eval') => import('../frontend/code').CodeObject) | null = null;
  /** Compiles a built-in module written in Python (python_source.ts); the pipeline's goes through its compiled-module cache. Null: compileSource. */
  compileFrozen: ((source: string, filename: string) => import('../frontend/code').CodeObject) | null = null;
  private readonly rawWrite: InterpreterOptions['write'];
  private readonly readStdin: () => string;
  private stdinText: string | null = null;
  private stdinPos = 0;
  private outBuf: string[] = [];
  private outLen = 0;
  /**
   * Run at finalization, last registered first (atexit's functions, then io's flush of the
   * files a program left open): the pipeline's finalize calls runExitCallbacks before the
   * output is flushed. A callback reports its own errors.
   */
  readonly exitCallbacks: (() => void)[] = [];

  constructor(opts: InterpreterOptions) {
    ensureBuiltinTypesFinalized();
    this.argv = opts.argv;
    this.backend = opts.backend;
    this.rawWrite = opts.write;
    this.readStdin = opts.readStdin;
    this.compileFile = opts.compileFile;
    this.builtinsModule = new PyModule('builtins', this.builtins);
    this.builtinsModule.origin = 'built-in';
    this.builtins.setStr('__name__', 'builtins');
    this.builtins.setStr('__doc__', None);
    this.builtins.setStr('__package__', '');
    for (const [k, v] of builtinsInDictOrder()) this.builtins.setStr(k, v);
    this.modules.setStr('builtins', this.builtinsModule);
    this.sys = new PyModule('sys');
    this.sys.origin = 'built-in';
    this.sys.__dict__.setStr('__package__', '');
    this.modules.setStr('sys', this.sys);
  }

  /** Runs and empties exitCallbacks (Py_FinalizeEx's atexit and file-flush steps). */
  runExitCallbacks(): void {
    while (this.exitCallbacks.length > 0) this.exitCallbacks.pop()!();
  }

  /** Writes to stdout (buffered) or stderr (flushes stdout first, keeping the order). */
  write(stream: StreamName, text: string): void {
    if (stream === 'stdout') {
      this.outBuf.push(text);
      this.outLen += text.length;
      if (this.outLen > 1 << 16) this.flush();
    } else {
      this.flush();
      this.rawWrite('stderr', text);
    }
  }

  flush(): void {
    if (this.outLen === 0 && this.outBuf.length === 0) return;
    const s = this.outBuf.join('');
    this.outBuf = [];
    this.outLen = 0;
    if (s.length > 0) this.rawWrite('stdout', s);
  }

  /** One line of stdin without its newline, or null at EOF (input()). */
  readLine(): string | null {
    if (this.stdinText === null) this.stdinText = this.readStdin();
    const t = this.stdinText;
    if (this.stdinPos >= t.length) return null;
    let nl = t.indexOf('\n', this.stdinPos);
    if (nl < 0) nl = t.length;
    const line = t.slice(this.stdinPos, nl);
    this.stdinPos = nl + 1;
    return line;
  }

  /** The rest of stdin (sys.stdin.read()). */
  readAll(): string {
    if (this.stdinText === null) this.stdinText = this.readStdin();
    const s = this.stdinText.slice(this.stdinPos);
    this.stdinPos = this.stdinText.length;
    return s;
  }
}

let current: Interpreter | null = null;

/** The running interpreter. */
export function currentInterp(): Interpreter {
  if (current === null) throw new Error('pyvm: no interpreter is running');
  return current;
}

/** The running interpreter, or null outside a run (runtime code used on its own). */
/**
 * `__name__` of the running frame's globals (what CPython reads from PyEval_GetGlobals() to name
 * the module of a class made by type(), a namedtuple, a TypeVar), or undefined when there is no
 * frame and no __main__ yet (the backends' currentGlobals then has no dict to give).
 */
export function runningModuleName(): PyObject | undefined {
  let globals: PyDict;
  try {
    globals = currentInterp().backend.currentGlobals();
  } catch (e) {
    if (e instanceof TypeError) return undefined;
    throw e;
  }
  return globals.getStr('__name__');
}

export function currentInterpOrNull(): Interpreter | null {
  return current;
}

export function setCurrentInterp(i: Interpreter | null): void {
  current = i;
}
