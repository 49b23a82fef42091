// The CPython 3.11 instruction set: ONE table, everything else derived from it.
//
// This is the stack ISA's manual (in the spirit of Lua's lopcodes.h and Wren's
// wren_opcodes.h): one entry per opcode of CPython 3.11's Lib/opcode.py, with its number,
// whether it takes an argument, its inline CACHE entries, what its argument means, how
// many values it pops and pushes, how it transfers control, and a one-line semantics
// string. The disassembler, the compiler's stack-depth computation, the stack VM, the
// translator's stack-depth analysis, the counters and docs/opcodes.md all read this table.
//
// Semantics notation: STACK_NOTATION below (defined once; docs/opcodes.md prints it).
//
// Stack effects are given two ways:
//   - `pops`/`pushes`: what the 3.11 eval loop really does (a constant or a formula over
//     the oparg and, for jumps, whether the jump is taken; see StackCount). The translator
//     builds registers from these.
//   - `stackEffect(op, oparg, jump)`: CPython's compile.c stack_effect(), which is what
//     dis.stack_effect() returns and what co_stacksize is computed with. It equals
//     pushes - pops except for the three instructions whose `disEffect` says otherwise
//     (PRECALL/CALL split the call's effect differently; RETURN_GENERATOR's pushed value
//     only appears when the generator is first resumed). test/dis/opcode.test.ts checks
//     stackEffect against python3's dis.stack_effect for every opcode and many opargs.
//
// Pseudo-instructions (SETUP_FINALLY, JUMP, ...) exist only inside the compiler; they
// are listed at the end with numbers >= 256 (3.11 gives them negative C constants) so
// the compiler can use the same table; they never appear in co_code. 3.11's specialised
// (quickened) instructions are not listed: .pyc files and compile() never contain them.

/** The notation of every `sem` string in the table. */
export const STACK_NOTATION = `Stack pictures, Forth style: (before -- after)
  (before -- after)  the top of the stack is on the RIGHT; the items named before \`--\`
                     are popped, the items after it are pushed.
  a, b, x, ...       values; \`(a b -- a+b)\` pops b (the top) then a, and pushes a+b.
  NULL               the C NULL marker CPython pushes before a callable.
  [x]                an item present only in some cases (said after the picture).
  x*n                n items (n is the oparg unless said otherwise).
  co_consts[i], co_names[i], locals[i], cells[i]
                     the code object's tables; i is the oparg unless said otherwise.
  -> L               jumps to label L (the jump target computed from the oparg).
  ...                stack items in between that are left untouched.`;

/** How an instruction's oparg is interpreted. */
export type OperandKind =
  | 'none' // no argument (opcode < HAVE_ARGUMENT), or the argument is ignored
  | 'const' // index into co_consts
  | 'name' // index into co_names
  | 'global' // LOAD_GLOBAL: (index into co_names) << 1 | push-NULL bit
  | 'local' // index into the fast locals (co_localsplusnames)
  | 'free' // index into co_localsplusnames of a cell or free variable
  | 'compare' // index into CMP_OP
  | 'jump-forward' // relative jump: target = next instruction + oparg code units
  | 'jump-backward' // relative jump: target = next instruction - oparg code units
  | 'count' // a number of stack items (BUILD_*, UNPACK_SEQUENCE, CALL, ...)
  | 'stack-index' // a depth into the stack (COPY, SWAP, LIST_APPEND, ...), 1 = top
  | 'binary-op' // index into NB_OPS
  | 'invert' // IS_OP / CONTAINS_OP: 1 means `is not` / `not in`
  | 'format' // FORMAT_VALUE: conversion (low 2 bits) | 4 if a format spec is on the stack
  | 'make-function' // MAKE_FUNCTION flags (MAKE_FUNCTION_FLAGS)
  | 'call-ex' // CALL_FUNCTION_EX: 1 if a kwargs mapping is on the stack
  | 'unpack-ex' // UNPACK_EX: (count after the star) << 8 | count before the star
  | 'raise' // RAISE_VARARGS: 0 (re-raise), 1 (exc), 2 (exc from cause)
  | 'reraise' // RERAISE: nonzero if f_lasti is to be restored from the stack
  | 'resume' // RESUME: 0 start, 1 after yield, 2 after yield from, 3 after await
  | 'slice' // BUILD_SLICE: 2 or 3 items
  | 'awaitable' // GET_AWAITABLE: where the await is (0, 1 __aenter__, 2 __aexit__)
  | 'extended' // EXTENDED_ARG: high bits of the next instruction's oparg
  | 'kw-names' // KW_NAMES: index into co_consts of a tuple of keyword names
  | 'free-count'; // COPY_FREE_VARS: number of free variables to copy

/** How an instruction transfers control. */
export type JumpKind =
  | 'none' // always continues with the next instruction
  | 'unconditional' // always jumps to its target
  | 'conditional' // jumps to its target or continues
  | 'return' // leaves the frame (RETURN_VALUE; RETURN_GENERATOR on first call)
  | 'raise'; // always raises (RAISE_VARARGS, RERAISE)

