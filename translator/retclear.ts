// RegCode.returnClear: how much of a frame's register file RETURN_VALUE clears.
//
// The register VM pools finished frames per code (regvm/vm.ts frameFor / recycle) and keeps
// this invariant: every register of a pooled frame below constStart is undefined (the pooled
// file equals the template). RETURN_VALUE used to restore it by clearing the whole range
// [0, constStart); 5.5-9% of deltablue's and raytrace's register-loop ticks (docs/performance.md,
// sessions 17 and 18). Most of that range is already undefined when a function returns: the
// stack registers are temporaries, and a call clears its dead temporary operands (DeadTemps,
// translator/finalize.ts) before it runs. This pass finds, for a code object, the registers that
// may hold a value at any of its RETURN_VALUEs, so that the return clears only [0, returnClear).
//
//   - Locals, cells and frees ([0, nlocalsplus)) are always cleared: a stale local would be seen
//     by locals() and by the checked reads (LOAD_FAST_CHECK's UnboundLocalError).
//   - Stack and scratch registers ([nlocalsplus, constStart)): a forward "may hold a value"
//     dataflow over the encoded words. An instruction adds the registers it writes (writesOf,
//     every operand of kind w / L and the implicit ranges) and a call with DeadTemps removes
//     those first (the VM clears them before it writes the call's result). An exception
//     handler's entry state is the union, over its protected range, of the state before each
//     instruction plus what that instruction writes (an instruction may have written part of
//     its results when it raises), plus the handler's lasti / exception registers.
//
// The result is a bound, not a list: returnClear = 1 + the highest register that may hold a
// value at a return (at least nlocalsplus). A frame that leaves by an exception is recycled
// with the whole range cleared (it can leave from any instruction).

import { decodeAt, OPERAND_KINDS, R, regOpcodeTable } from '../regvm/opcodes';
import { writesOf } from './effects';
import type { DeadTemps, RegHandler } from './regcode';

export function returnClearEnd(
  words: Int32Array,
  starts: Int32Array,
  handlers: readonly RegHandler[],
  inline: readonly unknown[],
  nl: number,
  constStart: number,
): number {
  const width = constStart - nl;
  const n = starts.length;
  if (width <= 0 || n === 0) return Math.min(nl, constStart);
  const indexOfPc = new Map<number, number>();
  for (let i = 0; i < n; i++) indexOfPc.set(starts[i], i);
  const inState: (Uint8Array | null)[] = new Array(n).fill(null);
  const handlerOf: number[][] = [];
  for (let i = 0; i < n; i++) handlerOf.push([]);
  handlers.forEach((h, hi) => {
    for (let i = indexOfPc.get(h.start) as number; i < n && starts[i] < h.end; i++) handlerOf[i].push(hi);
  });
  const work: number[] = [];
  const join = (i: number, s: Uint8Array): void => {
    const cur = inState[i];
    if (cur === null) {
      inState[i] = s.slice();
      work.push(i);
      return;
    }
    let changed = false;
    for (let r = 0; r < width; r++) {
      if (s[r] && !cur[r]) {
        cur[r] = 1;
        changed = true;
      }
    }
    if (changed) work.push(i);
  };
  const add = (s: Uint8Array, r: number): void => {
    if (r >= nl && r < constStart) s[r - nl] = 1;
  };
  join(0, new Uint8Array(width));
  while (work.length > 0) {
    const i = work.pop() as number;
    const d = decodeAt(words, starts[i]);
    const before = inState[i] as Uint8Array;
    const written = writesOf(d, nl);
    for (const hi of handlerOf[i]) {
      const h = handlers[hi];
      const hs = before.slice();
      for (const r of written) add(hs, r);
      add(hs, nl + h.depth);
      if (h.lasti) add(hs, nl + h.depth + 1);
      join(indexOfPc.get(h.target) as number, hs);
    }
    const s = before.slice();
    const dead = inline[starts[i] + 1];
    if (dead instanceof Int32Array) for (const r of dead as DeadTemps) if (r >= nl && r < constStart) s[r - nl] = 0;
    for (const r of written) add(s, r);
    const ji = OPERAND_KINDS[d.op].indexOf('j');
    if (ji >= 0) join(indexOfPc.get(d.args[ji] as number) as number, s);
    if (!regOpcodeTable[d.op].terminates && i + 1 < n) join(i + 1, s);
  }
  let end = nl;
  for (let i = 0; i < n; i++) {
    const s = inState[i];
    if (s === null || words[starts[i]] !== R.RETURN_VALUE) continue;
    for (let r = width - 1; r >= 0; r--) {
      if (s[r]) {
        if (nl + r + 1 > end) end = nl + r + 1;
        break;
      }
    }
  }
  return end;
}
