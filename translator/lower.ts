// Translator stage 2: lowering stack instructions to register instructions.
//
// Each basic block is lowered with a *symbolic stack*: an entry says which register holds the
// value at that depth. Plain lowering keeps every value in its own stack register (depth d ->
// R[nlocalsplus + d]) and emits one register instruction per stack instruction. With copy
// propagation on, LOAD_FAST / LOAD_CONST / COPY / SWAP / PUSH_NULL emit nothing: the entry
// names the local's register, a constant register, another entry's register, or NULL, and the
// instruction that pops it reads that register directly (Lua's RK operands).
//
// Invariants that make the symbolic stack sound:
//  - At every block boundary the stack is canonical (entry d is R[nlocalsplus + d]): the block's
//    end flushes it with a parallel move, so every predecessor agrees with its successors.
//  - Before a register is written (a store to a local, a push into a stack register), every
//    live entry that names it is materialised into its own stack register first.
//  - Inside a protected range with handler depth D, entries below D are canonical, because the
//    handler finds them in their stack registers.
//  - A local is folded into operands only where analysis proves it bound (3.11's LOAD_FAST
//    raises UnboundLocalError otherwise); elsewhere LOAD_FAST_CHECK keeps the check.
//
// Store sinking: `STORE_FAST x` right after the instruction that produced the value retargets
// that instruction's destination to x (FOR_ITER included). Compare-and-branch fusion: a
// COMPARE_OP / IS_OP / CONTAINS_OP whose result only feeds the next conditional jump becomes one
// instruction. Bookkeeping (RESUME, PRECALL, NOP, POP_TOP, KW_NAMES) emits nothing; with that
// pass off it becomes a NOP so that the plain lowering is one register instruction per stack
// instruction.

import { Op, OPNAME, info, MF_DEFAULTS, MF_KWDEFAULTS, MF_ANNOTATIONS, MF_CLOSURE } from '../frontend/opcode';
import { Analysis, StackInstr, TranslationError } from './analysis';
import { RInstr, PassSet, PassCounts } from './regcode';
import { R, OPERAND_KINDS } from '../regvm/opcodes';

/** The symbolic NULL entry (the stack VM's NULL below a callable). */
const NULL_ENTRY = -1;

export interface Lowered {
  instrs: RInstr[];
  /** First instruction index of each block in `instrs` (-1: unreachable block). */
  blockStart: Int32Array;
  /** Registers: [0,nl) locals, [nl, nl+S) stack, [constBase, constBase+C) consts, [scratchBase, ...) scratch. */
  nlocalsplus: number;
  stackSize: number;
  constBase: number;
  scratchBase: number;
  nscratch: number;
  counts: PassCounts;
}

