// The register instruction set: its single table (the ISA manual), and everything derived from it.
//
// Like Lua's lopcodes.h, the instruction format is drawn once, here, and every other part of
// pyvm (the translator's lowering and passes, the verifier, the register VM's decoder, the
// disassembler, the counters, docs/opcodes.md) reads this table rather than keeping its own list.
//
// ## Instruction format
//
// Register code is an Int32Array of words. An instruction is its opcode word followed by its
// operand words, in the order of its `operands` string:
//
//     +--------+-----------+-----------+-----+
//     | opcode | operand 1 | operand 2 | ... |      one 32-bit word each
//     +--------+-----------+-----------+-----+
//
// Operand kinds (one letter each in `operands`):
//     w   a register the instruction writes            R[w]
//     r   a register the instruction reads             R[r]
//     o   an optional register it reads, -1 = absent   R[o]
//     k   an index into co_consts, -1 = none          K[k]
//     n   an index into co_names                       N[n]
//     i   an immediate integer (an oparg)              i
//     j   a jump target: the word index of an instruction in the same code
//     l   a list of read registers: a count word c, then c register words   R[l1..lc]
//     L   a list of written registers, encoded as `l`                        R[L1..Lc]
//
// The program counter is a word index. The length of an instruction follows from its opcode
// (and, for `l`, its count word): `instrLength`.
//
// ## The register file
//
//     R[0 .. nlocalsplus-1]                  locals, cells and frees (the stack VM's fast slots)
//     R[nlocalsplus .. nlocalsplus+S-1]      the stack slots: stack depth d is R[nlocalsplus + d]
//     R[nlocalsplus+S]                       one scratch register (breaks cycles in moves)
//     R[nlocalsplus+S+1 ..]                  constant registers: preloaded with co_consts entries
//                                            that copy propagation turned into operands (Lua's RK)
//
// A register holds a Python value, NULL (`null`: the stack VM's NULL, e.g. "no self" below a
// callable) or nothing (`undefined`: an unbound local).
//
// ## Semantics notation
//
// `R[x] := e` writes register x; `K[k]` is co_consts[k]; `N[n]` is co_names[n]; `pc := j` jumps;
// `R[l]` is the list of registers of an `l` operand; `op(...)` names the runtime operation the
// stack VM uses for the same stack instruction (the two VMs share every operation).

export type OperandKind = 'w' | 'r' | 'o' | 'k' | 'n' | 'i' | 'j' | 'l' | 'L';

export interface RegOpInfo {
  /** The mnemonic. */
  readonly name: string;
  /** Operand kinds, in encoding order (see the format above). */
  readonly operands: string;
  /** Semantics in the notation above. */
  readonly semantics: string;
  /** The instruction may transfer control to its `j` operand (besides falling through). */
  readonly jumps: boolean;
  /** Control never falls through to the next instruction (jump, return, raise). */
  readonly terminates: boolean;
  /** The instruction only copies a value (counted as a move). */
  readonly isMove: boolean;
}

interface Row {
  operands: string;
  semantics: string;
  jumps?: boolean;
  terminates?: boolean;
  isMove?: boolean;
}

