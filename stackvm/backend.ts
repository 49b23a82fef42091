// Registers the stack VM with the pipeline (cli/pipeline.ts) as backend 'stack'.

import { registerBackend, Backend, BackendRun, RunOptions, StaticCounters } from '../cli/pipeline';
import { CodeObject } from '../frontend/code';
import { PyDict } from '../runtime/dict';
import { StackVM } from './vm';
import { StackCounters } from './counters';
import { StackTracer } from './tracer';
import { Frame, decode } from './frame';
import { evalFrame } from './eval';
import { evalFrameCounting } from './eval_counting';
import { newException, RecursionError } from '../runtime/exceptions';
import * as v8 from 'v8';
import * as path from 'path';

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
let eagerFeedbackRun = !oneProgramProcess() && !(process.execArgv.join(' ') + ' ' + (process.env.NODE_OPTIONS ?? '')).includes('lazy-feedback-allocation');

/**
 * The pyvm command line (bin/pyvm, dist/cli/main.js) runs one program per process: the eager
 * run would only add compile time to it, and bin/pyvm's V8 code cache (cli/code_cache.ts)
 * rejects the modules first compiled during that run under the other flag, so a warm start
 * would recompile them and rewrite the cache every time (test/startup/code_cache.test.ts).
 */
function oneProgramProcess(): boolean {
  const main = require.main?.filename ?? '';
  return main.endsWith(`${path.sep}pyvm`) || main.endsWith(`${path.sep}cli${path.sep}main.js`);
}

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

export const stackBackend: Backend = {
  name: 'stack',
  createRun(opts: RunOptions): BackendRun {
    const vm = new StackVM(opts.trace !== undefined ? new StackTracer(opts.trace) : opts.counting ? new StackCounters() : null);
    return {
      exec: vm,
      runModule(code: CodeObject, globals: PyDict): void {
        vm.interp = require('../runtime/interp').currentInterp();
        vm.depth = 1;
        if (vm.depth > vm.interp.recursionLimit) throw newException(RecursionError, 'maximum recursion depth exceeded');
        const f = new Frame(code, null, globals, vm.interp.builtins, globals);
        if (!eagerFeedbackRun) {
          (vm.counters === null ? evalFrame : evalFrameCounting)(vm, f, null);
          return;
        }
        eagerFeedbackRun = false;
        v8.setFlagsFromString('--no-lazy-feedback-allocation');
        try {
          (vm.counters === null ? evalFrame : evalFrameCounting)(vm, f, null);
        } finally {
          v8.setFlagsFromString('--lazy-feedback-allocation');
        }
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
