// Whether this process may make its first program run with V8's eager feedback allocation,
// the warm-up both VMs' backends use (stackvm/backend.ts, regvm/backend.ts; docs/architecture.md
// on the stack VM's primer and the register VM's eager first run). Each backend keeps its own
// once-per-process flag; the condition and the flag switch are shared here.

import * as path from 'path';

/**
 * The pyvm command line (bin/pyvm, dist/cli/main.js) runs one program per process: there the
 * eager run would only add compile time, and the V8 code cache (cli/code_cache.ts) would reject
 * the modules first compiled under the other flag, so a warm start would recompile them and
 * rewrite the cache every time (test/startup/code_cache.test.ts).
 */
function oneProgramProcess(): boolean {
  const main = require.main?.filename ?? '';
  return main.endsWith(`${path.sep}pyvm`) || main.endsWith(`${path.sep}cli${path.sep}main.js`);
}

/** Whether node was started with a flag naming `flag` (its command line or NODE_OPTIONS), either sense. */
export function nodeFlagGiven(flag: string): boolean {
  return (process.execArgv.join(' ') + ' ' + (process.env.NODE_OPTIONS ?? '')).includes(flag);
}

/** Not a one-program process, and no explicit lazy-feedback-allocation flag given to node. */
export const EAGER_FEEDBACK_ALLOWED = !oneProgramProcess() && !nodeFlagGiven('lazy-feedback-allocation');

/** V8 flags set at run time; Node's 'v8' module is loaded on first use only (start-up, session 25). */
export function setV8Flags(flags: string): void {
  (require('v8') as typeof import('v8')).setFlagsFromString(flags);
}

/** The V8 runtime functions the backends' warm-up calls on their loops. */
type V8LoopNative = 'DeoptimizeFunction' | 'OptimizeFunctionOnNextCall';

/**
 * V8's `%NAME(f)`, through a function made while native syntax is allowed; the flag is off
 * again before anything else is parsed (left on when node was started with it, as a test's
 * child that calls %DebugPrint later is). Used once per process, after its first program.
 */
export function callV8Native(name: V8LoopNative, f: unknown): void {
  const given = nodeFlagGiven('allow-natives-syntax');
  try {
    if (!given) setV8Flags('--allow-natives-syntax');
    (new Function('f', `%${name}(f)`) as (f: unknown) => void)(f);
  } finally {
    if (!given) setV8Flags('--no-allow-natives-syntax');
  }
}
