// The stack VM's dynamic counters (design.md: instructions total and per opcode, pushes,
// pops, peak stack depth) and the instruction tracer built on the same hook.
//
// Only the generated counting loop (eval_counting.ts) calls `count` (once per dispatched
// instruction) and `jumped` (when a conditional jump with a jump-dependent stack effect is
// taken). Pushes and pops come from the opcode table (frontend/opcode.ts stackPushes/
// stackPops), pre-computed per instruction (frame.ts ensureCountTables).
//
// RESUME, EXTENDED_ARG and a frame's prologue before its first RESUME (MAKE_CELL,
// COPY_FREE_VARS, RETURN_GENERATOR and the POP_TOP after it) are not counted: CPython's
// sys.settrace with f_trace_opcodes does not report them, and the totals are compared with that.

import { OPNAME, Op } from '../frontend/opcode';
import { Frame, ensureCountTables } from './frame';

const RESUME = Op.RESUME;
const EXTENDED_ARG = Op.EXTENDED_ARG;

export class StackCounters {
  instructions = 0;
  readonly byOpcode = new Float64Array(256);
  pushes = 0;
  pops = 0;
  maxStackDepth = 0;

  /** Called before each instruction executes, with the stack pointer before it. */
  count(f: Frame, pc: number, op: number, sp: number): void {
    if (op === RESUME || op === EXTENDED_ARG) return;
    const d = f.decoded;
    if (pc < d.firstResume) return;
    if (d.pushes === null) ensureCountTables(f.code, d);
    this.instructions++;
    this.byOpcode[op]++;
    this.pushes += d.pushes![pc];
    this.pops += d.pops![pc];
    const depth = sp - f.base;
    if (depth > this.maxStackDepth) this.maxStackDepth = depth;
  }

  /** A conditional jump was taken: correct its stack effect to the jump case. */
  jumped(f: Frame, pc: number): void {
    const d = f.decoded;
    if (pc < d.firstResume) return;
    this.pushes += d.jumpPushDelta![pc];
    this.pops += d.jumpPopDelta![pc];
  }

  /** The design.md JSON object. */
  toJSON(): { instructions: number; by_opcode: Record<string, number>; pushes: number; pops: number; max_stack_depth: number } {
    const by: Record<string, number> = {};
    for (let i = 0; i < 256; i++) if (this.byOpcode[i] > 0) by[OPNAME[i]] = this.byOpcode[i];
    return { instructions: this.instructions, by_opcode: by, pushes: this.pushes, pops: this.pops, max_stack_depth: this.maxStackDepth };
  }
}
