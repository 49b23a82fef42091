// Translator stage 5: the verifier, run on every translated code object before it can run.
//
// Checks, on the encoded words (so it checks what the VM will execute, not the translator's
// intentions):
//   - the words decode into whole instructions with known opcodes;
//   - every operand is in range: registers < nregs, constant registers never written,
//     co_consts / co_names indices valid, jump targets on instruction starts;
//   - the exception table: ranges on instruction boundaries, non-empty, handler targets on
//     instruction starts, the handler's depth registers inside the register file;
//   - every register is written before it is read on every path (a forward "must" dataflow:
//     arguments and constant registers are written on entry; a handler starts with what is
//     written before every instruction of its range, plus the lasti/exception registers).
//     LOAD_FAST_CHECK, CHECK_BOUND, DELETE_FAST and MAKE_CELL may read an unbound register:
//     they check it (or, for MAKE_CELL, wrap it) themselves.
// A failure is a translator bug: VerifyError names the code object and the word index.

import { CO_VARARGS, CO_VARKEYWORDS, CO_FAST_LOCAL } from '../frontend/code';
import { regOpcodeTable, OPERAND_KINDS, decodeAt, DecodedRegInstr, R, isCallOp, callKwIndex } from '../regvm/opcodes';
import { RegCode } from './regcode';
import { readsOf, writesOf } from './effects';

export class VerifyError extends Error {
  constructor(rc: RegCode, pc: number, msg: string) {
    super(`register code of ${rc.code.co_qualname} fails verification at word ${pc}: ${msg}`);
    this.name = 'VerifyError';
  }
}