/**
 * A stack count: a constant, or a formula over `oparg` and `jump` (1 if the jump is taken,
 * else 0) in C syntax: integers, + - * & >> ==, `c ? a : b`, parentheses and popcount(x).
 * Formulas are data (docs/opcodes.md prints them); compileFormula turns each into a
 * closure once, when this module loads.
 */
export type StackCount = number | string;

export interface OpInfo {
  readonly name: string;
  /** The opcode number (bytes in co_code); pseudo-instructions are >= 256. */
  readonly code: number;
  /** Takes an argument (code >= HAVE_ARGUMENT). */
  readonly hasArg: boolean;
  /** Inline CACHE code units following the instruction in co_code. */
  readonly cache: number;
  readonly operand: OperandKind;
  readonly jump: JumpKind;
  readonly pops: StackCount;
  readonly pushes: StackCount;
  /** compile.c's stack_effect when it differs from pushes - pops (see header). */
  readonly disEffect?: StackCount;
  /** Exists only inside the compiler (never in co_code). */
  readonly pseudo: boolean;
  /** One-line semantics in the notation defined at the top of this file. */
  readonly sem: string;
}

export const HAVE_ARGUMENT = 90;
/** FORMAT_VALUE's oparg bits (Include/ceval.h FVC_*, FVS_*). */
export const FVC_MASK = 0x3;
export const FVC_NONE = 0x0;
export const FVC_STR = 0x1;
export const FVC_REPR = 0x2;
export const FVC_ASCII = 0x3;
export const FVS_MASK = 0x4;
export const FVS_HAVE_SPEC = 0x4;
/** MAKE_FUNCTION's oparg bits, in dis's order. */
export const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'] as const;
export const MF_DEFAULTS = 0x01;
export const MF_KWDEFAULTS = 0x02;
export const MF_ANNOTATIONS = 0x04;
export const MF_CLOSURE = 0x08;

// Small constructors keep the table one line of facts per instruction.
interface Spec {
  operand?: OperandKind;
  jump?: JumpKind;
  cache?: number;
  pops: StackCount;
  pushes: StackCount;
  disEffect?: StackCount;
  sem: string;
}
function def<N extends string>(name: N, code: number, s: Spec): OpInfo & { readonly name: N } {
  return {
    name,
    code,
    hasArg: code >= HAVE_ARGUMENT,
    cache: s.cache ?? 0,
    operand: s.operand ?? 'none',
    jump: s.jump ?? 'none',
    pops: s.pops,
    pushes: s.pushes,
    disEffect: s.disEffect,
    pseudo: false,
    sem: s.sem,
  };
}
function pseudo<N extends string>(name: N, code: number, s: Spec): OpInfo & { readonly name: N } {
  return { ...def(name, code, s), hasArg: true, pseudo: true };
}

