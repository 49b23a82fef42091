// Disassembly of register code: `pyvm dis --vm reg` and `pyvm dis --vm reg --side-by-side`.
//
// The listing reads everything from regvm/opcodes.ts (names, operand kinds), so it never goes out
// of step with the instruction set. Operands print as: R7 (register), K(3: 1.5) (constant
// register, with its value), n:foo (name), -> 42 (jump target), [R1 R2] (register list).
// The side-by-side view prints each stack instruction (as dis shows it) beside the register
// instructions it became.

import { CodeObject } from '../frontend/code';
import { OPNAME, info, CMP_OP, NB_OPS } from '../frontend/opcode';
import { regOpcodeTable, OPERAND_KINDS, decodeAt, R, isCallOp, callKwIndex } from '../regvm/opcodes';
import { decodeInstructions } from './analysis';
import { RegCode, PassSet } from './regcode';
import { translate } from './translate';
import { PyObject, PyBase, PyFloat, PyTuple, None } from '../runtime/object';

function shortRepr(v: PyObject | null | undefined): string {
  if (v === undefined) return '?';
  if (v === null) return 'NULL';
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? v.slice(0, 20) + '...' : v).replace(/^"|"$/g, "'");
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === None) return 'None';
  if (v instanceof PyFloat) return String(v.value);
  if (v instanceof CodeObject) return `<code ${v.co_name}>`;
  if (v instanceof PyTuple) return `(${v.items.map(shortRepr).join(', ')}${v.items.length === 1 ? ',' : ''})`;
  if (v instanceof PyBase) return `<${v.constructor.name}>`;
  return String(v);
}

/** Name of a register: locals by name, stack slots as sN, constants by value. */
function regName(rc: RegCode, r: number): string {
  if (r < 0) return '-';
  if (r < rc.nlocalsplus) return `R${r}(${rc.code.co_localsplusnames[r]})`;
  const t = rc.template[r];
  if (t !== undefined) return `K(${shortRepr(t)})`;
  return `R${r}`;
}

/** One register instruction as text (without its pc). */
export function formatRegInstr(rc: RegCode, pc: number): string {
  const d = decodeAt(rc.words, pc);
  const e = regOpcodeTable[d.op];
  const kinds = OPERAND_KINDS[d.op];
  const parts: string[] = [];
  kinds.forEach((k, i) => {
    const v = d.args[i];
    switch (k) {
      case 'w':
      case 'r':
      case 'o':
        parts.push(regName(rc, v as number));
        break;
      case 'l':
      case 'L':
        parts.push('[' + (v as number[]).map((r) => regName(rc, r)).join(' ') + ']');
        break;
      case 'k':
        parts.push((v as number) < 0 ? '-' : `k${v}(${shortRepr(rc.code.co_consts[v as number])})`);
        break;
      case 'n':
        parts.push(`n:${rc.code.co_names[v as number]}`);
        break;
      case 'j':
        parts.push(`-> ${v}`);
        break;
      case 'i':
        parts.push(String(v));
        break;
      default: {
        const never: never = k;
        parts.push(String(never));
      }
    }
  });
  let note = '';
  if (d.op === R.BINARY_OP || d.op === R.ATTR_OP_STORE) note = `  (${NB_OPS[d.args[3] as number]?.[1] ?? '?'})`;
  else if (d.op === R.GLOBAL_BINARY_OP || d.op === R.ATTR_BINARY_OP) note = `  (${NB_OPS[d.args[5] as number]?.[1] ?? '?'})`;
  else if (d.op === R.CALL_ATTR_BINARY_OP) note = `  (${NB_OPS[d.args[6] as number]?.[1] ?? '?'})`;
  else if (d.op === R.BINARY_OP2) {
    const o1 = NB_OPS[d.args[4] as number]?.[1] ?? '?';
    const o2 = NB_OPS[d.args[5] as number]?.[1] ?? '?';
    note = d.args[6] === 0 ? `  ((B ${o1} C) ${o2} D)` : `  (B ${o2} (C ${o1} D))`;
  } else if (d.op === R.SUBSCR_OP2_STORE) {
    const o1 = NB_OPS[d.args[4] as number]?.[1] ?? '?';
    const o2 = NB_OPS[d.args[5] as number]?.[1] ?? '?';
    note = `  (A[B] ${o2} (C ${o1} D))`;
  } else if (d.op === R.SUBSCR2_OP2_STORE) {
    const o1 = NB_OPS[d.args[5] as number]?.[1] ?? '?';
    const o2 = NB_OPS[d.args[6] as number]?.[1] ?? '?';
    note = `  (A[B] ${o2} (C ${o1} D[E]))`;
  } else if (d.op === R.BINARY_OP3) {
    const o1 = NB_OPS[d.args[4] as number]?.[1] ?? '?';
    const o2 = NB_OPS[d.args[5] as number]?.[1] ?? '?';
    const o3 = NB_OPS[d.args[8] as number]?.[1] ?? '?';
    const t = d.args[6] === 0 ? `((B ${o1} C) ${o2} D)` : `(B ${o2} (C ${o1} D))`;
    note = d.args[9] === 0 ? `  (${t} ${o3} H)` : `  (H ${o3} ${t})`;
  } else if (d.op === R.OP_CMP_JUMP) {
    const f = d.args[5] as number;
    const t = `(A ${NB_OPS[d.args[3] as number]?.[1] ?? '?'} B)`;
    note = `  (${f & 2 ? 'if' : 'unless'} ${f & 1 ? `C ${CMP_OP[d.args[4] as number]} ${t}` : `${t} ${CMP_OP[d.args[4] as number]} C`})`;
  } else if (d.op === R.COMPARE_OP) note = `  (${CMP_OP[d.args[3] as number]})`;
  else if (d.op === R.CMP_JUMP_IF_FALSE || d.op === R.CMP_JUMP_IF_TRUE) note = `  (${CMP_OP[d.args[2] as number]})`;
  else if (isCallOp(d.op) && (d.args[callKwIndex(d.op)] as number) >= 0)
    note = `  (kw ${shortRepr(rc.code.co_consts[d.args[callKwIndex(d.op)] as number])})`;
  return `${e.name.padEnd(20)} ${parts.join(', ')}${note}`;
}

