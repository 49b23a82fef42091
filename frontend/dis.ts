// The disassembler: what CPython 3.11's `python3 -m dis FILE` prints, for pyvm code objects.
//
// Mirrors Lib/dis.py (3.11): _unpack_opargs (CACHE entries skipped, EXTENDED_ARG shown as
// its own line and folded into the next oparg), findlabels (jump targets and exception
// handlers get `>>`), _get_instructions_bytes (argument reprs), Instruction._disassemble
// (the column layout), _disassemble_bytes (blank line before each new source line, the
// ExceptionTable section) and _disassemble_recursive ("Disassembly of <code object ...>:"
// for each nested code object, depth first in co_consts order).
//
// Memory addresses: a code object's repr contains its address in CPython; pyvm prints the
// fixed FAKE_ADDRESS instead (tests normalise CPython's addresses to it).
//
// Everything is driven by frontend/opcode.ts (operand kinds, caches, backward jumps).

import { CodeObject } from './code';
import { decodeExceptionTable, ExceptionTableEntry } from './exceptiontable';
import { decodeLocations, findLinestarts, Position } from './linetable';
import {
  CACHE_ENTRIES,
  CMP_OP,
  EXTENDED_ARG,
  FORMAT_VALUE_CONVERTERS,
  HAVE_ARGUMENT,
  MAKE_FUNCTION_FLAGS,
  NB_OPS,
  OPINFO,
  OPNAME,
  OperandKind,
  jumpTarget,
} from './opcode';
import { Ellipsis, None, PyBytes, PyComplex, PyFloat, PyFrozenSet, PyObject, PyTuple } from '../runtime/object';
import { floatRepr } from '../runtime/float_repr';
import { bytesRepr, strRepr } from '../runtime/str_repr';
import { complexRepr } from '../runtime/complex';

/** Printed where CPython prints a code object's memory address. */
export const FAKE_ADDRESS = '0x0000000000000000';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** repr() of a code object, as code_repr in Objects/codeobject.c. */
export function codeRepr(co: CodeObject): string {
  return `<code object ${co.co_name} at ${FAKE_ADDRESS}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

/** repr() of a constant (the types a code object's co_consts can hold). */
export function constRepr(v: PyObject): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v);
    default:
      break;
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) return complexRepr(v);
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return `(${constRepr(v.items[0])},)`;
    return `(${v.items.map(constRepr).join(', ')})`;
  }
  if (v instanceof PyFrozenSet) {
    const items = cpythonSetOrder(v.items) ?? v.items;
    return items.length === 0 ? 'frozenset()' : `frozenset({${items.map(constRepr).join(', ')}})`;
  }
  if (v instanceof CodeObject) return codeRepr(v);
  return `<${v.constructor.name}>`;
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** hash(v) where CPython's hash is deterministic (ints, bools, integral floats); else null. */
function deterministicHash(v: PyObject): bigint | null {
  let n: bigint;
  if (typeof v === 'boolean') n = v ? 1n : 0n;
  else if (typeof v === 'number') n = BigInt(v);
  else if (typeof v === 'bigint') n = v;
  else if (v instanceof PyFloat && Number.isInteger(v.value)) n = BigInt(v.value);
  else return null;
  const h = n < 0n ? -(-n % HASH_MODULUS) : n % HASH_MODULUS;
  return h === -1n ? -2n : h;
}

/**
 * The order CPython iterates a frozenset built by adding `items` one by one (marshal's
 * r_object does that): Objects/setobject.c's open-addressing table (8 slots to start,
 * 9 linear probes then perturbed probing, resized to hold used*4 when 3/5 full). A repr
 * lists items in this order. Only for items with deterministic hashes: str hashes are
 * randomised per process, so for those null is returned (the caller keeps marshal order).
 */
export function cpythonSetOrder(items: readonly PyObject[]): PyObject[] | null {
  const hashes: bigint[] = [];
  for (const x of items) {
    const h = deterministicHash(x);
    if (h === null) return null;
    hashes.push(h);
  }
  const LINEAR_PROBES = 9;
  const insert = (table: number[], mask: number, k: number): void => {
    let perturb = BigInt.asUintN(64, hashes[k]);
    let i = Number(perturb & BigInt(mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        if (table[i + j] < 0) {
          table[i + j] = k;
          return;
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  };
  let mask = 7;
  let table = new Array<number>(8).fill(-1);
  let used = 0;
  for (let k = 0; k < items.length; k++) {
    insert(table, mask, k);
    used++;
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const old = table;
      mask = size - 1;
      table = new Array<number>(size).fill(-1);
      for (const e of old) if (e >= 0) insert(table, mask, e);
    }
  }
  return table.filter((e) => e >= 0).map((e) => items[e]);
}

/** dis.Instruction */
export interface Instruction {
  opname: string;
  opcode: number;
  /** null for instructions without an argument. */
  arg: number | null;
  argrepr: string;
  /** Byte offset in co_code. */
  offset: number;
  startsLine: number | null;
  isJumpTarget: boolean;
  positions: Position;
}

/** dis._unpack_opargs: [byteOffset, opcode, arg-or-null] per instruction, caches skipped. */
export function* unpackOpargs(code: Uint8Array): Generator<[number, number, number | null]> {
  let extended = 0;
  for (let i = 0; i + 1 < code.length; ) {
    const op = code[i];
    let arg: number | null = null;
    if (op >= HAVE_ARGUMENT) {
      arg = code[i + 1] | extended;
      // dis keeps the oparg as a C int: it wraps past 2**31.
      extended = op === EXTENDED_ARG ? (arg << 8) | 0 : 0;
    } else {
      extended = 0;
    }
    yield [i, op, arg];
    i += 2 + 2 * CACHE_ENTRIES[op];
  }
}

/** dis.findlabels plus exception handler targets. */
function findLabels(code: Uint8Array, entries: ExceptionTableEntry[]): Set<number> {
  const labels = new Set<number>();
  for (const [offset, op, arg] of unpackOpargs(code)) {
    if (arg === null) continue;
    const k = OPINFO[op]?.operand;
    if (k === 'jump-forward' || k === 'jump-backward') labels.add(jumpTarget(op, arg, offset));
  }
  for (const e of entries) if (e.end > e.start) labels.add(e.target * 2);
  return labels;
}

/** The argument description dis puts in parentheses (_get_instructions_bytes). */
function argRepr(co: CodeObject, op: number, arg: number, offset: number): string {
  const kind: OperandKind = OPINFO[op]?.operand ?? 'none';
  switch (kind) {
    case 'const':
      return arg < co.co_consts.length ? constRepr(co.co_consts[arg]) : '';
    case 'kw-names': // hasconst, but dis only dereferences LOAD_CONST
      return '';
    case 'name':
      return co.co_names[arg] ?? '';
    case 'global': {
      const n = co.co_names[arg >> 1] ?? '';
      return arg & 1 && n ? 'NULL + ' + n : n;
    }
    case 'jump-forward':
    case 'jump-backward':
      return `to ${jumpTarget(op, arg, offset)}`;
    case 'local':
    case 'free':
      return co.co_localsplusnames[arg] ?? '';
    case 'compare':
      return CMP_OP[arg] ?? '';
    case 'format': {
      let s: string = FORMAT_VALUE_CONVERTERS[arg & 3];
      if (arg & 4) s += (s ? ', ' : '') + 'with format';
      return s;
    }
    case 'make-function':
      return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
    case 'binary-op':
      return NB_OPS[arg]?.[1] ?? '';
    case 'none':
    case 'count':
    case 'stack-index':
    case 'invert':
    case 'call-ex':
    case 'unpack-ex':
    case 'raise':
    case 'reraise':
    case 'resume':
    case 'slice':
    case 'awaitable':
    case 'extended':
    case 'free-count':
      return '';
    default:
      return assertNever(kind);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected operand kind ${String(x)}`);
}