/** The table, in opcode order. (`as const` keeps each name's literal type: OpName.) */
const TABLE = [
  def('CACHE', 0, { pops: 0, pushes: 0, sem: '( -- )  inline cache entry, never executed' }),
  def('POP_TOP', 1, { pops: 1, pushes: 0, sem: '(x -- )' }),
  def('PUSH_NULL', 2, { pops: 0, pushes: 1, sem: '( -- NULL)' }),
  def('NOP', 9, { pops: 0, pushes: 0, sem: '( -- )' }),
  def('UNARY_POSITIVE', 10, { pops: 1, pushes: 1, sem: '(a -- +a)' }),
  def('UNARY_NEGATIVE', 11, { pops: 1, pushes: 1, sem: '(a -- -a)' }),
  def('UNARY_NOT', 12, { pops: 1, pushes: 1, sem: '(a -- not a)' }),
  def('UNARY_INVERT', 15, { pops: 1, pushes: 1, sem: '(a -- ~a)' }),
  def('BINARY_SUBSCR', 25, { cache: 4, pops: 2, pushes: 1, sem: '(a i -- a[i])' }),
  def('GET_LEN', 30, { pops: 1, pushes: 2, sem: '(s -- s len(s))' }),
  def('MATCH_MAPPING', 31, { pops: 1, pushes: 2, sem: '(s -- s isinstance(s, Mapping))' }),
  def('MATCH_SEQUENCE', 32, { pops: 1, pushes: 2, sem: '(s -- s is-match-sequence(s))' }),
  def('MATCH_KEYS', 33, { pops: 2, pushes: 3, sem: '(m keys -- m keys values-tuple-or-None)' }),
  def('PUSH_EXC_INFO', 35, { pops: 1, pushes: 2, sem: '(exc -- prev_exc exc)  exc becomes the handled exception' }),
  def('CHECK_EXC_MATCH', 36, { pops: 2, pushes: 2, sem: '(exc type -- exc isinstance(exc, type))' }),
  def('CHECK_EG_MATCH', 37, { pops: 2, pushes: 2, sem: '(eg type -- rest match)  split an exception group (except*)' }),
  def('WITH_EXCEPT_START', 49, { pops: 4, pushes: 5, sem: '(exit lasti prev exc -- exit lasti prev exc exit(type, exc, tb))' }),
  def('GET_AITER', 50, { pops: 1, pushes: 1, sem: '(o -- o.__aiter__())' }),
  def('GET_ANEXT', 51, { pops: 1, pushes: 2, sem: '(ait -- ait awaitable(ait.__anext__()))' }),
  def('BEFORE_ASYNC_WITH', 52, { pops: 1, pushes: 2, sem: '(mgr -- mgr.__aexit__ awaitable(mgr.__aenter__()))' }),
  def('BEFORE_WITH', 53, { pops: 1, pushes: 2, sem: '(mgr -- mgr.__exit__ mgr.__enter__())' }),
  def('END_ASYNC_FOR', 54, { pops: 2, pushes: 0, sem: '(ait exc -- )  StopAsyncIteration ends the loop, else re-raise' }),
  def('STORE_SUBSCR', 60, { cache: 1, pops: 3, pushes: 0, sem: '(v a i -- )  a[i] = v' }),
  def('DELETE_SUBSCR', 61, { pops: 2, pushes: 0, sem: '(a i -- )  del a[i]' }),
  def('GET_ITER', 68, { pops: 1, pushes: 1, sem: '(o -- iter(o))' }),
  def('GET_YIELD_FROM_ITER', 69, { pops: 1, pushes: 1, sem: '(o -- o if generator/coroutine else iter(o))' }),
  def('PRINT_EXPR', 70, { pops: 1, pushes: 0, sem: '(v -- )  sys.displayhook(v)' }),
  def('LOAD_BUILD_CLASS', 71, { pops: 0, pushes: 1, sem: '( -- builtins.__build_class__)' }),
  def('LOAD_ASSERTION_ERROR', 74, { pops: 0, pushes: 1, sem: '( -- AssertionError)' }),
  def('RETURN_GENERATOR', 75, {
    jump: 'return',
    pops: 0,
    pushes: 1,
    disEffect: 0,
    sem: '( -- )  return a new generator for this frame; on first resume ( -- sent)',
  }),
  def('LIST_TO_TUPLE', 82, { pops: 1, pushes: 1, sem: '(l -- tuple(l))' }),
  def('RETURN_VALUE', 83, { jump: 'return', pops: 1, pushes: 0, sem: '(v -- )  return v to the caller' }),
  def('IMPORT_STAR', 84, { pops: 1, pushes: 0, sem: '(m -- )  from m import *' }),
  def('SETUP_ANNOTATIONS', 85, { pops: 0, pushes: 0, sem: "( -- )  __annotations__ = {} if absent" }),
  def('YIELD_VALUE', 86, { pops: 1, pushes: 1, sem: '(v -- sent)  yield v; resume with the sent value' }),
  def('ASYNC_GEN_WRAP', 87, { pops: 1, pushes: 1, sem: '(v -- wrapped(v))  async generator yield' }),
  def('PREP_RERAISE_STAR', 88, { pops: 2, pushes: 1, sem: '(orig excs -- exc-to-raise-or-None)' }),
  def('POP_EXCEPT', 89, { pops: 1, pushes: 0, sem: '(prev_exc -- )  restore the handled exception' }),

  def('STORE_NAME', 90, { operand: 'name', pops: 1, pushes: 0, sem: '(v -- )  locals[co_names[i]] = v' }),
  def('DELETE_NAME', 91, { operand: 'name', pops: 0, pushes: 0, sem: '( -- )  del locals[co_names[i]]' }),
  def('UNPACK_SEQUENCE', 92, {
    operand: 'count',
    cache: 1,
    pops: 1,
    pushes: 'oparg',
    sem: '(s -- s[n-1] ... s[0])  len(s) must be n = oparg',
  }),
  def('FOR_ITER', 93, {
    operand: 'jump-forward',
    jump: 'conditional',
    pops: 1,
    pushes: 'jump ? 0 : 2',
    sem: '(it -- it next(it))  or, when exhausted, (it -- ) -> L',
  }),
  def('UNPACK_EX', 94, {
    operand: 'unpack-ex',
    pops: 1,
    pushes: '(oparg & 255) + (oparg >> 8) + 1',
    sem: '(s -- after*hi list before*lo)  a, *b, c = s with lo = oparg & 0xff, hi = oparg >> 8',
  }),
  def('STORE_ATTR', 95, { operand: 'name', cache: 4, pops: 2, pushes: 0, sem: '(v o -- )  o.name = v' }),
  def('DELETE_ATTR', 96, { operand: 'name', pops: 1, pushes: 0, sem: '(o -- )  del o.name' }),
  def('STORE_GLOBAL', 97, { operand: 'name', pops: 1, pushes: 0, sem: '(v -- )  globals[co_names[i]] = v' }),
  def('DELETE_GLOBAL', 98, { operand: 'name', pops: 0, pushes: 0, sem: '( -- )  del globals[co_names[i]]' }),
  def('SWAP', 99, { operand: 'stack-index', pops: 'oparg', pushes: 'oparg', sem: '(a ... b -- b ... a)  swap top with the oparg-th item' }),
  def('LOAD_CONST', 100, { operand: 'const', pops: 0, pushes: 1, sem: '( -- co_consts[i])' }),
  def('LOAD_NAME', 101, { operand: 'name', pops: 0, pushes: 1, sem: '( -- locals/globals/builtins[co_names[i]])' }),
  def('BUILD_TUPLE', 102, { operand: 'count', pops: 'oparg', pushes: 1, sem: '(x*n -- (x, ...))' }),
  def('BUILD_LIST', 103, { operand: 'count', pops: 'oparg', pushes: 1, sem: '(x*n -- [x, ...])' }),
  def('BUILD_SET', 104, { operand: 'count', pops: 'oparg', pushes: 1, sem: '(x*n -- {x, ...})' }),
  def('BUILD_MAP', 105, { operand: 'count', pops: '2 * oparg', pushes: 1, sem: '((k v)*n -- {k: v, ...})' }),
  def('LOAD_ATTR', 106, { operand: 'name', cache: 4, pops: 1, pushes: 1, sem: '(o -- o.name)' }),
  def('COMPARE_OP', 107, { operand: 'compare', cache: 2, pops: 2, pushes: 1, sem: '(a b -- a<op>b)  op = CMP_OP[oparg]' }),
  def('IMPORT_NAME', 108, { operand: 'name', pops: 2, pushes: 1, sem: '(level fromlist -- __import__(name, ..., fromlist, level))' }),
  def('IMPORT_FROM', 109, { operand: 'name', pops: 1, pushes: 2, sem: '(m -- m m.name)' }),
  def('JUMP_FORWARD', 110, { operand: 'jump-forward', jump: 'unconditional', pops: 0, pushes: 0, sem: '( -- ) -> L' }),
  def('JUMP_IF_FALSE_OR_POP', 111, {
    operand: 'jump-forward',
    jump: 'conditional',
    pops: 'jump ? 0 : 1',
    pushes: 0,
    sem: '(v -- v) -> L if not v, else (v -- )',
  }),
  def('JUMP_IF_TRUE_OR_POP', 112, {
    operand: 'jump-forward',
    jump: 'conditional',
    pops: 'jump ? 0 : 1',
    pushes: 0,
    sem: '(v -- v) -> L if v, else (v -- )',
  }),
  def('POP_JUMP_FORWARD_IF_FALSE', 114, { operand: 'jump-forward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if not v' }),
  def('POP_JUMP_FORWARD_IF_TRUE', 115, { operand: 'jump-forward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if v' }),
  def('LOAD_GLOBAL', 116, {
    operand: 'global',
    cache: 5,
    pops: 0,
    pushes: '1 + (oparg & 1)',
    sem: '( -- [NULL] globals/builtins[co_names[i>>1]])  NULL pushed if i & 1',
  }),
  def('IS_OP', 117, { operand: 'invert', pops: 2, pushes: 1, sem: '(a b -- a is b)  `is not` if oparg' }),
  def('CONTAINS_OP', 118, { operand: 'invert', pops: 2, pushes: 1, sem: '(a b -- a in b)  `not in` if oparg' }),
  def('RERAISE', 119, { operand: 'reraise', jump: 'raise', pops: 1, pushes: 0, sem: '(exc -- )  raise exc again (f_lasti from the stack if oparg)' }),
  def('COPY', 120, { operand: 'stack-index', pops: 'oparg', pushes: 'oparg + 1', sem: '(x ... -- x ... x)  push the oparg-th item (1 = top)' }),
  def('BINARY_OP', 122, { operand: 'binary-op', cache: 1, pops: 2, pushes: 1, sem: '(a b -- a<op>b)  op = NB_OPS[oparg]' }),
  def('SEND', 123, {
    operand: 'jump-forward',
    jump: 'conditional',
    pops: 2,
    pushes: 'jump ? 1 : 2',
    sem: '(r v -- r r.send(v))  or, when r returns x, (r v -- x) -> L',
  }),
  def('LOAD_FAST', 124, { operand: 'local', pops: 0, pushes: 1, sem: '( -- locals[i])' }),
  def('STORE_FAST', 125, { operand: 'local', pops: 1, pushes: 0, sem: '(v -- )  locals[i] = v' }),
  def('DELETE_FAST', 126, { operand: 'local', pops: 0, pushes: 0, sem: '( -- )  del locals[i]' }),
  def('POP_JUMP_FORWARD_IF_NOT_NONE', 128, { operand: 'jump-forward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if v is not None' }),
  def('POP_JUMP_FORWARD_IF_NONE', 129, { operand: 'jump-forward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if v is None' }),
  def('RAISE_VARARGS', 130, { operand: 'raise', jump: 'raise', pops: 'oparg', pushes: 0, sem: '([exc [cause]] -- )  raise / raise exc / raise exc from cause' }),
  def('GET_AWAITABLE', 131, { operand: 'awaitable', pops: 1, pushes: 1, sem: '(o -- awaitable(o))' }),
  def('MAKE_FUNCTION', 132, {
    operand: 'make-function',
    pops: '1 + popcount(oparg & 15)',
    pushes: 1,
    sem: '([defaults] [kwdefaults] [annotations] [closure] code -- function)  per oparg flags',
  }),
  def('BUILD_SLICE', 133, { operand: 'slice', pops: 'oparg == 3 ? 3 : 2', pushes: 1, sem: '(a b [c] -- slice(a, b[, c]))' }),
  def('JUMP_BACKWARD_NO_INTERRUPT', 134, { operand: 'jump-backward', jump: 'unconditional', pops: 0, pushes: 0, sem: '( -- ) -> L  (no eval-breaker check)' }),
  def('MAKE_CELL', 135, { operand: 'free', pops: 0, pushes: 0, sem: '( -- )  cells[i] = cell(locals[i])' }),
  def('LOAD_CLOSURE', 136, { operand: 'free', pops: 0, pushes: 1, sem: '( -- cells[i])  the cell itself' }),
  def('LOAD_DEREF', 137, { operand: 'free', pops: 0, pushes: 1, sem: '( -- cells[i].contents)' }),
  def('STORE_DEREF', 138, { operand: 'free', pops: 1, pushes: 0, sem: '(v -- )  cells[i].contents = v' }),
  def('DELETE_DEREF', 139, { operand: 'free', pops: 0, pushes: 0, sem: '( -- )  del cells[i].contents' }),
  def('JUMP_BACKWARD', 140, { operand: 'jump-backward', jump: 'unconditional', pops: 0, pushes: 0, sem: '( -- ) -> L  (checks the eval breaker)' }),
  def('CALL_FUNCTION_EX', 142, {
    operand: 'call-ex',
    pops: '3 + (oparg & 1)',
    pushes: 1,
    sem: '(NULL f args [kwargs] -- f(*args, **kwargs))',
  }),
  def('EXTENDED_ARG', 144, { operand: 'extended', pops: 0, pushes: 0, sem: '( -- )  next oparg |= oparg << 8' }),
  def('LIST_APPEND', 145, { operand: 'stack-index', pops: 1, pushes: 0, sem: '(l ... v -- l ...)  l.append(v), l the oparg-th item after popping v' }),
  def('SET_ADD', 146, { operand: 'stack-index', pops: 1, pushes: 0, sem: '(s ... v -- s ...)  s.add(v)' }),
  def('MAP_ADD', 147, { operand: 'stack-index', pops: 2, pushes: 0, sem: '(d ... k v -- d ...)  d[k] = v' }),
  def('LOAD_CLASSDEREF', 148, { operand: 'free', pops: 0, pushes: 1, sem: '( -- locals[name] if present else cells[i].contents)' }),
  def('COPY_FREE_VARS', 149, { operand: 'free-count', pops: 0, pushes: 0, sem: "( -- )  copy the function's closure cells into the last oparg slots" }),
  def('RESUME', 151, { operand: 'resume', pops: 0, pushes: 0, sem: '( -- )  frame start / resumption point (eval-breaker check)' }),
  def('MATCH_CLASS', 152, { operand: 'count', pops: 3, pushes: 1, sem: '(s cls names -- attrs-tuple-or-None)  oparg positional sub-patterns' }),
  def('FORMAT_VALUE', 155, {
    operand: 'format',
    pops: '(oparg & 4) == 4 ? 2 : 1',
    pushes: 1,
    sem: '(v [spec] -- format(conv(v), spec))',
  }),
  def('BUILD_CONST_KEY_MAP', 156, { operand: 'count', pops: 'oparg + 1', pushes: 1, sem: '(v*n keys -- dict(zip(keys, v)))' }),
  def('BUILD_STRING', 157, { operand: 'count', pops: 'oparg', pushes: 1, sem: "(s*n -- ''.join(s))" }),
  def('LOAD_METHOD', 160, { operand: 'name', cache: 10, pops: 1, pushes: 2, sem: '(o -- meth o)  or (o -- NULL o.name) if not a method' }),
  def('LIST_EXTEND', 162, { operand: 'stack-index', pops: 1, pushes: 0, sem: '(l ... it -- l ...)  l.extend(it)' }),
  def('SET_UPDATE', 163, { operand: 'stack-index', pops: 1, pushes: 0, sem: '(s ... it -- s ...)  s.update(it)' }),
  def('DICT_MERGE', 164, { operand: 'stack-index', pops: 1, pushes: 0, sem: '(d ... m -- d ...)  d.update(m), duplicate keys are an error' }),
  def('DICT_UPDATE', 165, { operand: 'stack-index', pops: 1, pushes: 0, sem: '(d ... m -- d ...)  d.update(m)' }),
  def('PRECALL', 166, {
    operand: 'count',
    cache: 1,
    pops: 0,
    pushes: 0,
    disEffect: '0 - oparg',
    sem: '(NULL f args*n -- f NULL-or-self args*n)  unpack a bound method in place',
  }),
  def('CALL', 171, {
    operand: 'count',
    cache: 4,
    pops: 'oparg + 2',
    pushes: 1,
    disEffect: -1,
    sem: '(f-or-NULL self-or-f args*n -- result)  with KW_NAMES: the last args are keywords',
  }),
  def('KW_NAMES', 172, { operand: 'kw-names', pops: 0, pushes: 0, sem: '( -- )  the next CALL takes co_consts[i] as keyword names' }),
  def('POP_JUMP_BACKWARD_IF_NOT_NONE', 173, { operand: 'jump-backward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if v is not None' }),
  def('POP_JUMP_BACKWARD_IF_NONE', 174, { operand: 'jump-backward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if v is None' }),
  def('POP_JUMP_BACKWARD_IF_FALSE', 175, { operand: 'jump-backward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if not v' }),
  def('POP_JUMP_BACKWARD_IF_TRUE', 176, { operand: 'jump-backward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if v' }),

  // Compiler-only pseudo-instructions (3.11 compile.c). The SETUP_* ones mark the start of
  // a try region whose handler is their target; their "jump" effect is the stack depth the
  // handler sees. POP_JUMP_IF_* and JUMP become the FORWARD/BACKWARD forms when assembled.
  pseudo('SETUP_FINALLY', 256, { operand: 'jump-forward', jump: 'conditional', pops: 0, pushes: 'jump ? 1 : 0', sem: '( -- ) handler at L sees (exc)' }),
  pseudo('SETUP_CLEANUP', 257, { operand: 'jump-forward', jump: 'conditional', pops: 0, pushes: 'jump ? 2 : 0', sem: '( -- ) handler at L sees (lasti exc)' }),
  pseudo('SETUP_WITH', 258, { operand: 'jump-forward', jump: 'conditional', pops: 0, pushes: 'jump ? 1 : 0', sem: '( -- ) handler at L sees (exit lasti exc) minus the __enter__ result' }),
  pseudo('POP_BLOCK', 259, { pops: 0, pushes: 0, sem: '( -- )  end of a try region' }),
  pseudo('JUMP', 260, { operand: 'jump-forward', jump: 'unconditional', pops: 0, pushes: 0, sem: '( -- ) -> L' }),
  pseudo('JUMP_NO_INTERRUPT', 261, { operand: 'jump-forward', jump: 'unconditional', pops: 0, pushes: 0, sem: '( -- ) -> L' }),
  pseudo('POP_JUMP_IF_FALSE', 262, { operand: 'jump-forward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if not v' }),
  pseudo('POP_JUMP_IF_TRUE', 263, { operand: 'jump-forward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if v' }),
  pseudo('POP_JUMP_IF_NONE', 264, { operand: 'jump-forward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if v is None' }),
  pseudo('POP_JUMP_IF_NOT_NONE', 265, { operand: 'jump-forward', jump: 'conditional', pops: 1, pushes: 0, sem: '(v -- ) -> L if v is not None' }),
] as const;

