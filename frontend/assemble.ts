// The assembler (compile.c: assemble() and its helpers): from a unit's basic blocks to a
// CodeObject. Runs the flow-graph passes in CPython 3.11's order, inserts the prefix
// instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), renumbers cell and free
// variable operands to their localsplus slots, computes jump offsets (with EXTENDED_ARG
// and inline CACHE entries), and emits co_code, co_linetable and co_exceptiontable.

import { BasicBlock, Compiler, Instr, isJumpOp } from './compiler';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_GENERATOR, CO_NESTED,
  CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CodeObject } from './code';
import { CACHE_ENTRIES, EXTENDED_ARG, HAVE_ARGUMENT, Op } from './opcode';
import { encodeLocations, InstrLocation } from './linetable';
import { encodeExceptionTable, ExceptionTableEntry } from './exceptiontable';
import { None, PyObject } from '../runtime/object';
import {
  convertExceptionHandlersToNops, cleanBasicBlock, duplicateExitsWithoutLineno, extendBlock, guaranteeLinenoForExits,
  labelExceptionTargets, layout, creation, normalizeBasicBlock, normalizeJumps, optimizeCfg, propagateLineNumbers,
  stackdepth, trimUnusedConsts,
} from './flowgraph';

/** compute_code_flags */
function computeCodeFlags(c: Compiler): number {
  const ste = c.unit.ste;
  let flags = 0;
  if (ste.type === 'function') {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
  }
  // Future features that 3.11 still records in every code object's flags.
  if (c.st.futureAnnotations) flags |= 0x1000000; // CO_FUTURE_ANNOTATIONS
  if (c.futureBarry) flags |= 0x400000; // CO_FUTURE_BARRY_AS_BDFL
  return flags;
}

function basicblockReturns(b: BasicBlock): boolean {
  const n = b.instrs.length;
  return n > 0 && b.instrs[n - 1].op === Op.RETURN_VALUE;
}

const noLoc = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

/** insert_prefix_instructions */
function insertPrefixInstructions(c: Compiler, entry: BasicBlock, fixed: number[], nfreevars: number, flags: number): void {
  const u = c.unit;
  const prefix: Instr[] = [];
  if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    prefix.push({ op: Op.RETURN_GENERATOR, arg: 0, target: null, except: null,
      loc: { lineno: u.firstlineno, end_lineno: u.firstlineno, col_offset: -1, end_col_offset: -1 } });
    prefix.push({ op: Op.POP_TOP, arg: 0, target: null, except: null, loc: { ...noLoc } });
  }
  const ncellvars = u.cellvars.size;
  const cells: Instr[] = [];
  if (ncellvars) {
    // MAKE_CELL in the order of the cells' final slots (argument cells come first).
    const nvars = ncellvars + u.varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0, used = 0; used < ncellvars; i++) {
      const oldindex = sorted[i] - 1;
      if (oldindex === -1) continue;
      cells.push({ op: Op.MAKE_CELL, arg: oldindex, target: null, except: null, loc: { ...noLoc } });
      used++;
    }
  }
  const frees: Instr[] = [];
  if (nfreevars) frees.push({ op: Op.COPY_FREE_VARS, arg: nfreevars, target: null, except: null, loc: { ...noLoc } });
  entry.instrs = [...frees, ...cells, ...prefix, ...entry.instrs];
}

/** build_cellfixedoffsets */
function buildCellFixedOffsets(c: Compiler): number[] {
  const u = c.unit;
  const nlocals = u.varnames.size;
  const noffsets = u.cellvars.size + u.freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < noffsets; i++) fixed.push(nlocals + i);
  for (const name of u.cellvars.items) {
    const argIndex = u.varnames.get(name);
    if (argIndex !== undefined) fixed[u.cellvars.get(name)!] = argIndex;
  }
  return fixed;
}

/** fix_cell_offsets: cell/free operands become localsplus indices. Returns the number of arg cells. */
function fixCellOffsets(c: Compiler, entry: BasicBlock, fixed: number[]): number {
  const u = c.unit;
  const nlocals = u.varnames.size;
  const noffsets = u.cellvars.size + u.freevars.size;
  let numdropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= numdropped;
    else numdropped++;
  }
  for (const b of layout(entry)) {
    for (const ins of b.instrs) {
      switch (ins.op) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_CLASSDEREF:
          ins.arg = fixed[ins.arg];
          break;
        default:
          break;
      }
    }
  }
  return numdropped;
}

/** The oparg as emitted: opcodes below HAVE_ARGUMENT carry 0 (e.g. a NOP left by the optimiser). */
function opargOf(ins: Instr): number {
  return ins.op >= HAVE_ARGUMENT ? ins.arg : 0;
}

function instrSize(ins: Instr): number {
  const a = opargOf(ins);
  const ext = a > 0xffffff ? 4 : a > 0xffff ? 3 : a > 0xff ? 2 : 1;
  return ext + CACHE_ENTRIES[ins.op];
}

function blockSize(b: BasicBlock): number {
  let n = 0;
  for (const ins of b.instrs) n += instrSize(ins);
  return n;
}

