// Code generation for `match` statements (compile.c: compiler_match and the
// compiler_pattern_* family, CPython 3.11).
//
// Invariant of the pattern context: while a pattern is being matched, the stack holds the
// values captured so far (`stores`, bound only after the whole case matched) under
// `onTop` items the pattern still needs. On failure, a jump goes to the fail_pop block
// that pops exactly those items: fail_pop[n] pops n values and falls into fail_pop[n-1].

import type * as A from './ast';
import { BasicBlock, Compiler } from './compiler';
import { Op } from './opcode';
import { None, PyTuple, PyObject, PyFloat, PyComplex, PyBytes, PyNoneType } from '../runtime/object';
import { constantRepr } from './astdump';
import { addopCompare, compilerJumpIf, visitExpr } from './compiler_expr';
import { visitStmts } from './compiler_stmt';
import { constKey } from './compiler';

/** struct pattern_context */
interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: BasicBlock[];
  onTop: number;
}

const EQ: A.CmpOp = { _type: 'Eq' };
const GTE: A.CmpOp = { _type: 'GtE' };
const IS: A.CmpOp = { _type: 'Is' };

/** WILDCARD_CHECK: `_` */
function wildcardCheck(p: A.Pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

/** WILDCARD_STAR_CHECK: `*_` */
function wildcardStarCheck(p: A.Pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

/** ensure_fail_pop */
function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

/** jump_to_fail_pop */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJump(op, pc.failPop[pops]);
  c.nextBlock();
}

/** emit_and_reset_fail_pop */
function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (pc.failPop.length === 0) {
    c.nextBlock();
    return;
  }
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useNextBlock(pc.failPop[i]);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]);
  pc.failPop = [];
}

/** pattern_helper_rotate */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.addopI(Op.SWAP, count--);
}