/** dis.get_instructions(co) (without show_caches). */
export function getInstructions(co: CodeObject): Instruction[] {
  const entries = decodeExceptionTable(co.co_exceptiontable);
  const labels = findLabels(co.co_code, entries);
  const linestarts = findLinestarts(co.co_linetable, co.co_firstlineno);
  const positions = decodeLocations(co.co_linetable, co.co_firstlineno, co.co_code.length >> 1);
  const out: Instruction[] = [];
  for (const [offset, op, arg] of unpackOpargs(co.co_code)) {
    out.push({
      opname: OPNAME[op],
      opcode: op,
      arg,
      argrepr: arg === null ? '' : argRepr(co, op, arg, offset),
      offset,
      startsLine: linestarts.get(offset) ?? null,
      isJumpTarget: labels.has(offset),
      positions: positions[offset >> 1],
    });
  }
  return out;
}

/** Instruction._disassemble */
function formatInstruction(ins: Instruction, linenoWidth: number, offsetWidth: number): string {
  const fields: string[] = [];
  if (linenoWidth) {
    fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  }
  fields.push('   ');
  fields.push(ins.isJumpTarget ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(offsetWidth));
  fields.push(ins.opname.padEnd(OPNAME_WIDTH));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    if (ins.argrepr) fields.push('(' + ins.argrepr + ')');
  }
  return fields.join(' ').trimEnd();
}

/** dis.disassemble(co): one code object, without the nested ones. Lines end with '\n'. */
export function disassemble(co: CodeObject): string {
  const lines: string[] = [];
  const linestarts = findLinestarts(co.co_linetable, co.co_firstlineno);
  let linenoWidth = 0;
  if (linestarts.size > 0) {
    let maxLine = 0;
    for (const l of linestarts.values()) if (l > maxLine) maxLine = l;
    linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  }
  const maxOffset = co.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const ins of getInstructions(co)) {
    if (linenoWidth && ins.startsLine !== null && ins.offset > 0) lines.push('');
    lines.push(formatInstruction(ins, linenoWidth, offsetWidth));
  }
  const entries = decodeExceptionTable(co.co_exceptiontable);
  if (entries.length) {
    lines.push('ExceptionTable:');
    for (const e of entries) {
      lines.push(`  ${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
  return lines.map((l) => l + '\n').join('');
}

/** dis.dis(co): the code object, then each nested code object (depth first). */
export function disassembleRecursive(co: CodeObject): string {
  let out = disassemble(co);
  for (const c of co.co_consts) {
    if (c instanceof CodeObject) {
      out += `\nDisassembly of ${codeRepr(c)}:\n`;
      out += disassembleRecursive(c);
    }
  }
  return out;
}

/** Replaces CPython's code object addresses by FAKE_ADDRESS (for comparing with python3). */
export function normaliseAddresses(text: string): string {
  return text.replace(/<code object (\S+) at 0x[0-9a-f]+,/g, `<code object $1 at ${FAKE_ADDRESS},`);
}

