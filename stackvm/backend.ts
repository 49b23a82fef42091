// Registers the stack VM with the pipeline (cli/pipeline.ts) as backend 'stack'.

import { EAGER_FEEDBACK_ALLOWED, callV8Native, setV8Flags } from '../cli/eager_feedback';
import { registerBackend, Backend, BackendRun, RunOptions, StaticCounters } from '../cli/pipeline';
import { CodeObject } from '../frontend/code';
import { PyDict } from '../runtime/dict';
import { StackVM, countingLoop } from './vm';
import { Frame, decode } from './frame';
import { evalFrame } from './eval';
import { newException, RecursionError } from '../runtime/exceptions';

/**
 * Run once before the first program (below; not when counting or tracing): the loop's paths that a
 * program typically takes for the first time at its very end, so that they have feedback
 * before TurboFan compiles the loop. Else the loop compiled during run 1 is deoptimised there
 * ('Insufficient type feedback'), run 2 starts interpreted, is OSR-compiled, and run 3 starts
 * with another compile (session 21): a range loop's exit (JUMP_BACKWARD__FOR_ITER's exhausted
 * branch), a list loop's exit, LOAD_CONST__LOAD_FAST (`print("x", n)`), a built-in called with
 * three arguments (`print("fib", n, fib(n))`: its argument array, of objects, so that the site's
 * elements kind is the programs'), LOAD_CONST__RETURN_VALUE, the fresh slot array of a long
 * loop (1100 iterations) and of a pooled frame used 256 times (pushFrame). Session 22 added
 * the paths still deoptimising the loop in runs 2-3 of the broad set: a list built with an
 * object element (BUILD_LIST's array then has generic elements from its first push: sieve's
 * `[True] * n` deopted 'wrong map' there), the quickened subscript forms on a list (raytrace),
 * a plain conditional jump on an int and on a list, int % and // of a negative operand, the
 * fused float pair with each first operator, pushFrame's stores of a pooled frame's func
 * (two closures of one code alternating) and globals (a nested recursive function, whose
 * frames pooled in the first pass hold that pass's globals: memoize's wrapper in closures).
 * Its own module globals; nothing is printed, imported or kept.
 */
const PRIMER = `
def _id(x):
    return x

def _mk(a):
    def g(b):
        return a + b
    return g

def _mkr():
    def r(k):
        if k:
            return r(k - 1)
        return 0
    return r

def _primer(n):
    t = _mkr()(2)
    k = -7
    t += k % 3 + k // 3
    u = [None, n]
    u = (n, None)
    d = [0, 1]
    for i in range(2):
        t += d[i] + d[0] + u[0]
        d[i] += 1
        if d[i]:
            t += 1
        if not d:
            t += 1
    g = _mk(1)
    h = _mk(2)
    t += g(1) + h(1) + g(1) + h(1)
    f = 1.5
    f = f + f * f
    f = f * (f + f)
    f = f - (f - f)
    for i in range(n):
        t += _id(i)
    for x in [n, n]:
        t += x
    u = max((1,), (n,), ())
    return None

_primer(_N)
`;

/** How many times the primer ran in this process (0 or 1; read by test/stackvm/primer.test.ts). */
export let primerRuns = 0;

/**
 * The first program run in a process allocates the feedback vectors of the functions it
 * compiles (the loop, the runtime helpers it inlines) at their first call instead of lazily.
 * With lazy allocation, the loop's first instructions (a module's imports, class bodies, the
 * calls of main()) and the helpers' first calls ran before their vectors existed, so the loop
 * TurboFan compiled later had no feedback there and deoptimised when a later run took those
 * paths ('Insufficient type feedback'), in the runs a benchmark process times (session 21).
 * Later runs and other processes keep V8's default. An explicit lazy-feedback-allocation flag
 * given to node is left alone.
 */
let eagerFeedbackRun = EAGER_FEEDBACK_ALLOWED;

/** Every code object reachable from `code` through co_consts (itself included). */
export function allCodeObjects(code: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(code);
  for (const c of code.co_consts) if (c instanceof CodeObject) allCodeObjects(c, out);
  return out;
}