// The table. Order fixes the opcode numbers (0, 1, 2, ...). Keep families together.
const TABLE: Record<string, Row> = {
  // ---- moves: the only instructions that just copy
  MOVE: { operands: 'wr', semantics: 'R[A] := R[B]', isMove: true },
  LOAD_CONST: { operands: 'wk', semantics: 'R[A] := K[B]', isMove: true },
  LOAD_NULL: { operands: 'w', semantics: 'R[A] := NULL', isMove: true },
  LOAD_FAST_CHECK: { operands: 'wr', semantics: 'R[A] := R[B]; UnboundLocalError if R[B] is unbound', isMove: true },
  CHECK_BOUND: { operands: 'r', semantics: 'UnboundLocalError if R[A] is unbound' },
  SWAP: { operands: 'ww', semantics: 'R[A], R[B] := R[B], R[A]', isMove: true },
  NOP: { operands: '', semantics: 'nothing (a stack instruction kept only when the bookkeeping pass is off)' },

  // ---- locals, cells, names, globals
  DELETE_FAST: { operands: 'w', semantics: 'UnboundLocalError if R[A] is unbound; R[A] := unbound' },
  MAKE_CELL: { operands: 'w', semantics: 'R[A] := cell(R[A])' },
  COPY_FREE_VARS: { operands: 'i', semantics: 'R[nlocalsplus-A .. nlocalsplus-1] := the function\'s closure cells' },
  LOAD_CLOSURE: { operands: 'wr', semantics: 'R[A] := R[B] (the cell object itself)', isMove: true },
  LOAD_DEREF: { operands: 'wr', semantics: 'R[A] := cell_contents(R[B])' },
  LOAD_CLASSDEREF: { operands: 'wr', semantics: 'R[A] := locals()[name of B] if present else cell_contents(R[B])' },
  STORE_DEREF: { operands: 'rr', semantics: 'cell_contents(R[A]) := R[B]' },
  DELETE_DEREF: { operands: 'r', semantics: 'delete cell_contents(R[A])' },
  LOAD_NAME: { operands: 'wn', semantics: 'R[A] := lookup N[B] in locals, globals, builtins' },
  STORE_NAME: { operands: 'nr', semantics: 'locals[N[A]] := R[B]' },
  DELETE_NAME: { operands: 'n', semantics: 'del locals[N[A]]' },
  LOAD_GLOBAL: { operands: 'wn', semantics: 'R[A] := lookup N[B] in globals, builtins' },
  STORE_GLOBAL: { operands: 'nr', semantics: 'globals[N[A]] := R[B]' },
  DELETE_GLOBAL: { operands: 'n', semantics: 'del globals[N[A]]' },

  // ---- attributes
  LOAD_ATTR: { operands: 'wrn', semantics: 'R[A] := getattr(R[B], N[C])' },
  LOAD_METHOD: {
    operands: 'wwrn',
    semantics: 'R[A], R[B] := (method, R[C]) if N[D] is a plain method of R[C], else (NULL, getattr(R[C], N[D]))',
  },
  STORE_ATTR: { operands: 'rnr', semantics: 'setattr(R[A], N[B], R[C])' },
  DELETE_ATTR: { operands: 'rn', semantics: 'delattr(R[A], N[B])' },

  // ---- operators
  UNARY_POSITIVE: { operands: 'wr', semantics: 'R[A] := +R[B]' },
  UNARY_NEGATIVE: { operands: 'wr', semantics: 'R[A] := -R[B]' },
  UNARY_NOT: { operands: 'wr', semantics: 'R[A] := not R[B]' },
  UNARY_INVERT: { operands: 'wr', semantics: 'R[A] := ~R[B]' },
  BINARY_OP: { operands: 'wrri', semantics: 'R[A] := R[B] <op D> R[C] (D: BINARY_OP oparg, inplace forms included)' },
  BINARY_SUBSCR: { operands: 'wrr', semantics: 'R[A] := R[B][R[C]]' },
  STORE_SUBSCR: { operands: 'rrr', semantics: 'R[A][R[B]] := R[C]' },
  DELETE_SUBSCR: { operands: 'rr', semantics: 'del R[A][R[B]]' },
  COMPARE_OP: { operands: 'wrri', semantics: 'R[A] := R[B] <cmp D> R[C]' },
  IS_OP: { operands: 'wrri', semantics: 'R[A] := (R[B] is R[C]) xor D' },
  CONTAINS_OP: { operands: 'wrri', semantics: 'R[A] := (R[B] in R[C]) xor D' },

  // ---- building
  BUILD_TUPLE: { operands: 'wl', semantics: 'R[A] := tuple(R[l])' },
  BUILD_LIST: { operands: 'wl', semantics: 'R[A] := list(R[l])' },
  BUILD_SET: { operands: 'wl', semantics: 'R[A] := set(R[l])' },
  BUILD_MAP: { operands: 'wl', semantics: 'R[A] := dict(pairs of R[l])' },
  BUILD_CONST_KEY_MAP: { operands: 'wrl', semantics: 'R[A] := dict(zip(R[B], R[l]))' },
  BUILD_STRING: { operands: 'wl', semantics: "R[A] := ''.join(R[l])" },
  BUILD_SLICE: { operands: 'wl', semantics: 'R[A] := slice(*R[l])' },
  LIST_TO_TUPLE: { operands: 'wr', semantics: 'R[A] := tuple(R[B])' },
  LIST_APPEND: { operands: 'rr', semantics: 'R[A].append(R[B])' },
  SET_ADD: { operands: 'rr', semantics: 'R[A].add(R[B])' },
  MAP_ADD: { operands: 'rrr', semantics: 'R[A][R[B]] := R[C]' },
  LIST_EXTEND: { operands: 'rr', semantics: 'R[A].extend(R[B])' },
  SET_UPDATE: { operands: 'rr', semantics: 'R[A].update(R[B])' },
  DICT_UPDATE: { operands: 'rr', semantics: 'R[A].update(R[B]) (mapping required)' },
  DICT_MERGE: { operands: 'rrr', semantics: 'R[B].update(R[C]), duplicate keys an error naming function R[A]' },
  FORMAT_VALUE: { operands: 'wroi', semantics: 'R[A] := format(conv D (R[B]), R[C] or "")' },
  // Each item goes to its own register: the locals of `a, b = t` directly (the sink pass), the
  // stack registers for what other instructions consume.
  UNPACK_SEQUENCE: { operands: 'Lr', semantics: 'R[L_i] := R[B][i] for each i (exactly that many items; all read before any is written)' },
  UNPACK_EX: { operands: 'wri', semantics: 'like UNPACK_SEQUENCE with a starred list (C = before | after << 8)' },

  // ---- control flow
  JUMP: { operands: 'j', semantics: 'pc := A', jumps: true, terminates: true },
  JUMP_IF_FALSE: { operands: 'rj', semantics: 'if not R[A]: pc := B', jumps: true },
  JUMP_IF_TRUE: { operands: 'rj', semantics: 'if R[A]: pc := B', jumps: true },
  JUMP_IF_NONE: { operands: 'rj', semantics: 'if R[A] is None: pc := B', jumps: true },
  JUMP_IF_NOT_NONE: { operands: 'rj', semantics: 'if R[A] is not None: pc := B', jumps: true },
  CMP_JUMP_IF_FALSE: { operands: 'rrij', semantics: 'if not (R[A] <cmp C> R[B]): pc := D', jumps: true },
  CMP_JUMP_IF_TRUE: { operands: 'rrij', semantics: 'if R[A] <cmp C> R[B]: pc := D', jumps: true },
  IS_JUMP: { operands: 'rrij', semantics: 'if (R[A] is R[B]) xor C: pc := D', jumps: true },
  CONTAINS_JUMP: { operands: 'rrij', semantics: 'if (R[A] in R[B]) xor C: pc := D', jumps: true },
  GET_ITER: { operands: 'wr', semantics: 'R[A] := iter(R[B])' },
  FOR_ITER: { operands: 'wrj', semantics: 'R[A] := next(R[B]); on exhaustion pc := C', jumps: true },
  RETURN_VALUE: { operands: 'r', semantics: 'return R[A]', terminates: true },

  // ---- calls and functions
  CALL: { operands: 'wrkl', semantics: 'R[A] := R[B](*R[l]) with keyword names K[C] (C = -1: none) for the last args' },
  CALL_METHOD: {
    operands: 'wrrkl',
    semantics: 'R[A] := R[B](R[C], *R[l]) if R[B] is not NULL else R[C](*R[l]); keyword names K[D]',
  },
  CALL_FUNCTION_EX: { operands: 'wrro', semantics: 'R[A] := R[B](*R[C], **R[D])' },
  MAKE_FUNCTION: {
    operands: 'wril',
    semantics: 'R[A] := function(code R[B]) with flags C taking defaults/kwdefaults/annotations/closure from R[l]',
  },
  LOAD_BUILD_CLASS: { operands: 'w', semantics: 'R[A] := builtins.__build_class__' },
  LOAD_ASSERTION_ERROR: { operands: 'w', semantics: 'R[A] := AssertionError' },
  SETUP_ANNOTATIONS: { operands: '', semantics: 'locals["__annotations__"] := {} unless present' },
  IMPORT_NAME: { operands: 'wrrn', semantics: 'R[A] := __import__(N[D], fromlist R[C], level R[B])' },
  IMPORT_FROM: { operands: 'wrn', semantics: 'R[A] := R[B].N[C] (or the submodule)' },
  IMPORT_STAR: { operands: 'r', semantics: 'locals().update(public names of R[A])' },
  PRINT_EXPR: { operands: 'r', semantics: 'sys.displayhook(R[A])' },

  // ---- exceptions
  RAISE_VARARGS: { operands: 'l', semantics: 'raise R[l1] from R[l2] (no list: re-raise the handled exception)', terminates: true },
  RERAISE: { operands: 'ro', semantics: 'raise R[A] again (frame lasti := R[B] when present)', terminates: true },
  PUSH_EXC_INFO: { operands: 'wwr', semantics: 'R[A] := the handled exception; the handled exception := R[C]; R[B] := R[C]' },
  POP_EXCEPT: { operands: 'r', semantics: 'the handled exception := R[A]' },
  CHECK_EXC_MATCH: { operands: 'wrr', semantics: 'R[A] := isinstance(R[B], R[C]) (R[C] checked to be exception classes)' },
  BEFORE_WITH: { operands: 'wwr', semantics: 'R[A] := R[C].__exit__ bound; R[B] := R[C].__enter__()' },
  WITH_EXCEPT_START: { operands: 'wrr', semantics: 'R[A] := R[B](type(R[C]), R[C], R[C].__traceback__)' },

  // ---- generators
  RETURN_GENERATOR: {
    operands: 'w',
    semantics: 'return a new generator for this frame to the caller; on its first resumption R[A] := the value sent in',
  },
  YIELD_VALUE: { operands: 'wr', semantics: 'yield R[B]; on resumption R[A] := the value sent in' },
  GET_YIELD_FROM_ITER: { operands: 'wr', semantics: 'R[A] := iter(R[B]) unless R[B] is a generator or coroutine' },
  SEND: {
    operands: 'wrrj',
    semantics: 'R[A] := R[B].send(R[C]) (next when R[C] is None) when it yields; when it returns v: R[B] := v; pc := D',
    jumps: true,
  },

  // ---- pattern matching
  GET_LEN: { operands: 'wr', semantics: 'R[A] := len(R[B])' },
  MATCH_MAPPING: { operands: 'wr', semantics: 'R[A] := R[B] is a mapping' },
  MATCH_SEQUENCE: { operands: 'wr', semantics: 'R[A] := R[B] is a sequence' },
  MATCH_KEYS: { operands: 'wrr', semantics: 'R[A] := tuple(R[B][k] for k in R[C]) if all present else None' },
  MATCH_CLASS: { operands: 'wrrri', semantics: 'R[A] := attributes of subject R[B] matched against class R[C], kw names R[D], E positional' },

  // ---- register-only instructions made by the translator's passes (session 3): each does what a
  // short sequence of the instructions above does, in one dispatch; the stack VM runs CPython's
  // bytecode and has no counterpart. Appended so that the numbers above stay put.
  CALL_ATTR: {
    operands: 'wrnkl',
    semantics:
      "R[A] := m(R[B], *R[l]) if N[C] is a plain method m of R[B], else getattr(R[B], N[C])(*R[l]); keyword names K[D] " +
      '(LOAD_METHOD + CALL_METHOD: the callattr pass)',
  },
  CALL_GLOBAL: {
    operands: 'wnkl',
    semantics: 'R[A] := (lookup N[B] in globals, builtins)(*R[l]); keyword names K[C] (LOAD_GLOBAL + CALL: the callglobal pass)',
  },
  FOR_ITER_BACK: {
    operands: 'wrj',
    semantics: 'R[A] := next(R[B]); pc := C; on exhaustion fall through (a loop\'s JUMP back to its FOR_ITER: the loopinv pass)',
    jumps: true,
  },
  ATTR_JUMP: {
    operands: 'rnij',
    semantics:
      'if test C (0: not, 1: truth, 2: is None, 3: is not None) of getattr(R[A], N[B]): pc := D ' +
      '(LOAD_ATTR into a temporary + the conditional jump that consumes it: the attrjump pass)',
    jumps: true,
  },
  GLOBAL_BINARY_OP: {
    operands: 'wnwrri',
    semantics:
      'R[A] := lookup N[B] in globals, builtins; then R[C] := R[D] <op F> R[E] ' +
      '(LOAD_GLOBAL + the BINARY_OP after it, in that order: the globalop pass; `f(n - 1)`)',
  },

  // ---- except* (session 8): CPython's two instructions for `try: ... except* T:`, appended so
  // that the numbers above stay put.
  CHECK_EG_MATCH: {
    operands: 'wwrr',
    semantics: 'R[A], R[B] := rest, match of exception R[C] split by type R[D]; the handled exception := match when not None',
  },
  PREP_RERAISE_STAR: { operands: 'wrr', semantics: 'R[A] := what try/except* re-raises from original R[B] and list R[C] of raised (None when nothing)' },
  // `await` (session 8), appended likewise.
  GET_AWAITABLE: { operands: 'wr', semantics: 'R[A] := the iterator that await R[B] drives (R[B] if a coroutine, else R[B].__await__())' },
  // async with, async for and async generators (session 9), appended likewise.
  BEFORE_ASYNC_WITH: { operands: 'wwr', semantics: 'R[A] := R[C].__aexit__ bound; R[B] := R[C].__aenter__() (awaited next)' },
  GET_AITER: { operands: 'wr', semantics: "R[A] := R[B].__aiter__() (checked to have __anext__: 'async for')" },
  GET_ANEXT: { operands: 'wr', semantics: 'R[A] := the awaitable of R[B].__anext__()' },
  END_ASYNC_FOR: {
    operands: 'rj',
    semantics: "if R[A] is a StopAsyncIteration: pc := B (the loop is over); else fall through (to the RERAISE R[A] after it)",
    jumps: true,
  },
  ASYNC_GEN_WRAP: { operands: 'wr', semantics: "R[A] := R[B] marked as a value of the async generator's own yield" },
  // Session 11, appended likewise.
  ATTR_BINARY_OP: {
    operands: 'wrnrni',
    semantics:
      'R[A] := getattr(R[B], N[C]) <op F> getattr(R[D], N[E]), in that order ' +
      '(two LOAD_ATTRs + the BINARY_OP of their results: the attrop pass; `self.x - other.x`)',
  },
  // Session 12, appended likewise.
  BINARY_OP2: {
    operands: 'wrrriii',
    semantics:
      'G = 0: R[A] := (R[B] <op E> R[C]) <op F> R[D]; G = 1: R[A] := R[B] <op F> (R[C] <op E> R[D]), the inner operation first ' +
      '(two BINARY_OPs, the first one\'s result a temporary read only by the second: the binop2 pass; `dx * dx + dy * dy`)',
  },
  OP_CMP_JUMP: {
    operands: 'rrriiij',
    semantics:
      't := R[A] <op D> R[B]; c := t <cmp E> R[C] (F & 1: R[C] <cmp E> t); if c is true (F & 2) / false (not F & 2): pc := G ' +
      '(a BINARY_OP whose result is a temporary read only by the CMP_JUMP after it: the binop2 pass; `zr2 + zi2 > 4.0`)',
    jumps: true,
  },
  BINARY_OP3: {
    operands: 'wrrriiirii',
    semantics:
      "t := BINARY_OP2's R[B], R[C], R[D], E, F, G; R[A] := t <op I> R[H] (J = 1: R[H] <op I> t), in that order " +
      '(a BINARY_OP2 whose result is a temporary read only by the BINARY_OP after it: the binop2 pass; `2.0 * zr * zi + ci`)',
  },
  // Session 14, appended likewise: quickened forms, never emitted by the translator. RegCode.exec
  // (the words the VM runs) starts each BINARY_OP / ATTR_BINARY_OP of a binary operator other
  // than ** as its _ADAPTIVE form, which rewrites itself on its first run into the plain form or,
  // for two instances of one Python class with a plain Python dunder, the _DUNDER form.
  BINARY_OP_ADAPTIVE: {
    operands: 'wrri',
    semantics: "BINARY_OP's; rewrites itself into BINARY_OP_DUNDER (the operands' class has a Python dunder) or BINARY_OP",
  },
  BINARY_OP_DUNDER: {
    operands: 'wrri',
    semantics:
      "BINARY_OP's; for two instances of one class whose dunder for D is a plain Python function of (self, other), " +
      'that function runs as a frame of the loop (NotImplemented from it: the TypeError)',
  },
  ATTR_BINARY_OP_ADAPTIVE: {
    operands: 'wrnrni',
    semantics: "ATTR_BINARY_OP's; rewrites itself into ATTR_BINARY_OP_DUNDER or ATTR_BINARY_OP (see BINARY_OP_ADAPTIVE)",
  },
  ATTR_BINARY_OP_DUNDER: {
    operands: 'wrnrni',
    semantics: "ATTR_BINARY_OP's, with the operation as BINARY_OP_DUNDER's",
  },
  // Session 22, appended likewise.
  SUBSCR_OP2_STORE: {
    operands: 'rrrrii',
    semantics:
      't := R[A][R[B]]; R[A][R[B]] := t <op F> (R[C] <op E> R[D]), in that order ' +
      "(a BINARY_SUBSCR, the BINARY_OP2 on its temporary result and the STORE_SUBSCR of that one's back at the same subscript: " +
      'the binop2 pass; `b[3] -= dx * cm`)',
  },
  // Session 23, appended likewise.
  ATTR_OP_STORE: {
    operands: 'rnri',
    semantics:
      't := getattr(R[A], N[B]); setattr(R[A], N[B], t <op D> R[C]), in that order ' +
      "(a LOAD_ATTR, the BINARY_OP on its temporary result and the STORE_ATTR of that one's back to the same attribute: " +
      'the attrop pass; `self.pos += 1`)',
  },
  SUBSCR2_OP2_STORE: {
    operands: 'rrrrrii',
    semantics:
      't := R[A][R[B]]; u := R[D][R[E]]; R[A][R[B]] := t <op G> (R[C] <op F> u), in that order ' +
      "(SUBSCR_OP2_STORE whose inner operation's right operand is a second BINARY_SUBSCR, run between the first and the operation: " +
      'the binop2 pass; `b[0] += dt * b[3]`)',
  },
  ISINSTANCE_GLOBAL: {
    operands: 'wnrn',
    semantics:
      'f := lookup N[B] in globals, builtins; t := lookup N[D]; R[A] := f(R[C], t), in that order ' +
      "(LOAD_GLOBAL isinstance, LOAD_GLOBAL of the type and the CALL: the callglobal pass; `isinstance(value, int)`; " +
      'the type test inline when f is the built-in isinstance)',
  },
  // Session 27, appended likewise.
  CALL_ATTR_BINARY_OP: {
    operands: 'wrnwrrikl',
    semantics:
      'm := N[C] of R[B] as LOAD_METHOD finds it; R[D] := R[E] <op G> R[F]; R[A] := m(*R[l]) (self first if a plain method); ' +
      'keyword names K[H], in that order (LOAD_METHOD, a BINARY_OP and the CALL_METHOD that takes its result: the callattr pass; ' +
      "nqueens' `diag1.add(row + col)`)",
  },
};