export const OPCODES: readonly OpInfo[] = TABLE;
/** Every opcode name (pseudo-instructions included), derived from the table. */
export type OpName = (typeof TABLE)[number]['name'];

// ---------------------------------------------------------------------------------------
// Derived lookups. Nothing below lists opcodes by hand.

function buildOp(): Readonly<Record<OpName, number>> {
  const m: Record<string, number> = {};
  for (const e of OPCODES) m[e.name] = e.code;
  return Object.freeze(m) as Record<OpName, number>;
}

/** Opcode numbers by name: `Op.LOAD_FAST === 124`. */
export const Op = buildOp();

/** Table entry by opcode number (pseudo-instructions included); undefined if unassigned. */
export const OPINFO: readonly (OpInfo | undefined)[] = (() => {
  const a: (OpInfo | undefined)[] = new Array(266).fill(undefined);
  for (const e of OPCODES) a[e.code] = e;
  return a;
})();

/** Names by opcode number, as dis.opname ('<N>' for unassigned numbers below 256). */
export const OPNAME: readonly string[] = (() => {
  const a: string[] = [];
  for (let i = 0; i < 256; i++) a.push(OPINFO[i]?.name ?? `<${i}>`);
  return a;
})();

/** Inline CACHE entries by opcode number (0..255), as opcode._inline_cache_entries. */
export const CACHE_ENTRIES: Uint8Array = (() => {
  const a = new Uint8Array(256);
  for (const e of OPCODES) if (!e.pseudo) a[e.code] = e.cache;
  return a;
})();