export function stackStaticCounters(code: CodeObject): StaticCounters {
  let instructions = 0;
  let bytes = 0;
  const all = allCodeObjects(code);
  for (const c of all) {
    instructions += decode(c).instructionCount;
    bytes += c.co_code.length;
  }
  return { stack: { code_objects: all.length, instructions, bytes } };
}

/**
 * Has V8 compile the stack loop at the end of a process's first program, with that run's
 * feedback: %OptimizeFunctionOnNextCall, then one call that runs a module of one RETURN_VALUE
 * (a path every run takes). Otherwise the loop, OSR-compiled during run 1, was compiled at run
 * 2's entry, inside the first run a benchmark samples (fib 25: run 2 132 ms against run 3's 51;
 * session 27). The register VM does the same (regvm/backend.ts discardLoopCode).
 */
function compileLoopNow(vm: StackVM): void {
  try {
    callV8Native('OptimizeFunctionOnNextCall', evalFrame);
    const { compileSource } = require('../frontend/compile') as typeof import('../frontend/compile');
    const g = new PyDict();
    vm.depth = 1;
    evalFrame(vm, new Frame(compileSource('', '<loop compile>'), null, g, vm.interp.builtins, g), null);
  } catch {
    // Never the program's concern: V8 compiles the loop when it would have.
  }
}

export const stackBackend: Backend = {
  name: 'stack',
  createRun(opts: RunOptions): BackendRun {
    // The tracer, the counters (and the counting loop, StackVM) are required only by the runs
    // that use them, and 'v8' only by the eager-feedback run, which `pyvm run` never makes:
    // each costs start-up time (session 25).
    const vm = new StackVM(
      opts.trace !== undefined
        ? new (require('./tracer') as typeof import('./tracer')).StackTracer(opts.trace)
        : opts.counting
          ? new (require('./counters') as typeof import('./counters')).StackCounters()
          : null,
    );
    return {
      exec: vm,
      runModule(code: CodeObject, globals: PyDict): void {
        vm.interp = require('../runtime/interp').currentInterp();
        vm.depth = 1;
        if (vm.depth > vm.interp.recursionLimit) throw newException(RecursionError, 'maximum recursion depth exceeded');
        const f = new Frame(code, null, globals, vm.interp.builtins, globals);
        if (!eagerFeedbackRun) {
          (vm.counters === null ? evalFrame : countingLoop())(vm, f, null);
          return;
        }
        eagerFeedbackRun = false;
        setV8Flags('--no-lazy-feedback-allocation');
        try {
          if (vm.counters === null) {
            try {
              // Loaded here, as the pipeline loads them (a .pyc run may not need them otherwise).
              const { parse } = require('../frontend/parser') as typeof import('../frontend/parser');
              const { compileAst } = require('../frontend/compile') as typeof import('../frontend/compile');
              const code = compileAst(parse(PRIMER, '<primer>'), '<primer>', PRIMER);
              // Twice, each time in new globals, as a benchmark process runs its program: the
              // second pass calls functions whose pooled frames hold the first pass's globals.
              // Its loops are short (_N): the primer's calls count in the loop's call-site
              // feedback, which orders TurboFan's inlining (two long passes made the loop
              // inline pushFrame in generators instead of loadMethodCached and PyList: +5-10%).
              for (let k = 0; k < 2; k++) {
                const g = new PyDict();
                g.setStr('_N', k === 0 ? 1100 : 2);
                evalFrame(vm, new Frame(code, null, g, vm.interp.builtins, g), null);
              }
              primerRuns++;
            } catch {
              // Never the program's concern.
            }
            vm.depth = 1;
          }
          (vm.counters === null ? evalFrame : countingLoop())(vm, f, null);
        } finally {
          setV8Flags('--lazy-feedback-allocation');
        }
        if (vm.counters === null) compileLoopNow(vm);
      },
      counters() {
        return vm.counters === null ? null : { stack: vm.counters.toJSON() };
      },
    };
  },
  staticCounters(code: CodeObject): StaticCounters {
    return stackStaticCounters(code);
  },
};

registerBackend('stack', stackBackend);