export const REG_OP_NAMES: readonly string[] = Object.keys(TABLE);

/** The table, indexed by opcode number. */
export const regOpcodeTable: readonly RegOpInfo[] = REG_OP_NAMES.map((name) => {
  const row = TABLE[name];
  return {
    name,
    operands: row.operands,
    semantics: row.semantics,
    jumps: row.jumps ?? false,
    terminates: row.terminates ?? false,
    isMove: row.isMove ?? false,
  };
});

/** Opcode numbers by name: `R.MOVE`, `R.BINARY_OP` ... */
export const R: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(REG_OP_NAMES.map((n, i) => [n, i])),
);

/**
 * Opcode numbers as a const enum, so that the eval loop's `switch` compares integer literals
 * (a jump table) rather than loading `R.X` per case. Generated from the table's order and
 * checked against it when this module loads: the table stays the single source of truth.
 */
export const enum RegOp {
  MOVE = 0,
  LOAD_CONST = 1,
  LOAD_NULL = 2,
  LOAD_FAST_CHECK = 3,
  CHECK_BOUND = 4,
  SWAP = 5,
  NOP = 6,
  DELETE_FAST = 7,
  MAKE_CELL = 8,
  COPY_FREE_VARS = 9,
  LOAD_CLOSURE = 10,
  LOAD_DEREF = 11,
  LOAD_CLASSDEREF = 12,
  STORE_DEREF = 13,
  DELETE_DEREF = 14,
  LOAD_NAME = 15,
  STORE_NAME = 16,
  DELETE_NAME = 17,
  LOAD_GLOBAL = 18,
  STORE_GLOBAL = 19,
  DELETE_GLOBAL = 20,
  LOAD_ATTR = 21,
  LOAD_METHOD = 22,
  STORE_ATTR = 23,
  DELETE_ATTR = 24,
  UNARY_POSITIVE = 25,
  UNARY_NEGATIVE = 26,
  UNARY_NOT = 27,
  UNARY_INVERT = 28,
  BINARY_OP = 29,
  BINARY_SUBSCR = 30,
  STORE_SUBSCR = 31,
  DELETE_SUBSCR = 32,
  COMPARE_OP = 33,
  IS_OP = 34,
  CONTAINS_OP = 35,
  BUILD_TUPLE = 36,
  BUILD_LIST = 37,
  BUILD_SET = 38,
  BUILD_MAP = 39,
  BUILD_CONST_KEY_MAP = 40,
  BUILD_STRING = 41,
  BUILD_SLICE = 42,
  LIST_TO_TUPLE = 43,
  LIST_APPEND = 44,
  SET_ADD = 45,
  MAP_ADD = 46,
  LIST_EXTEND = 47,
  SET_UPDATE = 48,
  DICT_UPDATE = 49,
  DICT_MERGE = 50,
  FORMAT_VALUE = 51,
  UNPACK_SEQUENCE = 52,
  UNPACK_EX = 53,
  JUMP = 54,
  JUMP_IF_FALSE = 55,
  JUMP_IF_TRUE = 56,
  JUMP_IF_NONE = 57,
  JUMP_IF_NOT_NONE = 58,
  CMP_JUMP_IF_FALSE = 59,
  CMP_JUMP_IF_TRUE = 60,
  IS_JUMP = 61,
  CONTAINS_JUMP = 62,
  GET_ITER = 63,
  FOR_ITER = 64,
  RETURN_VALUE = 65,
  CALL = 66,
  CALL_METHOD = 67,
  CALL_FUNCTION_EX = 68,
  MAKE_FUNCTION = 69,
  LOAD_BUILD_CLASS = 70,
  LOAD_ASSERTION_ERROR = 71,
  SETUP_ANNOTATIONS = 72,
  IMPORT_NAME = 73,
  IMPORT_FROM = 74,
  IMPORT_STAR = 75,
  PRINT_EXPR = 76,
  RAISE_VARARGS = 77,
  RERAISE = 78,
  PUSH_EXC_INFO = 79,
  POP_EXCEPT = 80,
  CHECK_EXC_MATCH = 81,
  BEFORE_WITH = 82,
  WITH_EXCEPT_START = 83,
  RETURN_GENERATOR = 84,
  YIELD_VALUE = 85,
  GET_YIELD_FROM_ITER = 86,
  SEND = 87,
  GET_LEN = 88,
  MATCH_MAPPING = 89,
  MATCH_SEQUENCE = 90,
  MATCH_KEYS = 91,
  MATCH_CLASS = 92,
  CALL_ATTR = 93,
  CALL_GLOBAL = 94,
  FOR_ITER_BACK = 95,
  ATTR_JUMP = 96,
  GLOBAL_BINARY_OP = 97,
  CHECK_EG_MATCH = 98,
  PREP_RERAISE_STAR = 99,
  GET_AWAITABLE = 100,
  BEFORE_ASYNC_WITH = 101,
  GET_AITER = 102,
  GET_ANEXT = 103,
  END_ASYNC_FOR = 104,
  ASYNC_GEN_WRAP = 105,
  ATTR_BINARY_OP = 106,
  BINARY_OP2 = 107,
  OP_CMP_JUMP = 108,
  BINARY_OP3 = 109,
  BINARY_OP_ADAPTIVE = 110,
  BINARY_OP_DUNDER = 111,
  ATTR_BINARY_OP_ADAPTIVE = 112,
  ATTR_BINARY_OP_DUNDER = 113,
  SUBSCR_OP2_STORE = 114,
  ATTR_OP_STORE = 115,
  SUBSCR2_OP2_STORE = 116,
  ISINSTANCE_GLOBAL = 117,
  CALL_ATTR_BINARY_OP = 118,

}
const REG_OP_ENUM: Record<string, number> = {
  MOVE: RegOp.MOVE,
  LOAD_CONST: RegOp.LOAD_CONST,
  LOAD_NULL: RegOp.LOAD_NULL,
  LOAD_FAST_CHECK: RegOp.LOAD_FAST_CHECK,
  CHECK_BOUND: RegOp.CHECK_BOUND,
  SWAP: RegOp.SWAP,
  NOP: RegOp.NOP,
  DELETE_FAST: RegOp.DELETE_FAST,
  MAKE_CELL: RegOp.MAKE_CELL,
  COPY_FREE_VARS: RegOp.COPY_FREE_VARS,
  LOAD_CLOSURE: RegOp.LOAD_CLOSURE,
  LOAD_DEREF: RegOp.LOAD_DEREF,
  LOAD_CLASSDEREF: RegOp.LOAD_CLASSDEREF,
  STORE_DEREF: RegOp.STORE_DEREF,
  DELETE_DEREF: RegOp.DELETE_DEREF,
  LOAD_NAME: RegOp.LOAD_NAME,
  STORE_NAME: RegOp.STORE_NAME,
  DELETE_NAME: RegOp.DELETE_NAME,
  LOAD_GLOBAL: RegOp.LOAD_GLOBAL,
  STORE_GLOBAL: RegOp.STORE_GLOBAL,
  DELETE_GLOBAL: RegOp.DELETE_GLOBAL,
  LOAD_ATTR: RegOp.LOAD_ATTR,
  LOAD_METHOD: RegOp.LOAD_METHOD,
  STORE_ATTR: RegOp.STORE_ATTR,
  DELETE_ATTR: RegOp.DELETE_ATTR,
  UNARY_POSITIVE: RegOp.UNARY_POSITIVE,
  UNARY_NEGATIVE: RegOp.UNARY_NEGATIVE,
  UNARY_NOT: RegOp.UNARY_NOT,
  UNARY_INVERT: RegOp.UNARY_INVERT,
  BINARY_OP: RegOp.BINARY_OP,
  BINARY_SUBSCR: RegOp.BINARY_SUBSCR,
  STORE_SUBSCR: RegOp.STORE_SUBSCR,
  DELETE_SUBSCR: RegOp.DELETE_SUBSCR,
  COMPARE_OP: RegOp.COMPARE_OP,
  IS_OP: RegOp.IS_OP,
  CONTAINS_OP: RegOp.CONTAINS_OP,
  BUILD_TUPLE: RegOp.BUILD_TUPLE,
  BUILD_LIST: RegOp.BUILD_LIST,
  BUILD_SET: RegOp.BUILD_SET,
  BUILD_MAP: RegOp.BUILD_MAP,
  BUILD_CONST_KEY_MAP: RegOp.BUILD_CONST_KEY_MAP,
  BUILD_STRING: RegOp.BUILD_STRING,
  BUILD_SLICE: RegOp.BUILD_SLICE,
  LIST_TO_TUPLE: RegOp.LIST_TO_TUPLE,
  LIST_APPEND: RegOp.LIST_APPEND,
  SET_ADD: RegOp.SET_ADD,
  MAP_ADD: RegOp.MAP_ADD,
  LIST_EXTEND: RegOp.LIST_EXTEND,
  SET_UPDATE: RegOp.SET_UPDATE,
  DICT_UPDATE: RegOp.DICT_UPDATE,
  DICT_MERGE: RegOp.DICT_MERGE,
  FORMAT_VALUE: RegOp.FORMAT_VALUE,
  UNPACK_SEQUENCE: RegOp.UNPACK_SEQUENCE,
  UNPACK_EX: RegOp.UNPACK_EX,
  JUMP: RegOp.JUMP,
  JUMP_IF_FALSE: RegOp.JUMP_IF_FALSE,
  JUMP_IF_TRUE: RegOp.JUMP_IF_TRUE,
  JUMP_IF_NONE: RegOp.JUMP_IF_NONE,
  JUMP_IF_NOT_NONE: RegOp.JUMP_IF_NOT_NONE,
  CMP_JUMP_IF_FALSE: RegOp.CMP_JUMP_IF_FALSE,
  CMP_JUMP_IF_TRUE: RegOp.CMP_JUMP_IF_TRUE,
  IS_JUMP: RegOp.IS_JUMP,
  CONTAINS_JUMP: RegOp.CONTAINS_JUMP,
  GET_ITER: RegOp.GET_ITER,
  FOR_ITER: RegOp.FOR_ITER,
  RETURN_VALUE: RegOp.RETURN_VALUE,
  CALL: RegOp.CALL,
  CALL_METHOD: RegOp.CALL_METHOD,
  CALL_FUNCTION_EX: RegOp.CALL_FUNCTION_EX,
  MAKE_FUNCTION: RegOp.MAKE_FUNCTION,
  LOAD_BUILD_CLASS: RegOp.LOAD_BUILD_CLASS,
  LOAD_ASSERTION_ERROR: RegOp.LOAD_ASSERTION_ERROR,
  SETUP_ANNOTATIONS: RegOp.SETUP_ANNOTATIONS,
  IMPORT_NAME: RegOp.IMPORT_NAME,
  IMPORT_FROM: RegOp.IMPORT_FROM,
  IMPORT_STAR: RegOp.IMPORT_STAR,
  PRINT_EXPR: RegOp.PRINT_EXPR,
  RAISE_VARARGS: RegOp.RAISE_VARARGS,
  RERAISE: RegOp.RERAISE,
  PUSH_EXC_INFO: RegOp.PUSH_EXC_INFO,
  POP_EXCEPT: RegOp.POP_EXCEPT,
  CHECK_EXC_MATCH: RegOp.CHECK_EXC_MATCH,
  BEFORE_WITH: RegOp.BEFORE_WITH,
  WITH_EXCEPT_START: RegOp.WITH_EXCEPT_START,
  RETURN_GENERATOR: RegOp.RETURN_GENERATOR,
  YIELD_VALUE: RegOp.YIELD_VALUE,
  GET_YIELD_FROM_ITER: RegOp.GET_YIELD_FROM_ITER,
  SEND: RegOp.SEND,
  GET_LEN: RegOp.GET_LEN,
  MATCH_MAPPING: RegOp.MATCH_MAPPING,
  MATCH_SEQUENCE: RegOp.MATCH_SEQUENCE,
  MATCH_KEYS: RegOp.MATCH_KEYS,
  MATCH_CLASS: RegOp.MATCH_CLASS,
  CALL_ATTR: RegOp.CALL_ATTR,
  CALL_GLOBAL: RegOp.CALL_GLOBAL,
  FOR_ITER_BACK: RegOp.FOR_ITER_BACK,
  ATTR_JUMP: RegOp.ATTR_JUMP,
  GLOBAL_BINARY_OP: RegOp.GLOBAL_BINARY_OP,
  CHECK_EG_MATCH: RegOp.CHECK_EG_MATCH,
  PREP_RERAISE_STAR: RegOp.PREP_RERAISE_STAR,
  GET_AWAITABLE: RegOp.GET_AWAITABLE,
  BEFORE_ASYNC_WITH: RegOp.BEFORE_ASYNC_WITH,
  GET_AITER: RegOp.GET_AITER,
  GET_ANEXT: RegOp.GET_ANEXT,
  END_ASYNC_FOR: RegOp.END_ASYNC_FOR,
  ASYNC_GEN_WRAP: RegOp.ASYNC_GEN_WRAP,
  ATTR_BINARY_OP: RegOp.ATTR_BINARY_OP,
  BINARY_OP2: RegOp.BINARY_OP2,
  OP_CMP_JUMP: RegOp.OP_CMP_JUMP,
  BINARY_OP3: RegOp.BINARY_OP3,
  BINARY_OP_ADAPTIVE: RegOp.BINARY_OP_ADAPTIVE,
  BINARY_OP_DUNDER: RegOp.BINARY_OP_DUNDER,
  ATTR_BINARY_OP_ADAPTIVE: RegOp.ATTR_BINARY_OP_ADAPTIVE,
  ATTR_BINARY_OP_DUNDER: RegOp.ATTR_BINARY_OP_DUNDER,
  SUBSCR_OP2_STORE: RegOp.SUBSCR_OP2_STORE,
  ATTR_OP_STORE: RegOp.ATTR_OP_STORE,
  SUBSCR2_OP2_STORE: RegOp.SUBSCR2_OP2_STORE,
  ISINSTANCE_GLOBAL: RegOp.ISINSTANCE_GLOBAL,
  CALL_ATTR_BINARY_OP: RegOp.CALL_ATTR_BINARY_OP,
};
for (const [name, num] of Object.entries(REG_OP_ENUM)) {
  if (R[name] !== num) throw new Error(`regvm/opcodes: RegOp.${name} is out of step with the table`);
}
if (Object.keys(REG_OP_ENUM).length !== REG_OP_NAMES.length) throw new Error('regvm/opcodes: RegOp misses opcodes');

