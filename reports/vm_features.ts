// What one VM has and the other lacks, for the report's fairness section (issue 8: "anything
// one VM has that the other lacks is listed in the report with its effect, so a reader can
// tell the instruction-set effect from engineering effort"). The figures are the owners'
// measurements, with their commands, in docs/performance.md; this list is what the report
// quotes from it. Everything else in the runtime (calls into __init__ and generator frames
// inside the loop, attribute caches on shared-key dicts, small-int + - * % // inline in both
// loops and the other int/float fast paths of runtime/ops.ts, built-in method calls without re-slicing, a built-in method on exactly its own type called as its own 0-2-argument function (exact0-2: the stack VM's CALL since session 26, the register VM's CALL_METHOD and CALL_ATTR since session 27), exceptions leaving the loop
// without a JS throw) is shared by both VMs.

export interface VmFeature {
  /** Which VM has it. */
  vm: 'stack' | 'reg';
  /** 'instruction set': a property of the VM's instruction set; 'dispatch': engineering in one loop. */
  kind: 'instruction set' | 'dispatch';
  feature: string;
  effect: string;
}

export const VM_FEATURES: readonly VmFeature[] = [
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: "CPython 3.11's five superinstructions (LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST, LOAD_CONST__LOAD_FAST, STORE_FAST__LOAD_FAST, STORE_FAST__STORE_FAST), paired as CPython's quickening pairs them; counts unchanged",
    effect: 'fib 24: 82 -> 66 ms, sorting 3000: 89 -> 82 ms; others within noise',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: "PRECALL and the CALL after it in one dispatch (as 3.11's specialised PRECALL forms run the call); counts unchanged",
    effect: 'closures 40000: 82 -> 72 ms, fib 24: 71 -> 67, richards 10: 84 -> 80',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: 'session 4 quickenings, paired at decode like the two rows above (counts unchanged): COMPARE_OP + POP_JUMP_IF_FALSE/TRUE (CPython 3.11\'s COMPARE_OP_*_JUMP, here for any operands), LOAD_FAST/LOAD_CONST + RETURN_VALUE, LOAD_FAST + LOAD_ATTR, LOAD_FAST + LOAD_METHOD',
    effect: 'with the two rows below: call.py `f(i)` 324 -> 261 ms, richards 10: 64.0 -> 55.5, fib 25: 87.9 -> 83.5; the report\'s "plain stack" column times the stack VM with every quickening off',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: "a for loop's JUMP_BACKWARD runs the FOR_ITER it jumps to (range and list iterators) and the STORE_FAST after it: one dispatch per iteration instead of three (not an adjacent pair; the register VM's FOR_ITER_BACK is the instruction-set counterpart)",
    effect: 'loop.py (empty loop, 3e6): 43.5 -> 27.4 ms',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: 'a call inside the loop starts the new frame after its leading RESUME (a no-op here) when there is no cell prologue; counts unchanged',
    effect: 'part of call.py 324 -> 261 ms above',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: 'session 5 quickenings (counts unchanged): BINARY_OP + STORE_FAST in one dispatch; a Python function returning into a call statement steps over the caller\'s POP_TOP after the CALL (no dispatch for it)',
    effect: 'BINARY_OP + STORE_FAST: spectral_norm 80: 131.1 -> 115.7 ms, mandelbrot 100: 98.5 -> 89.7, fannkuch 8: 178.0 -> 162.6; POP_TOP after a call: deltablue 100: 66.6 -> 62.6 ms, fib 25: 85.0 -> 82.7 (CPU, best of 2x2 rounds)',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: "session 6 quickening (counts unchanged): a generator resumed by FOR_ITER starts after its yield statement's RESUME + POP_TOP (Q.RESUME__POP_TOP), and a loop's JUMP_BACKWARD that runs the FOR_ITER it jumps to resumes generators too",
    effect: '3-level generator pipeline 1e6: 202 -> 162 ms (register VM 120, CPython 119), generators 200000: 195 -> 180 (CPU)',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: "session 6 quickening (counts unchanged): a built-in call statement (`l.append(x)`, `print(...)`) drops its result inside the CALL, as a Python function's return into a call statement already did: no dispatch for the POP_TOP",
    effect: '`l.append(i)` loop 3e6: 252 -> 220 ms, `counts.get(w, 0)` statement 3e6: 384 -> 326 (CPU, best of 3 processes)',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: 'session 7 quickenings (counts unchanged): LOAD_FAST/LOAD_CONST + BINARY_OP and LOAD_FAST + LOAD_FAST/LOAD_CONST + BINARY_OP with the right operand read in place; LOAD_FAST + LOAD_ATTR + BINARY_OP (an attribute of a local as the right operand); LOAD_FAST + LOAD_METHOD + PRECALL 0 + CALL 0 (`x.m()` in one dispatch)',
    effect: 'BINARY_OP forms: mandelbrot 100: 96-126 -> 84-90 ms (4 processes); LOAD_ATTR + BINARY_OP: raytrace 30: 62.4-67.3 -> 59.6-62.4 (6 processes); `x.m()`: meth.py 250-309 -> 240-243, deltablue 500: 281-289 -> 260-274 (CPU, best per process)',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: "session 10 quickening (counts unchanged): a JUMP_FORWARD whose target is a RETURN_VALUE runs that return (`return a if c else b`), the run-time twin of the register translator's 'retjump' pass below, which removes the jump from the code instead",
    effect: 'deltablue 300: 160-164 -> 152-156 ms in three of four rounds of 3 processes, equal in the fourth; fib, richards, raytrace, binary_trees within noise (CPU, best per process)',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: 'session 14 quickenings (counts unchanged): `c[i] op= v` as two dispatches (COPY 2 + COPY 2 + BINARY_SUBSCR, SWAP 3 + SWAP 2 + STORE_SUBSCR, nothing copied or swapped); `obj.x = v` with obj a local (LOAD_FAST + STORE_ATTR, and LOAD_FAST/LOAD_CONST + LOAD_FAST + STORE_ATTR in one dispatch); `c[i]` with c a local and i a local or constant in one dispatch (LOAD_FAST + LOAD_FAST/LOAD_CONST + BINARY_SUBSCR), and `c[i] op= v`\'s read with it',
    effect: 'nbody 8000: 79.9-89.4 -> 69.5-73.7 ms, then 70.9-83.6 -> 66.9-72.1 (4 and 6 rounds); spectral_norm 100 67.0-75.5 -> 63.4-70.7; raytrace 40 47.0-56.9 -> 45.7-49.6; the rest of the broad set within noise (CPU, best of 5 per process); nbody dispatches -41%',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: 'session 15 quickenings (counts unchanged): `obj.x op= v` with obj a local (LOAD_FAST + COPY 1 + LOAD_ATTR in one dispatch, SWAP 2 + STORE_ATTR in one, nothing swapped); a call whose last argument is a local (LOAD_FAST + PRECALL + CALL in one dispatch: `s.add(c)`, `ord(ch)`)',
    effect: 'dispatches json_codec -9%, wordcount -5%, richards -4%, raytrace -3%; json_codec 60 220-234 -> 210-228 ms, json_codec 30 115-131 -> 115-118, fib 25 42-48 -> 40-46; the rest of the broad set within noise (CPU, best of 5 per process, 4-6 rounds at load 5-7)',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: 'session 19 quickening (counts unchanged): a BINARY_OP whose result is the right operand of the BINARY_OP right after it, both + - * (in place or not), on three exact floats computed in doubles with one float allocated (`dx * dx + dy * dy`, `v[0] -= dx * m`); otherwise each runs as its own instruction. The register VM\'s BINARY_OP2/BINARY_OP3 cover these and more (left chains, ints, /)',
    effect: 'nbody 8000: 49.1-50.3 -> 41.8-44.2 ms, `t = a * b + c * d` 1e6: 39.4-42.4 -> 32.2-33.6; mandelbrot (no such pair) and the rest of the broad set within noise (CPU, best of 5 per process, 3 rounds at load 10-16)',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: "session 21 warm-up (counts unchanged): the first program the stack VM runs in a process allocates V8 feedback vectors eagerly (lazy feedback allocation off for that run only: the loop and every runtime helper first compiled in it), so the loop's first instructions (imports, class bodies, main()'s calls) and the helpers' first calls record feedback and the loop compiled later is not deoptimised on them in the timed runs 2-3 of a process. The register VM's counterpart is narrower (its loop and four helpers, sessions 9 and 20: rows above and below); the same whole-run form measured level on it (R, session 21: best of runs 2-3 at full sizes, deltablue 6000 988-1098 -> 991-1079 ms, richards 500 796-860 -> 805-856, raytrace 220 834-916 -> 862-944, nbody 200000 1056-1129 -> 1110-1189) and was not applied then; session 25 applied it for binary_trees' deopt (the register rows below)",
    effect: 'best of runs 2-3 at full sizes (2 processes each): deltablue 6000 1436-1485 -> 1328-1363 ms, richards 500 1268-1429 -> 1136-1200, raytrace 220 1394-1399 -> 1332-1346, closures 792-810 -> 749-761, mandelbrot 1572-1748 -> 1499-1545; fib, nbody, json_codec, generators, spectral_norm level. Cost: the process\'s first run (untimed by the report) +0..+10% at full sizes, +10..+25% at a sixth of them (TurboFan compiles more of the loop); not done in a pyvm command-line process, which runs one program (6d7db09)',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: "session 21 warm-up, with the row above (counts unchanged; not in counting mode): before a process's first program the stack VM runs a 10-line primer program (stackvm/backend.ts PRIMER) through its loop, so that the paths programs first take at their very end (a range loop's and a list loop's exit, LOAD_CONST__LOAD_FAST, a built-in called with three arguments, LOAD_CONST__RETURN_VALUE, the fresh slot arrays) have feedback before the loop is compiled: the loop compiled during run 1 is no longer deoptimised at the program's end, so run 2 starts with a regular compile and run 3 runs it. The register VM has no primer",
    effect: 'best of runs 2-3 at a third of the full sizes (2 processes each, load 10-13): spectral_norm 116 156-166 -> 109-110 ms, mandelbrot 226 240-255 -> 188-200, nbody 66000 587-588 -> 505-525, fib 30 605-612 -> 561-563; json_codec, deltablue, richards, closures, generators level; raytrace 73 141-157 -> 145-156. At the full sizes: nbody 200000 1466-1505 -> 1355-1423, mandelbrot 680 1596-1630 -> 1529-1577, fib, spectral_norm, json_codec, generators, raytrace level, deltablue 6000 mixed (1222-1278 -> 1266-1311)',
  },
  {
    vm: 'stack',
    kind: 'dispatch',
    feature: "session 22 warm-up, with the two rows above (counts unchanged; not in counting mode): the primer also covers the paths that still deoptimised the loop in runs 2-3 (a list built with an object element, the quickened subscript forms, a plain conditional jump, int % and // of a negative operand, the fused float pair with each first operator, two closures of one code alternating, a nested recursive function) and runs twice in new globals (the second pass short), and pushFrame writes a pooled frame's globals and builtins together, so a program run again in the same process finds feedback for those stores: the loop compiled at run 2's entry is not deoptimised afterwards in any of 12 programs (closures, sieve and raytrace were). The register VM has no primer; its loop was not deoptimised after run 2's compile (R, session 21)",
    effect: 'best of runs 2-3 at a third of the full sizes (3 processes each, 3 sets): closures 500000 325-371 -> 271-300 ms, sieve 2000000 291-388 -> 249-367, spectral_norm 116 110-126 -> 107-110, generators 1000000 +0..+8% (4 sets), the other 8 of the broad set level; full sizes (2 processes each): sieve 6000000 1060-1191 -> 980-1074, closures 1500000 837-868 -> 816-847, binary_trees 14 1008-1116 -> 1000-1005, generators 3000000 level (1234-1375 -> 1273-1309)',
  },
  {
    vm: 'reg',
    kind: 'dispatch',
    feature: "session 7: the global cache's hit test (the same cache as the stack VM's) written in the loop at LOAD_GLOBAL, GLOBAL_BINARY_OP and CALL_GLOBAL, misses through a path V8 never inlines, so the helper no longer competes for the loop's full inlining budget; the same arrangement in the stack loop measured slower (fib 24: 53-60 -> 61-80 ms) and was not kept",
    effect: 'fib 25: 74.8-75.3 -> 67.1-73.3 ms, binary_trees 10: 82.2-86.9 -> 77.7-80.1, call.py: 182 -> 166-172 (CPU, best per process, 3-5 processes); others within noise',
  },
  {
    vm: 'reg',
    kind: 'dispatch',
    feature: "session 8: the attribute cache's monomorphic hit test (the same cache as the stack VM's, runtime/attrcache.ts) written in the loop at LOAD_ATTR, ATTR_JUMP, LOAD_METHOD and CALL_ATTR (str receivers too), misses calling the shared cache functions; frees the loop's inlining budget for other helpers. Not mirrored in the stack loop this session",
    effect: 'deltablue 300: 129-135 -> 116-121 ms, raytrace 30: 53.0-54.1 -> 51.0-51.6, wordcount -2 to -4%; richards, binary_trees, fib within noise (CPU, best per process, 4-8 processes)',
  },
  {
    vm: 'reg',
    kind: 'dispatch',
    feature: "session 9: the register loop is compiled with its V8 feedback vector allocated at once (lazy feedback allocation switched off around one dummy call at module load), so TurboFan's regular compile of the loop no longer deopts at its entry and leaves only OSR code (the 'slow process' mode). The same for the stack loop measured worse (fib 25 +22-40%, deltablue +4-7%, against collatz -13-16%, mandelbrot -10%) and was not kept",
    effect: 'nqueens 9: slow-mode processes (120-170 ms against 42-44) 0/38 against 12/48; richards 20: 81.0 -> 76.0 ms, mandelbrot 100: 59.6 -> 55.3, collatz 100000: 718 -> 685; fib 25 bimodal (6/10 processes 66.5-71.6 ms, 4/10 86-96); the rest within noise (CPU, best per process)',
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: 'operands are registers and constants (copy propagation, store sinking, dead-move elimination, jump threading)',
    effect: 'the instruction and code-size figures above; per pass in the ablation table',
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: 'compare-and-branch fusion (CMP_JUMP_IF_FALSE/TRUE, IS_JUMP, CONTAINS_JUMP): one dispatch for COMPARE_OP + POP_JUMP_IF',
    effect: "the 'fuse' pass in the ablation table",
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: 'CALL_ATTR: a method looked up and called in one instruction (LOAD_METHOD + CALL_METHOD; Dalvik\'s invoke-virtual), where nothing between lookup and call can raise or run code',
    effect: "the 'callattr' pass in the ablation table; with the four below (session 3, reg time, mid sizes): richards 0.88x, deltablue 0.85x, wordcount and raytrace 0.93x, exceptions 0.94x, others 0.95-1.01x",
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: 'CALL_GLOBAL: a global function looked up and called in one instruction (LOAD_GLOBAL + CALL), under the same exactness rule',
    effect: "the 'callglobal' pass in the ablation table (spectral_norm, wordcount, sorting, pidigits)",
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: 'a JUMP to a RETURN_VALUE replaced by that return, the MOVE before it folded into its operand (fewer instructions; the stack VM runs such a jump as a return since session 10, row above, but still counts it)',
    effect: "the 'retjump' pass in the ablation table (deltablue)",
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: "FOR_ITER_BACK: loop inversion (the loop's bottom JUMP back to FOR_ITER becomes a FOR_ITER that jumps to the body), one dispatch less per iteration",
    effect: "the 'loopinv' pass in the ablation table (every for loop)",
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: 'branch tails (session 17): a JUMP to a block of at most two straight-line instructions ending in a conditional jump is replaced by a copy of that block; nested loops jump back with FOR_ITER_BACK too (the jumps and loopinv passes)',
    effect: "dispatches collatz -5.8%, sorting, json_codec, wordcount, richards about -2%; time collatz -2..-4%, the rest within noise (R, session 17)",
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: 'ATTR_JUMP: an attribute load and the conditional jump on it in one instruction (`if t.pending:`, `while x.link is not None:`)',
    effect: "the 'attrjump' pass in the ablation table (richards -18% instructions, binary_trees -6%)",
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: 'GLOBAL_BINARY_OP: a superinstruction of two independent operations, LOAD_GLOBAL and the BINARY_OP after it (`f(n - 1)` where the lookup must precede the subtraction); it lowers the instruction count more than the time',
    effect: "the 'globalop' pass in the ablation table: fib -18% instructions, 25: 80.2 -> 78.4 ms; binary_trees 10: 110 -> 94 ms",
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: "dead temporaries cleared after calls (registers are not popped, so a finished call's operands would stay alive)",
    effect: 'memory: binary_trees 14 peak RSS 112.6 -> 104.0 MB; time neutral',
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: 'ATTR_BINARY_OP (session 11): two LOAD_ATTRs and the BINARY_OP of their results as one instruction (`self.x - other.x`); the stack VM has no counterpart',
    effect: "the 'attrop' pass in the ablation table: raytrace 120 -3..-6%, 220 -1..-5%; no other benchmark uses it",
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: 'BINARY_OP2 / BINARY_OP3 / OP_CMP_JUMP (session 12): two or three + - * / BINARY_OPs chained through temporaries, or a BINARY_OP and the compare-and-jump on its result, as one instruction computed in doubles with at most one float allocated (`dx * dx + dy * dy`, `2.0 * zr * zi + ci`, `zr2 + zi2 > 4.0`); int-looking chains (an int constant operand) are left to BINARY_OP; the stack VM has no counterpart',
    effect: "the 'binop2' pass in the ablation table: nbody 20000 147-167 -> 127-136 ms, mandelbrot 150 57-64 -> 44-47 (register VM, 4 processes each); instructions nbody 525k -> 381k, mandelbrot 201k -> 127k",
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: "SUBSCR_OP2_STORE (session 22, part of the 'binop2' pass): an augmented assignment to a subscript whose value is a BINARY_OP2 (`b[3] -= dx * cm`), i.e. BINARY_SUBSCR, BINARY_OP2 and STORE_SUBSCR through dead temporaries, as one instruction: on an exact list, an index in range and three exact floats with + - *, the list and the index are checked once and one float is stored straight into the list; otherwise the three steps as the separate instructions. The stack VM has no counterpart (its BINARY_OP__BINARY_OP float path covers the two operations only)",
    effect: 'register VM, best run after the first, alternated: nbody 200000 1294-1546 -> 1138-1352 ms (4 processes each), nbody 66000 368-419 -> 348-372 (6 each); instructions nbody 800 377k -> 281k; mandelbrot, generators at full size level; the rest of the broad set within noise',
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: "SUBSCR2_OP2_STORE (session 23, part of the 'binop2' pass): SUBSCR_OP2_STORE's form whose inner operation's right operand is a second subscript (`b[0] += dt * b[3]`), i.e. BINARY_SUBSCR, BINARY_SUBSCR, BINARY_OP2 and STORE_SUBSCR through dead temporaries, as one instruction: on exact lists, indexes in range and three exact floats with + - *, one float is computed and stored straight into the list; otherwise the four steps as the separate instructions, in their order. The stack VM has no counterpart",
    effect: 'register VM, best run after the first, alternated: nbody 66000 342-403 -> 318-338 ms (medians 356 -> 323, 6 processes each) and 335-370 -> 298-360 (351 -> 336); instructions nbody 800 281k -> 245k; raytrace, json_codec, deltablue, generators, fib level',
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: "ATTR_OP_STORE (session 23, part of the 'attrop' pass): an augmented assignment to an attribute with + or - (`self.pos += 1`, `o.n = o.n - k`), i.e. LOAD_ATTR, BINARY_OP and STORE_ATTR back to the same attribute through dead temporaries, as one instruction: on LOAD_ATTR's inline cache hit, two small ints and the store cache's hit, the sum is written back into the instance dict's slot with no register written; otherwise the three steps as the separate instructions. The stack VM has no counterpart",
    effect: 'register VM, best run after the first, alternated (2 rounds x 2 processes, reps 3): json_codec 170 381-426 -> 380-393 ms (medians 406 -> 384) and, in a second set of 6 processes each, 377-423 -> 361-402 (medians 405 -> 385); the rest of the broad set level or lower (richards 170 268-288 -> 261-284, 254-285 -> 261-293 in the second set); instructions json_codec 1 150k -> 135k; `c.count += 1` x 3 in a loop 0.54-0.55 -> 0.45 s',
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: "ISINSTANCE_GLOBAL (session 24, part of the 'callglobal' pass): `isinstance(v, T)` with T a global, i.e. LOAD_GLOBAL isinstance, LOAD_GLOBAL T and the CALL, as one instruction that does the two lookups in source order (so a program missing both names gets CPython's NameError) and then the call; when the callee found is the built-in isinstance and v's type is exactly T, True with no call, otherwise isinstance's fixed-arity entry (subclasses, tuples, __instancecheck__) or, for a rebound name, the runtime's call protocol. The stack VM has no counterpart",
    effect: 'register VM, best run after the first, alternated, load 10-13: json_codec 170 419-463 -> 393-434 ms (medians 430 -> 406, 7 processes each); a loop of four isinstance tests (10M iterations) 1.43-1.57 -> 1.08-1.14 s process CPU; raytrace, nbody, deltablue, fib, richards, spectral_norm, generators, closures, mandelbrot, wordcount level; instructions json_codec 1 135k -> 130k',
  },
  {
    vm: 'reg',
    kind: 'dispatch',
    feature: "session 14 quickening (counts unchanged): a BINARY_OP / ATTR_BINARY_OP site rewrites itself on its first run (in the frame's own copy of the words, by the loop's cold path) into BINARY_OP_DUNDER / ATTR_BINARY_OP_DUNDER when its operands are two instances of one class with a plain Python dunder (`v - w` on raytrace's Vectors); the dunder then runs as a frame of the register loop, without re-entering the eval loop from JavaScript. The stack VM runs such a dunder through the shared slot wrapper and a nested eval loop, as CPython 3.11 does",
    effect: 'raytrace 120 (register VM, best of 6 per process, 7 rounds) 350-407 -> 316-375 ms (-8..-15% per round), raytrace 220 1249-1413 -> 1094-1297; 300k `v - w` 86-87 -> 65-67 ms; the rest of the broad set within noise (mandelbrot 0..+5%, spectral_norm -5..-8%: compile effects)',
  },
  {
    vm: 'reg',
    kind: 'dispatch',
    feature: "session 20 warm-up (counts unchanged): the attribute caches' helpers the register loop inlines (loadAttrCached, loadMethodCached, storeAttrCached, argVector) get their V8 feedback vectors when the VM loads (dbcf9b9), so a later run's compile of the loop is not deoptimised at their calls ('Insufficient type feedback for call') and recompiled during the timed runs 2-3 of a process. The stack VM got the same probes and measured level: its loop showed no such deopt (docs/performance.md, A's session-20 section), so it does without them",
    effect: 'register VM, runs 2/3 of a process: deltablue 3000 542-769/467-719 -> 479-485/388-505 ms, nbody 100000 run 2 473-513 -> 452-484; the rest within noise; steady state (best of 6) within noise',
  },
  {
    vm: 'reg',
    kind: 'dispatch',
    feature: "session 25 warm-up (counts unchanged; not in counting or tracing mode, not in a pyvm command-line process): the first program the register VM runs in a process allocates V8 feedback vectors eagerly (lazy feedback allocation off for that run only), as the stack VM's session-21 row above does, so the runtime helpers the loop inlines record feedback from their first call: binary_trees' `if max_depth < min_depth + 2` (compareNumbers' `<`, once per run, before the helper had a vector) no longer deoptimises the loop compiled at run 2's entry, which had also made run 3 start with a compile. The whole-run form measured level on session 21's programs (which had no such deopt); no primer (a register primer removed the run-2 deopts of wordcount, sorting and pidigits but made nqueens 12 about 10% slower: docs/performance/regvm.md, session 25)",
    effect: 'register VM, best of runs 2-3 (the report\'s runs) at full sizes, one process per build alternated, load 7-12: binary_trees 14 918, 912, 823, 1367 -> 762, 1294, 734, 733 ms (medians 915 -> 748); nqueens 12 1761, 1580 -> 1600, 1684; deltablue 6000, raytrace 220, generators 3000000, richards 500, fib 32 level (2 processes each). Loop deopts after run 1 (--trace-deopt, a third of full sizes): binary_trees 1 -> 0',
  },
  {
    vm: 'reg',
    kind: 'dispatch',
    feature: "session 25 warm-up (counts unchanged): the translator gives a constant tuple's items array (and its nested constant tuples') V8's generic elements kind in place when it puts the tuple in the register template (translator/finalize.ts genericElements: the same tuple, array and values), so a constant tuple of small ints unpacked once per run (pidigits' `q, r, t, k, m, x = 1, 0, 1, 1, 3, 3`) no longer deoptimises the loop compiled at run 2's entry ('wrong map' at UNPACK_SEQUENCE's element loads: the keyed-load feedback keeps only the built tuples' more general kind), which had also made run 3 start with a compile. The stack VM's constants are not translated",
    effect: 'register VM, pidigits 5000, best of runs 2-3, one process per build alternated, load 13-14: 1147, 1090, 1117 -> 891, 1030, 1147 ms (medians 1117 -> 1030); loop deopts after run 1 1 -> 0',
  },
  {
    vm: 'reg',
    kind: 'dispatch',
    feature: "session 26 warm-up (counts unchanged; not in counting or tracing mode, not in a pyvm command-line process): after the first program a process runs, the register loop's optimised code is thrown away (regvm/backend.ts discardLoopCode: V8's %DeoptimizeFunction, native syntax allowed only while that one function is made). A program whose key functions re-enter the loop from the runtime (sorting, wordcount) had the loop compiled during run 1, before the paths main takes only at its end, and run 2 ran that code and was deoptimised there, so both runs the report samples paid a compile; now run 2 starts without it and run 3 runs clean code. The other 17 programs compile and deoptimise as before (--trace-opt, a third of full sizes). The stack VM's counterpart is its primer (rows above); a register primer cost nqueens 12 about 10-14% (sessions 25-26). Session 27: right after the discard the loop is compiled again (%OptimizeFunctionOnNextCall, then one call that runs an empty module: regular code with run 1's feedback), so run 2 enters optimised code instead of compiling the loop at its entry, as every program did (50-600 ms of CPU time in the first sampled run). That compile is not register-only: the stack VM's loop is compiled the same way at the end of its first program (stackvm/backend.ts compileLoopNow); only the discard is",
    effect: 'register VM, best of runs 2-3 at full sizes, one process per build alternated, 6 each, load 6-14: sorting 130000 1035, 1081, 1131, 1156, 1097, 1934 -> 1004, 992, 1177, 1067, 1026, 1097 ms (medians 1114 -> 1047); wordcount 900000 1247, 1305, 1397, 1403, 1472, 2254 -> 1250, 1371, 1214, 1348, 1329, 1285 (medians 1400 -> 1307). Loop deopts after run 1: sorting 1 -> 0, wordcount 1 -> 0; nqueens 12, deltablue 2000, json_codec 170, generators 1000000, binary_trees 12 level (2 processes each, load 13-17). Session 27 compile after run 1: loop compiles in runs 2-3 1 -> 0 in all 19 programs (sorting 2 -> 0), no deopts (--trace-opt, a third of full sizes); run 2 / run 3 CPU ms per process, one process per build alternated, load 9-16: raytrace 100 378/248, 416/246, 393/231 -> 234/232, 251/225, 394/384; binary_trees 13 418/306, 537/319, 618/364 -> 414/317, 311/347, 674/570; json_codec 170 898/811, 559/520, 491/469 -> 760/840, 417/519, 458/506; fib 25 (--trace-opt, one process) 120/66 -> 39/42',
  },
  {
    vm: 'reg',
    kind: 'instruction set',
    feature: "session 27: CALL_ATTR_BINARY_OP, a superinstruction of three dependent operations, LOAD_METHOD, the BINARY_OP that computes the call's one argument and the CALL_METHOD (nqueens' `diag1.add(row + col)`, part of the callattr pass): the lookup, the operation and the call in source order, each raising at its own position (CALL_ATTR cannot take it, since Python looks the method up before it evaluates the argument)",
    effect: 'nqueens 12 dynamic instructions 109.7M -> 94.3M (-14%); nqueens 10 (reg, best of runs 2-8 per process, one process per build alternated, load 7-10): 66, 64, 59, 69, 76, 74, 61, 67, 66, 84 -> 62, 59, 88, 66, 65, 84, 61, 63, 62, 60 ms (medians 66.5 -> 62.5); deltablue, richards, raytrace, fib, binary_trees level',
  },
];