/** assemble_jump_offsets: iterate until EXTENDED_ARG sizes are stable. */
function assembleJumpOffsets(c: Compiler, entry: BasicBlock): void {
  let recompile: boolean;
  do {
    let totsize = 0;
    for (const b of layout(entry)) {
      b.offset = totsize;
      totsize += blockSize(b);
    }
    recompile = false;
    for (const b of creation(c)) {
      let bsize = b.offset;
      for (const ins of b.instrs) {
        const isize = instrSize(ins);
        bsize += isize;
        if (isJumpOp(ins.op)) {
          const t = ins.target!.offset;
          ins.arg = t < bsize ? bsize - t : t - bsize;
          if (instrSize(ins) !== isize) recompile = true;
        }
      }
    }
  } while (recompile);
}

/** assemble(): the unit's blocks -> CodeObject. */
export function assemble(c: Compiler, addNone: boolean): CodeObject {
  const u = c.unit;
  if (!basicblockReturns(u.curblock)) {
    c.unsetLoc();
    if (addNone) c.loadConst(None);
    c.addop(Op.RETURN_VALUE);
  }
  for (const b of creation(c)) normalizeBasicBlock(b);
  for (const b of creation(c)) extendBlock(b);
  const entry = u.entry;
  const flags = computeCodeFlags(c);
  const fixed = buildCellFixedOffsets(c);
  const nfreevars = u.freevars.size;
  insertPrefixInstructions(c, entry, fixed, nfreevars, flags);
  const numdropped = fixCellOffsets(c, entry, fixed);

  const consts: PyObject[] = u.consts.slice();
  optimizeCfg(c, entry, consts);
  duplicateExitsWithoutLineno(c);
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const maxdepth = stackdepth(entry);
  labelExceptionTargets(entry);
  convertExceptionHandlersToNops(entry);
  // (3.12 moves handler-only blocks to the end; 3.11 keeps the layout order.)
  for (const b of layout(entry)) cleanBasicBlock(b);
  normalizeJumps(entry);
  assembleJumpOffsets(c, entry);

  // Emit code, locations and the exception table.
  const code: number[] = [];
  const locs: InstrLocation[] = [];
  const excEntries: ExceptionTableEntry[] = [];
  let handler: BasicBlock | null = null;
  let start = -1;
  let ioffset = 0;
  for (const b of layout(entry)) {
    ioffset = b.offset;
    for (const ins of b.instrs) {
      if (ins.except !== handler) {
        if (handler !== null) excEntries.push(excEntry(start, ioffset, handler));
        start = ioffset;
        handler = ins.except;
      }
      const size = instrSize(ins);
      ioffset += size;
      const a = opargOf(ins);
      if (a > 0xffffff) code.push(EXTENDED_ARG, (a >>> 24) & 0xff);
      if (a > 0xffff) code.push(EXTENDED_ARG, (a >>> 16) & 0xff);
      if (a > 0xff) code.push(EXTENDED_ARG, (a >>> 8) & 0xff);
      code.push(ins.op, a & 0xff);
      for (let k = 0; k < CACHE_ENTRIES[ins.op]; k++) code.push(0, 0);
      const l = ins.loc;
      locs.push({
        units: size,
        pos: l.lineno < 0 ? { line: null, endLine: null, col: null, endCol: null } : {
          line: l.lineno,
          endLine: l.end_lineno < 0 ? null : l.end_lineno,
          col: l.col_offset < 0 ? null : l.col_offset,
          endCol: l.end_col_offset < 0 ? null : l.end_col_offset,
        },
      });
    }
  }
  if (handler !== null) excEntries.push(excEntry(start, ioffset, handler));

  // compute_localsplus_info
  const nlocals = u.varnames.size;
  const names: string[] = [];
  const kinds: number[] = [];
  for (const name of u.varnames.items) {
    names.push(name);
    kinds.push(CO_FAST_LOCAL | (u.cellvars.get(name) !== undefined ? CO_FAST_CELL : 0));
  }
  let dropped = 0;
  for (const name of u.cellvars.items) {
    if (u.varnames.get(name) !== undefined) {
      dropped++;
      continue;
    }
    const offset = u.cellvars.get(name)! + nlocals - dropped;
    names[offset] = name;
    kinds[offset] = CO_FAST_CELL;
  }
  for (const name of u.freevars.items) {
    const offset = u.freevars.get(name)! + nlocals - dropped;
    names[offset] = name;
    kinds[offset] = CO_FAST_FREE;
  }
  if (dropped !== numdropped) throw new Error('internal compiler error: cell offsets disagree');

  return new CodeObject({
    co_argcount: u.argcount + u.posonlyargcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_stacksize: maxdepth | 0, // a small int (Smi): stackdepth() leaves a double here, and sums with it (frame sizes) would be doubles too
    co_flags: flags,
    co_code: Uint8Array.from(code),
    co_consts: consts,
    co_names: u.names.items.slice(),
    co_localsplusnames: names,
    co_localspluskinds: Uint8Array.from(kinds),
    co_filename: c.filename,
    co_name: u.name,
    co_qualname: u.qualname || u.name,
    co_firstlineno: u.firstlineno,
    co_linetable: encodeLocations(locs, u.firstlineno),
    co_exceptiontable: encodeExceptionTable(excEntries),
  });
}

/** assemble_emit_exception_table_entry */
function excEntry(start: number, end: number, handler: BasicBlock): ExceptionTableEntry {
  let depth = handler.startdepth - 1;
  if (handler.preserveLasti) depth -= 1;
  return { start, end, target: handler.offset, depth, lasti: handler.preserveLasti };
}