export function regOpcode(name: string): number {
  const n = R[name];
  if (n === undefined) throw new Error(`unknown register opcode ${name}`);
  return n;
}

/** Operand kinds of each opcode, as arrays (for the decoder). */
export const OPERAND_KINDS: readonly (readonly OperandKind[])[] = regOpcodeTable.map(
  (e) => e.operands.split('') as OperandKind[],
);
export const IS_MOVE: Uint8Array = Uint8Array.from(regOpcodeTable, (e) => (e.isMove ? 1 : 0));

/** The call instructions (CALL, CALL_METHOD, CALL_ATTR, CALL_GLOBAL, CALL_ATTR_BINARY_OP): they take keyword names and a register list. */
export function isCallOp(op: number): boolean {
  return op === RegOp.CALL || op === RegOp.CALL_METHOD || op === RegOp.CALL_ATTR || op === RegOp.CALL_GLOBAL || op === RegOp.CALL_ATTR_BINARY_OP;
}

/** Operand index of a call instruction's keyword-names constant ('k'). */
export function callKwIndex(op: number): number {
  return OPERAND_KINDS[op].indexOf('k');
}

/** Number of words of the instruction at `pc` (opcode word included). */
export function instrLength(code: Int32Array, pc: number): number {
  const kinds = OPERAND_KINDS[code[pc]];
  let p = pc + 1;
  for (const k of kinds) {
    if (k === 'l' || k === 'L') p += 1 + code[p];
    else p += 1;
  }
  return p - pc;
}