function header(rc: RegCode): string {
  const c = rc.code;
  return (
    `Register code of ${c.co_qualname} (${c.co_filename}): ${rc.starts.length} instructions, ${rc.bytes} bytes, ` +
    `${rc.nregs} registers (stack code: ${rc.stackInstructions} instructions, ${rc.stackBytes} bytes)`
  );
}

export function disassembleReg(rc: RegCode): string {
  const lines: string[] = [header(rc)];
  for (let i = 0; i < rc.starts.length; i++) {
    const pc = rc.starts[i];
    lines.push(`  ${String(pc).padStart(5)}  ${formatRegInstr(rc, pc)}`);
  }
  if (rc.handlers.length > 0) {
    lines.push('ExceptionTable:');
    for (const h of rc.handlers) lines.push(`  ${h.start} to ${h.end} -> ${h.target} [${h.depth}]${h.lasti ? ' lasti' : ''}`);
  }
  return lines.join('\n') + '\n';
}

function stackArgText(code: CodeObject, op: number, arg: number): string {
  const e = info(op);
  if (!e.hasArg) return '';
  switch (e.operand) {
    case 'const':
      return `${arg} (${shortRepr(code.co_consts[arg])})`;
    case 'name':
      return `${arg} (${code.co_names[arg]})`;
    case 'global':
      return `${arg} (${arg & 1 ? 'NULL + ' : ''}${code.co_names[arg >> 1]})`;
    case 'local':
    case 'free':
      return `${arg} (${code.co_localsplusnames[arg]})`;
    case 'compare':
      return `${arg} (${CMP_OP[arg]})`;
    default:
      return String(arg);
  }
}

/** Each stack instruction beside the register instructions it became. */
export function sideBySide(rc: RegCode): string {
  const code = rc.code;
  const stack = decodeInstructions(code);
  const byOffset = new Map<number, number[]>();
  for (let i = 0; i < rc.starts.length; i++) {
    const off = rc.srcOffset[i];
    const l = byOffset.get(off) ?? [];
    l.push(rc.starts[i]);
    byOffset.set(off, l);
  }
  const lines: string[] = [header(rc)];
  const W = 44;
  for (const si of stack) {
    const left = `${String(si.offset).padStart(5)} ${OPNAME[si.op].padEnd(20)} ${stackArgText(code, si.op, si.arg)}`;
    const regs = byOffset.get(si.offset) ?? [];
    if (regs.length === 0) lines.push(left.padEnd(W) + ' |');
    regs.forEach((pc, j) => {
      lines.push((j === 0 ? left : '').padEnd(W) + ` | ${String(pc).padStart(5)}  ${formatRegInstr(rc, pc)}`);
    });
  }
  return lines.join('\n') + '\n';
}

/** Disassemble a module code object and all nested code objects (as dis does, recursively). */
export function disassembleAll(code: CodeObject, passes: PassSet, opts: { sideBySide?: boolean } = {}): string {
  const parts: string[] = [];
  const walk = (c: CodeObject): void => {
    const rc = translate(c, passes);
    parts.push(opts.sideBySide ? sideBySide(rc) : disassembleReg(rc));
    for (const k of c.co_consts) if (k instanceof CodeObject) walk(k);
  };
  walk(code);
  return parts.join('\n');
}