function setOf(pred: (e: OpInfo) => boolean): ReadonlySet<number> {
  return new Set(OPCODES.filter((e) => !e.pseudo && pred(e)).map((e) => e.code));
}
/** The has* lists of Lib/opcode.py (real opcodes only). */
export const HASCONST = setOf((e) => e.operand === 'const' || e.operand === 'kw-names');
export const HASNAME = setOf((e) => e.operand === 'name' || e.operand === 'global');
export const HASJREL = setOf((e) => e.operand === 'jump-forward' || e.operand === 'jump-backward');
export const HASJABS: ReadonlySet<number> = new Set<number>();
export const HASLOCAL = setOf((e) => e.operand === 'local');
export const HASCOMPARE = setOf((e) => e.operand === 'compare');
export const HASFREE = setOf((e) => e.operand === 'free');
/** Jumps whose oparg counts backwards (dis._is_backward_jump). */
export const HASJBACK = setOf((e) => e.operand === 'jump-backward');
/** Any instruction with a jump target (real opcodes; SETUP_* pseudo ops excluded). */
export const HASJUMP = HASJREL;

export const EXTENDED_ARG = 144;

type CountFn = (oparg: number, jump: number) => number;

/**
 * Compiles a StackCount formula (grammar above) into a closure. Precedence as in C:
 * `*` > `+ -` > `>>` > `==` > `&` > `?:`.
 */