/**
 * The size of an instruction in a byte encoding: one byte for the opcode and one per operand
 * word (count words included), plus one extension byte for each operand outside 0..255 (as the
 * stack set's EXTENDED_ARG). This is the "bytes" figure of the static counters.
 */
export function instrBytes(code: Int32Array, pc: number): number {
  const len = instrLength(code, pc);
  let bytes = 1;
  for (let p = pc + 1; p < pc + len; p++) bytes += code[p] >= 0 && code[p] <= 255 ? 1 : 2;
  return bytes;
}

/** Decoded form of one instruction: opcode and operand words (lists expanded). */
export interface DecodedRegInstr {
  pc: number;
  op: number;
  /** One entry per operand letter; an `l` operand gives an array of registers. */
  args: (number | number[])[];
  length: number;
}

export function decodeAt(code: Int32Array, pc: number): DecodedRegInstr {
  const op = code[pc];
  const kinds = OPERAND_KINDS[op];
  if (kinds === undefined) throw new Error(`bad register opcode ${op} at ${pc}`);
  const args: (number | number[])[] = [];
  let p = pc + 1;
  for (const k of kinds) {
    if (k === 'l' || k === 'L') {
      const c = code[p];
      args.push(Array.from(code.subarray(p + 1, p + 1 + c)));
      p += 1 + c;
    } else {
      args.push(code[p]);
      p += 1;
    }
  }
  return { pc, op, args, length: p - pc };
}

/** docs/opcodes.md section for the register set (M's generator appends it). */
export function formatRegOpcodesMarkdown(): string {
  const lines: string[] = [];
  lines.push('## Register instruction set (regvm/opcodes.ts)', '');
  lines.push('An instruction is its opcode word followed by one word per operand letter:');
  lines.push('`w` register written, `r` register read, `o` optional register (-1 = absent), `k` co_consts index,');
  lines.push('`n` co_names index, `i` immediate, `j` jump target (word index), `l` count then that many registers.');
  lines.push('Operands are named A, B, C, ... in order. R[x] is register x, K[k] co_consts[k], N[n] co_names[n].', '');
  lines.push('| # | name | operands | semantics | jumps | move |');
  lines.push('|---|------|----------|-----------|-------|------|');
  regOpcodeTable.forEach((e, i) => {
    const sem = e.semantics.replace(/\|/g, '\\|');
    lines.push(`| ${i} | ${e.name} | ${e.operands || '-'} | \`${sem}\` | ${e.jumps ? 'yes' : ''} | ${e.isMove ? 'yes' : ''} |`);
  });
  return lines.join('\n') + '\n';
}
