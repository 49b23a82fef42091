// Which registers a register instruction reads and writes: derived from the operand kinds of
// regvm/opcodes.ts plus the few implicit effects the table's letters cannot say (a register
// range written by UNPACK_EX, the free-variable slots of COPY_FREE_VARS, SWAP's two-way use).
// Used by dead-move elimination (liveness) and by the verifier (definite assignment).

import { R, OPERAND_KINDS } from '../regvm/opcodes';

export interface InstrShape {
  op: number;
  args: (number | number[])[];
}

/** Registers read. `unchecked` reads may see an unbound register (they check it themselves). */
export function readsOf(ins: InstrShape): { regs: number[]; unchecked: number[] } {
  const kinds = OPERAND_KINDS[ins.op];
  const regs: number[] = [];
  const unchecked: number[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i];
    const v = ins.args[i];
    if (k === 'r') regs.push(v as number);
    else if (k === 'o' && (v as number) >= 0) regs.push(v as number);
    else if (k === 'l') for (const r of v as number[]) regs.push(r);
  }
  switch (ins.op) {
    case R.LOAD_FAST_CHECK:
    case R.CHECK_BOUND:
      return { regs: [], unchecked: regs };
    case R.DELETE_FAST:
    case R.MAKE_CELL:
      unchecked.push(ins.args[0] as number);
      break;
    case R.SWAP:
      regs.push(ins.args[0] as number, ins.args[1] as number);
      break;
    case R.GLOBAL_BINARY_OP: {
      // Its LOAD_GLOBAL writes A before its BINARY_OP reads: a read of A sees that value.
      const g = ins.args[0] as number;
      return { regs: regs.filter((r) => r !== g), unchecked };
    }
    case R.CALL_ATTR_BINARY_OP: {
      // Its BINARY_OP writes D before the call reads its arguments: the call's read of D sees
      // that value. (regs: B, E, F, then the arguments; B and the operation's E, F are read
      // before the write.)
      const t = ins.args[3] as number;
      return { regs: regs.filter((r, i) => i < 3 || r !== t), unchecked };
    }
    default:
      break;
  }
  return { regs, unchecked };
}

/** Registers written (every path through the instruction that falls through or jumps). */
export function writesOf(ins: InstrShape, nlocalsplus: number): number[] {
  const kinds = OPERAND_KINDS[ins.op];
  const out: number[] = [];
  switch (ins.op) {
    case R.UNPACK_EX: {
      const c = ins.args[2] as number;
      const n = (c & 0xff) + (c >> 8) + 1;
      const a = ins.args[0] as number;
      for (let i = 0; i < n; i++) out.push(a + i);
      return out;
    }
    case R.COPY_FREE_VARS: {
      const n = ins.args[0] as number;
      for (let i = nlocalsplus - n; i < nlocalsplus; i++) out.push(i);
      return out;
    }
    case R.DELETE_FAST:
      return []; // leaves the register unbound: not a definite write
    default:
      break;
  }
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] === 'w') out.push(ins.args[i] as number);
    else if (kinds[i] === 'L') for (const r of ins.args[i] as number[]) out.push(r);
  }
  return out;
}

/** Word-count (list operand) helper: the jump target operand index, or -1. */
export function jumpOperandIndex(op: number): number {
  return OPERAND_KINDS[op].indexOf('j');
}