export function compileFormula(c: StackCount): CountFn {
  if (typeof c === 'number') return () => c;
  const toks = (c.match(/\s*(\d+|[A-Za-z_]\w*|>>|==|[-+*&?:()])/g) ?? []).map((t) => t.trim());
  if (toks.join('') !== c.replace(/\s+/g, '')) throw new Error(`bad stack formula '${c}'`);
  let i = 0;
  const fail = (): never => {
    throw new Error(`bad stack formula '${c}'`);
  };
  const peek = (): string | undefined => toks[i];
  const take = (t?: string): string => {
    const x = toks[i++];
    if (x === undefined || (t !== undefined && x !== t)) return fail();
    return x;
  };
  type Ops = Record<string, (a: number, b: number) => number>;
  const binary = (next: () => CountFn, ops: Ops) => (): CountFn => {
    let left = next();
    for (let t = peek(); t !== undefined && Object.prototype.hasOwnProperty.call(ops, t); t = peek()) {
      take();
      const f = ops[t];
      const l = left;
      const r = next();
      left = (o, j) => f(l(o, j), r(o, j));
    }
    return left;
  };
  const atom = (): CountFn => {
    const t = take();
    if (t === '(') {
      const e = cond();
      take(')');
      return e;
    }
    if (t === 'oparg') return (o) => o;
    if (t === 'jump') return (_o, j) => j;
    if (t === 'popcount') {
      take('(');
      const e = cond();
      take(')');
      return (o, j) => {
        let n = 0;
        for (let x = e(o, j); x; x &= x - 1) n++;
        return n;
      };
    }
    if (/^\d+$/.test(t)) {
      const v = Number(t);
      return () => v;
    }
    return fail();
  };
  const mul = binary(atom, { '*': (a, b) => a * b });
  const add = binary(mul, { '+': (a, b) => a + b, '-': (a, b) => a - b });
  const shift = binary(add, { '>>': (a, b) => a >> b });
  const eq = binary(shift, { '==': (a, b) => (a === b ? 1 : 0) });
  const and = binary(eq, { '&': (a, b) => a & b });
  function cond(): CountFn {
    const test = and();
    if (peek() !== '?') return test;
    take('?');
    const yes = cond();
    take(':');
    const no = cond();
    return (o, j) => (test(o, j) ? yes(o, j) : no(o, j));
  }
  const f = cond();
  if (i !== toks.length) fail();
  return f;
}