/** pattern_helper_store_name */
function storeName(c: Compiler, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(Op.POP_TOP);
    return;
  }
  if (n === '__debug__') c.error('cannot assign to __debug__');
  if (pc.stores.includes(n)) c.error(`multiple assignments to name '${n}' in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

/** pattern_unpack_helper */
function unpackHelper(c: Compiler, elts: A.Pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'MatchStar' && !seenStar) {
      if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8)) {
        c.error('too many expressions in star-unpacking sequence pattern');
      }
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === 'MatchStar') {
      c.error('multiple starred expressions in sequence pattern');
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

/** pattern_helper_sequence_unpack */
function sequenceUnpack(c: Compiler, patterns: A.Pattern[], pc: PatternContext): void {
  unpackHelper(c, patterns);
  const size = patterns.length;
  pc.onTop += size;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i], pc);
  }
}

/** pattern_helper_sequence_subscr: [a, *_, b] by indexing instead of unpacking. */
function sequenceSubscr(c: Compiler, patterns: A.Pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i];
    if (wildcardCheck(pattern)) continue;
    if (i === star) continue;
    c.addopI(Op.COPY, 1);
    if (i < star) {
      c.loadConst(i);
    } else {
      c.addop(Op.GET_LEN);
      c.loadConst(size - i);
      c.addopI(Op.BINARY_OP, 10 /* NB_SUBTRACT */);
    }
    c.addop(Op.BINARY_SUBSCR);
    subpattern(c, pattern, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

/** compiler_pattern_subpattern: irrefutable sub-patterns are fine. */
function subpattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilerPattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

/** compiler_pattern_as */
function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
      c.error('wildcard makes remaining patterns unreachable');
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI(Op.COPY, 1);
  compilerPattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

/** validate_kwd_attrs */
function validateKwdAttrs(c: Compiler, attrs: string[], patterns: A.Pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    c.setLoc(patterns[i]);
    if (attrs[i] === '__debug__') c.error('cannot assign to __debug__');
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[i] === attrs[j]) {
        c.setLoc(patterns[j]);
        c.error(`attribute name repeated in class pattern: ${attrs[i]}`);
      }
    }
  }
}

/** compiler_pattern_class */
function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const patterns = p.patterns;
  const kwdAttrs = p.kwd_attrs;
  const kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = kwdAttrs.length;
  if (nattrs !== kwdPatterns.length) {
    c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    validateKwdAttrs(c, kwdAttrs, kwdPatterns);
    c.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst(new PyTuple(kwdAttrs.slice()));
  c.addopI(Op.MATCH_CLASS, nargs);
  c.addopI(Op.COPY, 1);
  c.loadConst(None);
  c.addopI(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const pattern = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
    if (wildcardCheck(pattern)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    subpattern(c, pattern, pc);
  }
}

/** compiler_pattern_mapping */
function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys as (A.ExprNode | null)[];
  const patterns = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) {
    c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  }
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(Op.POP_TOP);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN);
    c.loadConst(size);
    addopCompare(c, GTE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i];
    if (key === null) {
      c.setLoc(patterns[i]);
      c.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
    }
    if (key._type === 'Constant') {
      const k = equalityKey(key.value as PyObject);
      if (k !== null && seen.has(k)) c.error(`mapping pattern checks duplicate key (${constantRepr(key.value as PyObject)})`);
      if (k !== null) seen.add(k);
    } else if (key._type !== 'Attribute') {
      c.error('mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.addopI(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  pc.onTop += 2;
  c.addopI(Op.COPY, 1);
  c.loadConst(None);
  c.addopI(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i], pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    // rest = dict(subject); del rest[key] for each key
    c.addopI(Op.BUILD_MAP, 0);
    c.addopI(Op.SWAP, 3);
    c.addopI(Op.DICT_UPDATE, 2);
    c.addopI(Op.UNPACK_SEQUENCE, size);
    while (size) {
      c.addopI(Op.COPY, 1 + size--);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP);
    c.addop(Op.POP_TOP);
  }
}

/**
 * A key equal for constants that are equal in Python (0, False, 0.0 and 0j; 1.5 and 1.5+0j), as
 * the set CPython's compiler_pattern_mapping checks duplicate keys with; null for a NaN, equal to
 * nothing.
 */
function equalityKey(v: PyObject): string | null {
  if (typeof v === 'boolean') return 'n' + (v ? 1 : 0);
  if (typeof v === 'number' || typeof v === 'bigint') return 'n' + v.toString();
  if (typeof v === 'string') return 's' + v;
  if (v instanceof PyFloat) return floatEqualityKey(v.value);
  if (v instanceof PyComplex) return v.imag === 0 ? floatEqualityKey(v.real) : Number.isNaN(v.real) || Number.isNaN(v.imag) ? null : `c${v.real},${v.imag}`;
  if (v instanceof PyBytes) return 'b' + Array.from(v.bytes).join(',');
  if (v instanceof PyNoneType) return 'N';
  return constKey(v);
}

function floatEqualityKey(x: number): string | null {
  if (Number.isNaN(x)) return null;
  // An integral float equals the int of its value (1e300 == 10**300 is False, but == int(1e300)).
  if (Number.isInteger(x)) return 'n' + BigInt(x).toString();
  return 'f' + String(x);
}

/** compiler_pattern_or */
function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old: PatternContext = { ...pc, stores: pc.stores, failPop: pc.failPop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1);
    compilerPattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      c.error('alternative patterns bind different names');
    } else if (nstores) {
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.addopJump(Op.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.useNextBlock(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP);
}

/** compiler_pattern_sequence */
function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i];
    if (pattern._type === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern');
      starWildcard = wildcardStarCheck(pattern);
      onlyWildcard = onlyWildcard && starWildcard;
      star = i;
      continue;
    }
    onlyWildcard = onlyWildcard && wildcardCheck(pattern);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN);
    c.loadConst(size);
    addopCompare(c, EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size - 1 > 0) {
    // With a star: len(subject) >= size - 1
    c.addop(Op.GET_LEN);
    c.loadConst(size - 1);
    addopCompare(c, GTE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

/** compiler_pattern_value */
function patternValue(c: Compiler, p: A.MatchValue, pc: PatternContext): void {
  const value = p.value;
  if (value._type !== 'Constant' && value._type !== 'Attribute') {
    c.error('patterns may only match literals and attribute lookups');
  }
  visitExpr(c, value);
  addopCompare(c, EQ);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

/** compiler_pattern_singleton */
function patternSingleton(c: Compiler, p: A.MatchSingleton, pc: PatternContext): void {
  c.loadConst(p.value);
  addopCompare(c, IS);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

/** compiler_pattern */
function compilerPattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case 'MatchValue': patternValue(c, p, pc); return;
    case 'MatchSingleton': patternSingleton(c, p, pc); return;
    case 'MatchSequence': patternSequence(c, p, pc); return;
    case 'MatchMapping': patternMapping(c, p, pc); return;
    case 'MatchClass': patternClass(c, p, pc); return;
    case 'MatchStar': storeName(c, p.name, pc); return;
    case 'MatchAs': patternAs(c, p, pc); return;
    case 'MatchOr': patternOr(c, p, pc); return;
    default: {
      const never: never = p;
      throw new Error('unexpected pattern ' + JSON.stringify(never));
    }
  }
}

/** compiler_match (compiler_match_inner) */
export function compilerMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  let m = s.cases[cases - 1];
  const hasDefault = wildcardCheck(m.pattern) && cases > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i];
    c.setLoc(m.pattern);
    if (i !== cases - hasDefault - 1) c.addopI(Op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilerPattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      compilerJumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (i !== cases - hasDefault - 1) c.addop(Op.POP_TOP);
    visitStmts(c, m.body);
    c.addopJumpNoLine(Op.JUMP, end);
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1];
    c.setLoc(m.pattern);
    if (cases === 1) c.addop(Op.POP_TOP);
    else c.addop(Op.NOP);
    if (m.guard) compilerJumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.useNextBlock(end);
}