export function verify(rc: RegCode): void {
  const w = rc.words;
  const code = rc.code;
  const nregs = rc.nregs;
  const constBase = rc.template.findIndex((v) => v !== undefined);
  const firstConst = constBase < 0 ? nregs : constBase;
  const instrs: DecodedRegInstr[] = [];
  const isStart = new Uint8Array(w.length + 1);
  let pc = 0;
  while (pc < w.length) {
    if (w[pc] < 0 || w[pc] >= regOpcodeTable.length) throw new VerifyError(rc, pc, `unknown opcode ${w[pc]}`);
    const d = decodeAt(w, pc);
    if (pc + d.length > w.length) throw new VerifyError(rc, pc, 'instruction runs past the end');
    isStart[pc] = 1;
    instrs.push(d);
    pc += d.length;
  }
  const indexOfPc = new Map<number, number>();
  instrs.forEach((d, i) => indexOfPc.set(d.pc, i));
  const reg = (d: DecodedRegInstr, r: number, what: string): void => {
    if (!(Number.isInteger(r) && r >= 0 && r < nregs)) throw new VerifyError(rc, d.pc, `${what} register ${r} out of range`);
  };
  for (const d of instrs) {
    const kinds = OPERAND_KINDS[d.op];
    const name = regOpcodeTable[d.op].name;
    kinds.forEach((k, i) => {
      const v = d.args[i];
      switch (k) {
        case 'w':
          reg(d, v as number, name);
          if ((v as number) >= firstConst) throw new VerifyError(rc, d.pc, `${name} writes constant register ${v}`);
          break;
        case 'r':
          reg(d, v as number, name);
          break;
        case 'o':
          if (v !== -1) reg(d, v as number, name);
          break;
        case 'l':
          for (const r of v as number[]) reg(d, r, name);
          break;
        case 'L':
          for (const r of v as number[]) {
            reg(d, r, name);
            if (r >= firstConst) throw new VerifyError(rc, d.pc, `${name} writes constant register ${r}`);
          }
          break;
        case 'k':
          if ((v as number) < -1 || (v as number) >= code.co_consts.length) throw new VerifyError(rc, d.pc, `constant ${v} out of range`);
          break;
        case 'n':
          if ((v as number) < 0 || (v as number) >= code.co_names.length) throw new VerifyError(rc, d.pc, `name ${v} out of range`);
          break;
        case 'j':
          if (!isStart[v as number] || (v as number) >= w.length) throw new VerifyError(rc, d.pc, `jump to ${v}, not an instruction`);
          break;
        case 'i':
          break;
        default: {
          const never: never = k;
          throw new VerifyError(rc, d.pc, `bad operand kind ${String(never)}`);
        }
      }
    });
    for (const r of writesOf(d, rc.nlocalsplus)) {
      reg(d, r, name);
      if (r >= firstConst) throw new VerifyError(rc, d.pc, `${name} writes constant register ${r}`);
    }
    if (isCallOp(d.op) && d.args[callKwIndex(d.op)] !== -1) {
      const kw = d.args[callKwIndex(d.op)] as number;
      if (kw < 0 || kw >= code.co_consts.length) throw new VerifyError(rc, d.pc, `keyword names constant ${kw} out of range`);
    }
  }
  if (instrs.length > 0) {
    const last = regOpcodeTable[instrs[instrs.length - 1].op];
    if (!last.terminates) throw new VerifyError(rc, instrs[instrs.length - 1].pc, 'control falls off the end');
  }
  for (const h of rc.handlers) {
    if (!(h.start < h.end && isStart[h.start] && (h.end === w.length || isStart[h.end])))
      throw new VerifyError(rc, h.start, `bad protected range [${h.start}, ${h.end})`);
    if (!isStart[h.target] || h.target >= w.length) throw new VerifyError(rc, h.start, `handler target ${h.target} is not an instruction`);
    if (rc.nlocalsplus + h.depth + (h.lasti ? 1 : 0) >= nregs) throw new VerifyError(rc, h.start, 'handler depth outside the register file');
  }

  // Definite assignment.
  const n = instrs.length;
  if (n === 0) return;
  const entry = new Uint8Array(nregs);
  let nargs = code.co_argcount + code.co_kwonlyargcount;
  if (code.co_flags & CO_VARARGS) nargs++;
  if (code.co_flags & CO_VARKEYWORDS) nargs++;
  for (let i = 0; i < Math.min(nargs, rc.nlocalsplus); i++) if (code.co_localspluskinds[i] & CO_FAST_LOCAL) entry[i] = 1;
  for (let r = firstConst; r < nregs; r++) entry[r] = 1;
  const inState: (Uint8Array | null)[] = new Array(n).fill(null);
  const handlerOfInstr = new Int32Array(n).fill(-1);
  rc.handlers.forEach((h, hi) => {
    for (let i = indexOfPc.get(h.start) as number; i < n && instrs[i].pc < h.end; i++) if (handlerOfInstr[i] === -1) handlerOfInstr[i] = hi;
  });
  const work: number[] = [];
  const meet = (i: number, s: Uint8Array): void => {
    const cur = inState[i];
    if (cur === null) {
      inState[i] = s.slice();
      work.push(i);
      return;
    }
    let changed = false;
    for (let r = 0; r < nregs; r++) if (cur[r] && !s[r]) { cur[r] = 0; changed = true; }
    if (changed) work.push(i);
  };
  meet(0, entry);
  while (work.length > 0) {
    const i = work.pop() as number;
    const d = instrs[i];
    const s = (inState[i] as Uint8Array).slice();
    const rd = readsOf(d);
    for (const r of rd.regs) {
      if (!s[r]) throw new VerifyError(rc, d.pc, `${regOpcodeTable[d.op].name} reads register ${r} before it is written on some path`);
    }
    const hi = handlerOfInstr[i];
    if (hi >= 0) {
      const h = rc.handlers[hi];
      const hs = s.slice();
      const base = rc.nlocalsplus + h.depth;
      hs[base] = 1;
      if (h.lasti) hs[base + 1] = 1;
      meet(indexOfPc.get(h.target) as number, hs);
    }
    // FOR_ITER and SEND do not write their result register when they jump; FOR_ITER_BACK does
    // not write it when it falls through (exhaustion).
    const sJump = d.op === R.FOR_ITER || d.op === R.SEND ? s.slice() : s;
    const sFall = d.op === R.FOR_ITER_BACK ? s.slice() : s;
    for (const r of writesOf(d, rc.nlocalsplus)) s[r] = 1;
    if (d.op === R.DELETE_FAST) s[d.args[0] as number] = 0;
    // A checked read that did not raise proves its register bound.
    if (d.op === R.LOAD_FAST_CHECK) s[d.args[1] as number] = 1;
    if (d.op === R.CHECK_BOUND) s[d.args[0] as number] = 1;
    const info = regOpcodeTable[d.op];
    const ji = OPERAND_KINDS[d.op].indexOf('j');
    if (ji >= 0) meet(indexOfPc.get(d.args[ji] as number) as number, sJump);
    if (!info.terminates && i + 1 < n) meet(i + 1, sFall);
  }
}