// Compiled once, indexed by opcode number.
const POPS: CountFn[] = [];
const PUSHES: CountFn[] = [];
const DIS_EFFECT: (CountFn | undefined)[] = [];
/** stackEffect of opcodes whose effect is a constant (the common case); NaN otherwise. */
const FIXED_EFFECT = new Float64Array(266).fill(NaN);
for (const e of OPCODES) {
  POPS[e.code] = compileFormula(e.pops);
  PUSHES[e.code] = compileFormula(e.pushes);
  DIS_EFFECT[e.code] = e.disEffect === undefined ? undefined : compileFormula(e.disEffect);
  if (e.disEffect !== undefined ? typeof e.disEffect === 'number' : typeof e.pops === 'number' && typeof e.pushes === 'number') {
    FIXED_EFFECT[e.code] = e.disEffect !== undefined ? (e.disEffect as number) : (e.pushes as number) - (e.pops as number);
  }
}

/** Values popped by the instruction (the eval loop's behaviour). */
export function stackPops(op: number, oparg: number, jump = false): number {
  info(op);
  return POPS[op](oparg, jump ? 1 : 0);
}
/** Values pushed by the instruction (the eval loop's behaviour). */
export function stackPushes(op: number, oparg: number, jump = false): number {
  info(op);
  return PUSHES[op](oparg, jump ? 1 : 0);
}