export function lower(a: Analysis, passes: PassSet): Lowered {
  const code = a.code;
  const nl = a.nlocalsplus;
  // `| 0`: a co_stacksize stored as a HeapNumber (frontend/assemble.ts did until 66d204f) makes
  // every sum with it one too: RegCode's nregs / constStart then had V8's Double field
  // representation, and RETURN_VALUE's clearing loop ran on a double counter (a float-to-int
  // conversion and check per register: 20% of fib's register-loop ticks; session 18, R).
  const S = code.co_stacksize | 0;
  const constBase = nl + S;
  const scratchBase = constBase + code.co_consts.length;
  const counts: PassCounts = {
    copyprop: 0, sink: 0, deadmove: 0, fuse: 0, bookkeeping: 0, jumps: 0,
    callattr: 0, callglobal: 0, retjump: 0, loopinv: 0, attrjump: 0, globalop: 0, attrop: 0, binop2: 0,
  };
  const out: RInstr[] = [];
  const blockStart = new Int32Array(a.blocks.length).fill(-1);
  let nscratch = 0;

  // Instructions absorbed into the previous one (FOR_ITER + STORE_FAST).
  const absorbed = new Uint8Array(a.instrs.length);

  for (const b of a.blocks) {
    if (a.depthBefore[b.first] < 0) continue; // unreachable
    blockStart[b.id] = out.length;
    // A block headed by a STORE_FAST that FOR_ITER absorbed starts without the stored value.
    const depth0 = a.depthBefore[b.first] - (absorbed[b.first] ? 1 : 0);
    const stack: number[] = [];
    for (let d = 0; d < depth0; d++) stack.push(nl + d);
    let cur: StackInstr = a.instrs[b.first];
    const blockFirstOut = out.length;
    let pendingKw = -1;
    let scratchInUse = 0;

    const emit = (name: string, args: (number | number[])[]): RInstr => {
      const ri: RInstr = { op: R[name], args, src: cur.index, handler: a.handlerOf[cur.index] };
      out.push(ri);
      return ri;
    };
    const fail = (msg: string): never => {
      throw new TranslationError(code, cur.offset, msg);
    };
    const canon = (d: number): number => nl + d;
    const refs = (reg: number, except: number): number[] => {
      const r: number[] = [];
      for (let d = 0; d < stack.length; d++) if (d !== except && stack[d] === reg) r.push(d);
      return r;
    };
    // Make entry d live in its own stack register (the parallel-move step, cycles via scratch).
    const materialize = (d: number, visiting: Set<number>): void => {
      const T = canon(d);
      if (stack[d] === T) return;
      visiting.add(d);
      for (const e of refs(T, d)) {
        if (visiting.has(e)) {
          const s = scratchBase + scratchInUse++;
          if (scratchInUse > nscratch) nscratch = scratchInUse;
          emit('MOVE', [s, T]);
          stack[e] = s;
        } else {
          materialize(e, visiting);
        }
      }
      const src = stack[d];
      if (src === NULL_ENTRY) emit('LOAD_NULL', [T]);
      else emit('MOVE', [T, src]);
      stack[d] = T;
      visiting.delete(d);
    };
    const flushAll = (): void => {
      for (let d = 0; d < stack.length; d++) materialize(d, new Set());
      scratchInUse = 0;
    };
    // Before writing register `reg`, entries naming it move to their own registers.
    const prepareWrite = (reg: number): void => {
      for (const d of refs(reg, -1)) materialize(d, new Set());
      scratchInUse = 0;
    };
    // An operand register for an entry (NULL needs a register holding NULL).
    const operandOf = (entry: number, depth: number): number => {
      if (entry !== NULL_ENTRY) return entry;
      const T = canon(depth);
      prepareWrite(T);
      emit('LOAD_NULL', [T]);
      return T;
    };
    const pop = (): number => {
      if (stack.length === 0) fail('stack underflow in lowering');
      const d = stack.length - 1;
      const e = stack.pop() as number;
      return operandOf(e, d);
    };
    const popN = (k: number): number[] => {
      const r: number[] = new Array(k);
      for (let i = k - 1; i >= 0; i--) r[i] = pop();
      return r;
    };
    const peek = (i: number): number => {
      const d = stack.length - i;
      const e = stack[d];
      if (e === NULL_ENTRY) {
        materialize(d, new Set());
        scratchInUse = 0;
        return stack[d];
      }
      return e;
    };
    const push = (): number => {
      const T = canon(stack.length);
      prepareWrite(T);
      stack.push(T);
      return T;
    };
    const pushEntry = (e: number): void => {
      stack.push(e);
    };
    const bookkeeping = (): void => {
      if (passes.bookkeeping) counts.bookkeeping++;
      else emit('NOP', []);
    };
    const constReg = (k: number): number => constBase + k;
    // The last emitted instruction in this block writes exactly `reg` through a single 'w' operand.
    const soleWriterOf = (reg: number): RInstr | null => {
      if (out.length <= blockFirstOut) return null;
      const last = out[out.length - 1];
      if (last.src === cur.index) return null;
      const kinds = OPERAND_KINDS[last.op];
      let wi = -1;
      for (let i = 0; i < kinds.length; i++) {
        if (kinds[i] === 'w') {
          if (wi !== -1) return null;
          wi = i;
        }
      }
      if (wi === -1 || last.args[wi] !== reg) return null;
      if (last.op === R.UNPACK_SEQUENCE || last.op === R.UNPACK_EX || last.op === R.RETURN_GENERATOR) return null;
      if (last.op === R.DELETE_FAST || last.op === R.MAKE_CELL || last.op === R.SWAP) return null;
      return last;
    };
    const storeLocal = (x: number, entry: number): void => {
      // Sink: the value's producer writes x directly.
      if (passes.sink && entry >= nl && entry < nl + S && refs(entry, -1).length === 0 && refs(x, -1).length === 0) {
        const w = soleWriterOf(entry);
        if (w !== null) {
          const kinds = OPERAND_KINDS[w.op];
          w.args[kinds.indexOf('w')] = x;
          counts.sink++;
          return;
        }
      }
      prepareWrite(x);
      if (entry === NULL_ENTRY) emit('LOAD_NULL', [x]);
      else emit('MOVE', [x, entry]);
    };
    const label = (ins: StackInstr): number => {
      const k = a.indexAt.get(ins.target) as number;
      return a.blockOf[k];
    };

    for (let k = b.first; k <= b.last; k++) {
      cur = a.instrs[k];
      if (absorbed[k]) continue;
      const depth = a.depthBefore[k];
      if (stack.length !== depth) fail(`lowering depth ${stack.length} != analysed depth ${depth}`);
      const h = a.handlerOf[k];
      if (h >= 0) {
        const hd = a.handlers[h].depth;
        for (let d = 0; d < hd; d++) materialize(d, new Set());
        scratchInUse = 0;
      }
      const arg = cur.arg;
      const op = cur.op;
      switch (op) {
        case Op.NOP:
        case Op.RESUME:
        case Op.PRECALL:
        case Op.CACHE:
        case Op.EXTENDED_ARG:
          bookkeeping();
          break;
        case Op.POP_TOP:
          stack.pop();
          bookkeeping();
          break;
        case Op.KW_NAMES:
          pendingKw = arg;
          bookkeeping();
          break;
        case Op.PUSH_NULL:
          if (passes.copyprop) {
            pushEntry(NULL_ENTRY);
            counts.copyprop++;
          } else emit('LOAD_NULL', [push()]);
          break;
        case Op.LOAD_FAST: {
          const bound = a.boundBefore[k][arg] === 1;
          if (passes.copyprop && bound) {
            pushEntry(arg);
            counts.copyprop++;
          } else {
            const t = push();
            emit(bound ? 'MOVE' : 'LOAD_FAST_CHECK', [t, arg]);
          }
          break;
        }
        case Op.LOAD_CONST:
          if (passes.copyprop) {
            pushEntry(constReg(arg));
            counts.copyprop++;
          } else emit('LOAD_CONST', [push(), arg]);
          break;
        case Op.STORE_FAST:
          storeLocal(arg, stack.pop() as number);
          break;
        case Op.DELETE_FAST:
          prepareWrite(arg);
          emit('DELETE_FAST', [arg]);
          break;
        case Op.COPY: {
          const src = stack[stack.length - arg];
          if (passes.copyprop) {
            pushEntry(src);
            counts.copyprop++;
          } else {
            const s = operandOf(src, stack.length - arg);
            emit('MOVE', [push(), s]);
          }
          break;
        }
        case Op.SWAP: {
          const i = stack.length - 1;
          const j = stack.length - arg;
          if (passes.copyprop && stack[i] === canon(i) && stack[j] === canon(j)) {
            // Both values already in their own registers: exchange them (the symbolic swap
            // would leave each slot naming the other's register).
            emit('SWAP', [canon(i), canon(j)]);
          } else if (passes.copyprop) {
            const t = stack[i];
            stack[i] = stack[j];
            stack[j] = t;
            counts.copyprop++;
            // Invariant: an entry never names the register of a HIGHER slot. A later push into
            // that slot, or a materialising move emitted before an instruction whose popped
            // operands name it, would otherwise overwrite a value still needed.
            const b = stack[j];
            if (b >= nl + j + 1 && b < nl + S) {
              materialize(j, new Set());
              scratchInUse = 0;
            }
          } else {
            // Plain lowering: both entries are canonical; exchange the registers.
            emit('SWAP', [operandOf(stack[i], i), operandOf(stack[j], j)]);
          }
          break;
        }
        case Op.LOAD_GLOBAL: {
          if (arg & 1) {
            if (passes.copyprop) {
              pushEntry(NULL_ENTRY);
              counts.copyprop++;
            } else emit('LOAD_NULL', [push()]);
          }
          emit('LOAD_GLOBAL', [push(), arg >> 1]);
          break;
        }
        case Op.LOAD_NAME:
          emit('LOAD_NAME', [push(), arg]);
          break;
        case Op.LOAD_BUILD_CLASS:
        case Op.LOAD_ASSERTION_ERROR:
          emit(OPNAME[op], [push()]);
          break;
        case Op.LOAD_CLOSURE:
          if (passes.copyprop) {
            pushEntry(arg);
            counts.copyprop++;
          } else emit('LOAD_CLOSURE', [push(), arg]);
          break;
        case Op.LOAD_DEREF:
        case Op.LOAD_CLASSDEREF:
          emit(OPNAME[op], [push(), arg]);
          break;
        case Op.STORE_DEREF:
          emit('STORE_DEREF', [arg, pop()]);
          break;
        case Op.DELETE_DEREF:
          emit('DELETE_DEREF', [arg]);
          break;
        case Op.MAKE_CELL:
          prepareWrite(arg);
          emit('MAKE_CELL', [arg]);
          break;
        case Op.COPY_FREE_VARS:
          emit('COPY_FREE_VARS', [arg]);
          break;
        case Op.STORE_NAME:
        case Op.STORE_GLOBAL:
          emit(OPNAME[op], [arg, pop()]);
          break;
        case Op.DELETE_NAME:
        case Op.DELETE_GLOBAL:
          emit(OPNAME[op], [arg]);
          break;
        case Op.LOAD_ATTR: {
          const o = pop();
          emit('LOAD_ATTR', [push(), o, arg]);
          break;
        }
        case Op.LOAD_METHOD: {
          const o = pop();
          const m = push();
          const s = push();
          emit('LOAD_METHOD', [m, s, o, arg]);
          break;
        }
        case Op.STORE_ATTR: {
          const o = pop();
          const v = pop();
          emit('STORE_ATTR', [o, arg, v]);
          break;
        }
        case Op.DELETE_ATTR:
          emit('DELETE_ATTR', [pop(), arg]);
          break;
        case Op.UNARY_POSITIVE:
        case Op.UNARY_NEGATIVE:
        case Op.UNARY_NOT:
        case Op.UNARY_INVERT:
        case Op.GET_ITER:
        case Op.GET_YIELD_FROM_ITER:
        case Op.LIST_TO_TUPLE: {
          const v = pop();
          emit(OPNAME[op], [push(), v]);
          break;
        }
        case Op.BINARY_OP:
        case Op.COMPARE_OP:
        case Op.IS_OP:
        case Op.CONTAINS_OP: {
          const [x, y] = popN(2);
          emit(OPNAME[op], [push(), x, y, arg]);
          break;
        }
        case Op.BINARY_SUBSCR: {
          const [x, y] = popN(2);
          emit('BINARY_SUBSCR', [push(), x, y]);
          break;
        }
        case Op.STORE_SUBSCR: {
          const [v, o, i] = popN(3);
          emit('STORE_SUBSCR', [o, i, v]);
          break;
        }
        case Op.DELETE_SUBSCR: {
          const [o, i] = popN(2);
          emit('DELETE_SUBSCR', [o, i]);
          break;
        }
        case Op.BUILD_TUPLE:
        case Op.BUILD_LIST:
        case Op.BUILD_SET:
        case Op.BUILD_STRING: {
          const items = popN(arg);
          emit(OPNAME[op], [push(), items]);
          break;
        }
        case Op.BUILD_MAP: {
          const items = popN(2 * arg);
          emit('BUILD_MAP', [push(), items]);
          break;
        }
        case Op.BUILD_CONST_KEY_MAP: {
          const keys = pop();
          const vals = popN(arg);
          emit('BUILD_CONST_KEY_MAP', [push(), keys, vals]);
          break;
        }
        case Op.BUILD_SLICE: {
          const items = popN(arg === 3 ? 3 : 2);
          emit('BUILD_SLICE', [push(), items]);
          break;
        }
        case Op.LIST_APPEND:
        case Op.SET_ADD:
        case Op.LIST_EXTEND:
        case Op.SET_UPDATE:
        case Op.DICT_UPDATE: {
          const v = pop();
          emit(OPNAME[op], [peek(arg), v]);
          break;
        }
        case Op.MAP_ADD: {
          const [key, v] = popN(2);
          emit('MAP_ADD', [peek(arg), key, v]);
          break;
        }
        case Op.DICT_MERGE: {
          const v = pop();
          emit('DICT_MERGE', [peek(arg + 2), peek(arg), v]);
          break;
        }
        case Op.FORMAT_VALUE: {
          const spec = (arg & 4) !== 0 ? pop() : -1;
          const v = pop();
          emit('FORMAT_VALUE', [push(), v, spec, arg & 3]);
          break;
        }
        case Op.UNPACK_SEQUENCE: {
          // Item i of n would sit at depth base + n-1-i, item 0 on top, for the STORE_FASTs
          // that usually follow. The sink pass gives the first m items straight to those
          // locals (the stores are absorbed); the rest go to their stack registers. Only when
          // no stack entry still names a target local (else writing it early would change
          // what that entry reads).
          const s = pop();
          const n = arg;
          let m = 0;
          if (passes.sink) {
            while (m < n) {
              const nk = k + 1 + m;
              if (nk > b.last || a.instrs[nk].op !== Op.STORE_FAST || refs(a.instrs[nk].arg, -1).length > 0) break;
              m++;
            }
          }
          const base = stack.length;
          for (let i = 0; i < n - m; i++) push();
          const dst: number[] = new Array(n);
          for (let i = 0; i < n; i++) dst[i] = i < m ? a.instrs[k + 1 + i].arg : canon(base + n - 1 - i);
          for (let i = 0; i < m; i++) absorbed[k + 1 + i] = 1;
          counts.sink += m;
          emit('UNPACK_SEQUENCE', [dst, s]);
          break;
        }
        case Op.UNPACK_EX: {
          const s = pop();
          const n = (arg & 0xff) + (arg >> 8) + 1;
          const base = stack.length;
          for (let i = 0; i < n; i++) push();
          emit('UNPACK_EX', [canon(base), s, arg]);
          break;
        }
        case Op.GET_LEN:
        case Op.MATCH_MAPPING:
        case Op.MATCH_SEQUENCE: {
          const s = peek(1);
          emit(OPNAME[op], [push(), s]);
          break;
        }
        case Op.MATCH_KEYS: {
          const s = peek(2);
          const keys = peek(1);
          emit('MATCH_KEYS', [push(), s, keys]);
          break;
        }
        case Op.MATCH_CLASS: {
          const [s, cls, names] = popN(3);
          emit('MATCH_CLASS', [push(), s, cls, names, arg]);
          break;
        }
        case Op.IMPORT_NAME: {
          const [level, fromlist] = popN(2);
          emit('IMPORT_NAME', [push(), level, fromlist, arg]);
          break;
        }
        case Op.IMPORT_FROM: {
          const m = peek(1);
          emit('IMPORT_FROM', [push(), m, arg]);
          break;
        }
        case Op.IMPORT_STAR:
        case Op.PRINT_EXPR:
          emit(OPNAME[op], [pop()]);
          break;
        case Op.SETUP_ANNOTATIONS:
          emit('SETUP_ANNOTATIONS', []);
          break;
        case Op.RETURN_VALUE:
          emit('RETURN_VALUE', [pop()]);
          break;
        case Op.RETURN_GENERATOR:
          emit('RETURN_GENERATOR', [push()]);
          break;
        case Op.YIELD_VALUE: {
          const v = pop();
          emit('YIELD_VALUE', [push(), v]);
          break;
        }
        case Op.RAISE_VARARGS:
          emit('RAISE_VARARGS', [popN(arg)]);
          break;
        case Op.RERAISE: {
          const exc = pop();
          const lasti = arg ? peek(arg) : -1;
          emit('RERAISE', [exc, lasti]);
          break;
        }
        case Op.PUSH_EXC_INFO: {
          const exc = pop();
          const prev = push();
          const e = push();
          emit('PUSH_EXC_INFO', [prev, e, exc]);
          break;
        }
        case Op.POP_EXCEPT:
          emit('POP_EXCEPT', [pop()]);
          break;
        case Op.CHECK_EXC_MATCH: {
          const t = pop();
          const exc = peek(1);
          emit('CHECK_EXC_MATCH', [push(), exc, t]);
          break;
        }
        case Op.BEFORE_WITH: {
          const mgr = pop();
          const ex = push();
          const res = push();
          emit('BEFORE_WITH', [ex, res, mgr]);
          break;
        }
        case Op.WITH_EXCEPT_START: {
          const exitf = peek(4);
          const val = peek(1);
          emit('WITH_EXCEPT_START', [push(), exitf, val]);
          break;
        }
        case Op.MAKE_FUNCTION: {
          const codeReg = pop();
          const extra: number[] = [];
          const flags = [MF_CLOSURE, MF_ANNOTATIONS, MF_KWDEFAULTS, MF_DEFAULTS];
          for (const f of flags) if (arg & f) extra.unshift(pop());
          emit('MAKE_FUNCTION', [push(), codeReg, arg, extra]);
          break;
        }
        case Op.CALL: {
          const args = popN(arg);
          const selfOrF = pop();
          const fEntry = stack.pop() as number;
          if (fEntry === NULL_ENTRY) {
            emit('CALL', [push(), selfOrF, pendingKw, args]);
          } else {
            emit('CALL_METHOD', [push(), fEntry, selfOrF, pendingKw, args]);
          }
          pendingKw = -1;
          break;
        }
        case Op.CALL_FUNCTION_EX: {
          const kw = arg & 1 ? pop() : -1;
          const cargs = pop();
          const f = pop();
          stack.pop(); // the NULL 3.11 pushes below the callable
          emit('CALL_FUNCTION_EX', [push(), f, cargs, kw]);
          break;
        }
        // ---- control flow: every block end flushes the stack to canonical registers
        case Op.JUMP_FORWARD:
        case Op.JUMP_BACKWARD:
        case Op.JUMP_BACKWARD_NO_INTERRUPT:
          flushAll();
          emit('JUMP', [label(cur)]);
          break;
        case Op.POP_JUMP_FORWARD_IF_FALSE:
        case Op.POP_JUMP_BACKWARD_IF_FALSE:
        case Op.POP_JUMP_FORWARD_IF_TRUE:
        case Op.POP_JUMP_BACKWARD_IF_TRUE:
        case Op.POP_JUMP_FORWARD_IF_NONE:
        case Op.POP_JUMP_BACKWARD_IF_NONE:
        case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
        case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
          const name = OPNAME[op];
          const sense = name.endsWith('NOT_NONE') ? 'NOT_NONE' : name.endsWith('NONE') ? 'NONE' : name.endsWith('TRUE') ? 'TRUE' : 'FALSE';
          const vEntry = stack[stack.length - 1];
          const v = pop();
          const before = out.length;
          flushAll();
          const tgt = label(cur);
          const fusable =
            out.length === before && (sense === 'TRUE' || sense === 'FALSE') && passes.fuse &&
            v >= nl && v < nl + S && vEntry === v && refs(v, -1).length === 0;
          const prod = fusable ? soleWriterOf(v) : null;
          if (prod !== null && (prod.op === R.COMPARE_OP || prod.op === R.IS_OP || prod.op === R.CONTAINS_OP)) {
            const [, x, y, oparg] = prod.args as number[];
            out.pop();
            counts.fuse++;
            if (prod.op === R.COMPARE_OP) {
              emit(sense === 'TRUE' ? 'CMP_JUMP_IF_TRUE' : 'CMP_JUMP_IF_FALSE', [x, y, oparg, tgt]).src = prod.src;
            } else {
              const inv = sense === 'TRUE' ? oparg : oparg ^ 1;
              emit(prod.op === R.IS_OP ? 'IS_JUMP' : 'CONTAINS_JUMP', [x, y, inv, tgt]).src = prod.src;
            }
          } else {
            emit(`JUMP_IF_${sense}`, [v, tgt]);
          }
          break;
        }
        case Op.JUMP_IF_FALSE_OR_POP:
        case Op.JUMP_IF_TRUE_OR_POP: {
          flushAll();
          const v = canon(stack.length - 1);
          emit(op === Op.JUMP_IF_FALSE_OR_POP ? 'JUMP_IF_FALSE' : 'JUMP_IF_TRUE', [v, label(cur)]);
          stack.pop();
          break;
        }
        case Op.FOR_ITER: {
          flushAll();
          const it = canon(stack.length - 1);
          let dst = canon(stack.length);
          const nk = k + 1;
          const next = a.instrs[nk];
          if (
            passes.sink &&
            next !== undefined &&
            next.op === Op.STORE_FAST &&
            a.blocks[a.blockOf[nk]].first === nk &&
            a.blocks[a.blockOf[nk]].npreds <= 1 &&
            !a.blocks[a.blockOf[nk]].isHandler &&
            a.handlerOf[nk] === a.handlerOf[k]
          ) {
            dst = next.arg;
            absorbed[nk] = 1;
            counts.sink++;
          }
          // FOR_ITER ends its block: the fallthrough block rebuilds its canonical stack.
          emit('FOR_ITER', [dst, it, label(cur)]);
          break;
        }
        case Op.SEND: {
          const v = pop();
          flushAll();
          const recv = canon(stack.length - 1);
          emit('SEND', [canon(stack.length), recv, v, label(cur)]);
          break;
        }
        case Op.GET_AWAITABLE: {
          const v = pop();
          emit('GET_AWAITABLE', [push(), v]);
          break;
        }
        case Op.GET_AITER: {
          const v = pop();
          emit('GET_AITER', [push(), v]);
          break;
        }
        case Op.GET_ANEXT: {
          const it = peek(1);
          emit('GET_ANEXT', [push(), it]);
          break;
        }
        case Op.BEFORE_ASYNC_WITH: {
          const mgr = pop();
          const ex = push();
          const res = push();
          emit('BEFORE_ASYNC_WITH', [ex, res, mgr]);
          break;
        }
        case Op.ASYNC_GEN_WRAP: {
          const v = pop();
          emit('ASYNC_GEN_WRAP', [push(), v]);
          break;
        }
        case Op.END_ASYNC_FOR: {
          // The handler of the loop's __anext__ await (stack: aiter, exception). The analysis
          // made the next instruction a block of its own: StopAsyncIteration jumps there, any
          // other exception is re-raised as it is.
          const exc = pop();
          pop();
          flushAll();
          if (k + 1 >= a.instrs.length) fail('END_ASYNC_FOR at the end of the code');
          emit('END_ASYNC_FOR', [exc, a.blockOf[k + 1]]);
          emit('RERAISE', [exc, -1]);
          break;
        }
        case Op.CHECK_EG_MATCH: {
          const t = pop();
          const exc = pop();
          const rest = push();
          emit('CHECK_EG_MATCH', [rest, push(), exc, t]);
          break;
        }
        case Op.PREP_RERAISE_STAR: {
          const excs = pop();
          const orig = pop();
          emit('PREP_RERAISE_STAR', [push(), orig, excs]);
          break;
        }
        default:
          fail(`no lowering for ${info(op).name}`);
      }
    }
    // Fall through into the next block: flush so it finds the canonical stack.
    const lastIns = a.instrs[b.last];
    const j = info(lastIns.op).jump;
    if (j === 'none') {
      cur = lastIns;
      flushAll();
    }
  }
  return { instrs: out, blockStart, nlocalsplus: nl, stackSize: S, constBase, scratchBase, nscratch, counts };
}
