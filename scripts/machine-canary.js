#!/usr/bin/env node
// A canary for the host's slow phases: how fast this vCPU makes calls and returns (a recursive
// fib), one of the two things an interpreter leans on that the host's slow phases slow down.
//
// Why: on the AMD EPYC Firecracker host of sessions 24-25 a vCPU has slow phases (seconds to
// minutes) in which interpreters run 1.5-1.9x slower than in its normal phase: pyvm on both
// VMs, and CPython itself, while a plain arithmetic loop and cache-sized memory walks keep their
// speed; C kernels of calls and of a predictable switch dispatch slow by 1.4-1.6x in the same
// phases, this JavaScript fib by 1.4-1.7x. (A JavaScript switch kernel read erratically, 1.4 to
// 12 ns, in a process that had loaded pyvm, so it is not used.) (docs/performance/
// stackvm.md, "Bimodal processes, session 25 (B)"). A timing process that stays on a vCPU in
// such a phase sits at the slow level for all its runs, which is what made the report's
// processes bimodal. The canary's figure says which phase a run was made in, so a figure made
// in a slow phase can be recognised and set aside (scripts/time-evaluate.js --canary).
//
// The kernel is a function of its own (no pyvm code), so the type feedback and compiled
// code of the program being timed are not touched; a reading takes about 15 ms.
//
// Usage: node scripts/machine-canary.js [N]   prints N (default 1) lines "cpuK calls C": ns per call,
//          K the vCPU the process was on at the end of the reading.
//        Pin it to a vCPU to see that vCPU: `taskset -c 0 node scripts/machine-canary.js 3`.
'use strict';
const fs = require('fs');
const { performance } = require('perf_hooks');

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

// Eight short pieces (about 2 ms each), timed by the wall clock and the fastest
// kept: a piece that another process preempted, or that ran beside this process's own GC or
// compiler threads (which process.cpuUsage() would add in), is not the vCPU's speed. A slow
// phase lasts seconds, so it slows every piece.
const PIECES = 8;
const FIB_N = 27;
const FIB_CALLS = 635621; // calls made by fib(27): 2 * F(28) - 1

function nsPerOp(run, ops) {
  let best = Infinity;
  for (let i = 0; i < PIECES; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return (best * 1e6) / ops;
}

// Optimised before the first reading, when the module is loaded (before the program being
// timed loads anything): a reading must not include a compile.
for (let i = 0; i < 3000; i++) fib(10);
for (let i = 0; i < 5; i++) fib(20);

/** One canary reading of this vCPU: ns per call. */
function measure() {
  return { callNs: nsPerOp(() => fib(FIB_N), FIB_CALLS) };
}

/** The vCPU this process runs on now (Linux; -1 elsewhere). */
function currentCpu() {
  try {
    return Number(fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[36]);
  } catch {
    return -1;
  }
}

module.exports = { measure, currentCpu };

if (require.main === module) {
  const n = Number(process.argv[2] ?? 1);
  for (let i = 0; i < n; i++) {
    const m = measure();
    console.log(`cpu${currentCpu()} calls ${m.callNs.toFixed(2)}`);
  }
}