/**
 * compile.c stack_effect(): the net stack change, as dis.stack_effect(op, oparg, jump=...).
 * `jump` undefined means the maximum over both outcomes (dis's jump=None).
 */
export function stackEffect(op: number, oparg: number, jump?: boolean): number {
  const fixed = FIXED_EFFECT[op];
  // Not NaN (and in range): a constant effect, the compiler's hot path.
  if (fixed === fixed && fixed !== undefined) return fixed;
  info(op);
  const d = DIS_EFFECT[op];
  if (jump !== undefined) {
    const j = jump ? 1 : 0;
    return d !== undefined ? d(oparg, j) : PUSHES[op](oparg, j) - POPS[op](oparg, j);
  }
  const e1 = d !== undefined ? d(oparg, 1) : PUSHES[op](oparg, 1) - POPS[op](oparg, 1);
  const e0 = d !== undefined ? d(oparg, 0) : PUSHES[op](oparg, 0) - POPS[op](oparg, 0);
  return e1 > e0 ? e1 : e0;
}

/** The table entry of an opcode; throws on an unassigned number (a bug or corrupt code). */
export function info(op: number): OpInfo {
  const e = OPINFO[op];
  if (e === undefined) throw new RangeError(`unknown opcode ${op}`);
  return e;
}

// ---------------------------------------------------------------------------------------
// Argument tables shared by the compiler, dis and both VMs.

/** COMPARE_OP's argument (Lib/opcode.py cmp_op): index -> operator. */
export const CMP_OP = ['<', '<=', '==', '!=', '>', '>='] as const;
export type CmpOpSymbol = (typeof CMP_OP)[number];
export const PyCmp_LT = 0;
export const PyCmp_LE = 1;
export const PyCmp_EQ = 2;
export const PyCmp_NE = 3;
export const PyCmp_GT = 4;
export const PyCmp_GE = 5;

/** BINARY_OP's argument (Lib/opcode.py _nb_ops): index -> [name, symbol]. */
export const NB_OPS = [
  ['NB_ADD', '+'],
  ['NB_AND', '&'],
  ['NB_FLOOR_DIVIDE', '//'],
  ['NB_LSHIFT', '<<'],
  ['NB_MATRIX_MULTIPLY', '@'],
  ['NB_MULTIPLY', '*'],
  ['NB_REMAINDER', '%'],
  ['NB_OR', '|'],
  ['NB_POWER', '**'],
  ['NB_RSHIFT', '>>'],
  ['NB_SUBTRACT', '-'],
  ['NB_TRUE_DIVIDE', '/'],
  ['NB_XOR', '^'],
  ['NB_INPLACE_ADD', '+='],
  ['NB_INPLACE_AND', '&='],
  ['NB_INPLACE_FLOOR_DIVIDE', '//='],
  ['NB_INPLACE_LSHIFT', '<<='],
  ['NB_INPLACE_MATRIX_MULTIPLY', '@='],
  ['NB_INPLACE_MULTIPLY', '*='],
  ['NB_INPLACE_REMAINDER', '%='],
  ['NB_INPLACE_OR', '|='],
  ['NB_INPLACE_POWER', '**='],
  ['NB_INPLACE_RSHIFT', '>>='],
  ['NB_INPLACE_SUBTRACT', '-='],
  ['NB_INPLACE_TRUE_DIVIDE', '/='],
  ['NB_INPLACE_XOR', '^='],
] as const;
export type NbOpName = (typeof NB_OPS)[number][0];

/** BINARY_OP argument numbers by name: `NB.NB_ADD === 0`. */
export const NB: Readonly<Record<NbOpName, number>> = (() => {
  const m: Record<string, number> = {};
  NB_OPS.forEach(([n], i) => (m[n] = i));
  return Object.freeze(m) as Record<NbOpName, number>;
})();
/** Distance from a binary operator to its in-place form (NB_INPLACE_ADD - NB_ADD). */
export const NB_INPLACE_OFFSET = 13;

/** FORMAT_VALUE conversions as dis shows them (index = oparg & FVC_MASK). */
export const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'] as const;

/** True for jumps whose target is before them. */
export function isBackwardJump(op: number): boolean {
  return HASJBACK.has(op);
}

/**
 * Jump target of a relative jump at byte offset `offset` (the instruction itself, after any
 * EXTENDED_ARG prefix), in bytes, as dis computes it: the next code unit +/- oparg units.
 */
export function jumpTarget(op: number, oparg: number, offset: number): number {
  return offset + 2 + (isBackwardJump(op) ? -oparg : oparg) * 2;
}
