// The re module (str patterns; bytes patterns through latin-1): CPython 3.11's pattern syntax
// parsed here (its error messages and positions, its group rules), translated to a JS RegExp
// with the 'u' flag that does the matching. The Python-visible layer (Pattern, Match, the
// module functions, re.error, RegexFlag, the template expansion and the 3.7+ empty-match
// rules of findall/finditer/sub/split) is Python source run by pyvm (python_source.ts) over
// the primitives of the built-in module _pyvm_re defined here.
//
// Translation (Python -> JS, in 'u' mode):
//   .  -> [^\n] (DOTALL: [\s\S]);   ^ $ \A \Z -> lookarounds on \n and the input's ends (JS's
//   own m flag also breaks lines at \r, \u2028, \u2029);   \d \w \s \b \B -> Unicode classes
//   (Python's str classes are Unicode, JS's are ASCII);   every capture -> a symbolic group
//   (?<gN>..) renumbered to a plain JS group (finalize);   (?>..) and possessive quantifiers
//   -> (?=(..))\K (the lookahead-capture form of an atomic group);   (?i:..)/(?-i:..) scoped
//   case flags, and IGNORECASE with ASCII -> explicit case variants (this Node has no JS
//   regexp modifiers);   X? over an X that can match empty -> (?:X|) (CPython takes the
//   empty X);   a conditional (?(N)yes|no), and a backreference to a group that may not
//   participate, test a participation flag captured at the group's end (expandMarks).
// Positions are code points: strings holding surrogate pairs have their indices converted.
// Where JS's RegExp would answer otherwise -- a group inside a repeated group that may not take
// part in an iteration (JS resets it at every iteration: ((a)|b)+ on 'ab' gave group 2 None,
// CPython 'a'), a repeated body that can match empty and holds groups (JS refuses the empty
// iteration CPython takes once), a possessive repeat over more than one character -- the
// pattern is matched by a backtracker over the parsed structure instead (treeExec), whose
// leaves are still sticky RegExps. Known differences: treeExec recurses per item matched and
// falls back to the RegExp (with its group values) when JS's stack runs out (some thousands of
// iterations); on an empty input a conditional sees an empty-able group as unset; IGNORECASE
// is JS's simple case folding (a few characters, e.g. U+0130, differ).

import { PyObject, PyTuple, None, PyBase } from '../object';
import { makeBuiltinType, objectType, setBuiltinType } from '../types';
import { PyList } from '../containers';
import { PyDict } from '../dict';
import { defineModule } from './module_util';
import { definePythonModule } from './python_source';
import { asIndex } from '../lib_args';
import { RE_SOURCE } from './re_source';
import './re_internal_source';
import { lookupName } from './unicodedata_data';
import { asciiEscape } from '../format_hooks';

// ---- flags (sre_constants) ----------------------------------------------------------------------
const F_TEMPLATE = 1, F_I = 2, F_L = 4, F_M = 8, F_S = 16, F_U = 32, F_X = 64, F_A = 256;
const FLAGS: Record<string, number> = { i: F_I, L: F_L, m: F_M, s: F_S, x: F_X, a: F_A, t: F_TEMPLATE, u: F_U };
const TYPE_FLAGS = F_A | F_L | F_U;
const GLOBAL_FLAGS = F_TEMPLATE;
const MAXREPEAT = 4294967295;
const MAXGROUPS = 1073741823;

class ReError {
  constructor(readonly msg: string, readonly pos: number | null, readonly kind: 'error' | 'overflow' | 'notimpl' = 'error') {}
}

// ---- tokenizer (over code points, positions in code points) -------------------------------------
class Tokenizer {
  readonly chars: string[];
  index = 0;
  next: string | null = null;
  /** Where the parser's DeprecationWarning/FutureWarning messages go (null: dropped). */
  warn: ((category: 'd' | 'f', msg: string) => void) | null = null;
  /** False for a bytes pattern or template (decoded as latin-1). */
  istext = true;
  constructor(readonly string: string) {
    this.chars = Array.from(string);
    this.advance();
  }
  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      return;
    }
    let ch = this.chars[index];
    if (ch === '\\') {
      index++;
      if (index >= this.chars.length) throw new ReError('bad escape (end of pattern)', this.chars.length - 1);
      ch += this.chars[index];
    }
    this.index = index + 1;
    this.next = ch;
  }
  match(c: string): boolean {
    if (c === this.next) {
      this.advance();
      return true;
    }
    return false;
  }
  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }
  getwhile(n: number, charset: string): string {
    let r = '';
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !charset.includes(c)) break;
      r += c;
      this.advance();
    }
    return r;
  }
  getuntil(terminator: string, name: string): string {
    let r = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!r) throw this.error('missing ' + name);
        throw this.error(`missing ${terminator}, unterminated name`, cpLen(r));
      }
      if (c === terminator) {
        if (!r) throw this.error('missing ' + name, 1);
        break;
      }
      r += c;
    }
    return r;
  }
  tell(): number {
    return this.index - (this.next === null ? 0 : cpLen(this.next));
  }
  seek(i: number): void {
    this.index = i;
    this.advance();
  }
  error(msg: string, offset = 0): ReError {
    return new ReError(msg, this.tell() - offset);
  }
  checkgroupname(name: string, offset: number): void {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${pyRepr(name)}`, cpLen(name) + offset);
    // 3.11: a bytes group name that is not ASCII is deprecated
    if (!this.istext && !/^[\x00-\x7f]*$/.test(name) && this.warn !== null) {
      this.warn('d', `bad character in group name ${pyAscii(name)} at position ${this.tell() - cpLen(name) - offset}`);
    }
  }
  /** A numeric group reference that is not plain ASCII digits (int() accepted it): deprecated in 3.11. */
  warnGroupNumber(name: string): void {
    if (/^[0-9]+$/.test(name) || this.warn === null) return;
    this.warn('d', `bad character in group name ${this.istext ? pyRepr(name) : pyAscii(name)} at position ${this.tell() - cpLen(name) - 1}`);
  }
}

function cpLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00b7\u0387\u1369-\u1371\u19da\u1885\u1886\u2118\u212e\u309b\u309c]*$/u.test(s);
}

/** Python's int() of a group name that is not an identifier: a number >= 0, or null where int()
 * fails or gives a negative number (surrounding whitespace, a sign, '_' between digits and any
 * Unicode decimal digits are accepted, as int() accepts them). */
function groupNumber(name: string): number | null {
  const m = /^[ \t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*([+-]?)(\p{Nd}(?:_?\p{Nd})*)[ \t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/u.exec(name);
  if (m === null) return null;
  let v = 0;
  for (const ch of m[2]) {
    if (ch === '_') continue;
    // Unicode's decimal digits come in runs of ten from 0: a digit's value is its place in its run
    let cp = ch.codePointAt(0)!;
    let k = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
      cp--;
      k++;
    }
    v = v * 10 + (k % 10);
  }
  if (m[1] === '-' && v !== 0) return null;
  return v;
}

/** Python's ascii() of a str: its repr with non-ASCII characters escaped (format_hooks.ts). */
function pyAscii(s: string): string {
  return asciiEscape(pyRepr(s));
}

/** Python's repr of a str (enough for group names and character names in messages). */
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';
const ESCAPES: Record<string, number> = { '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92 };

// ---- the intermediate items ---------------------------------------------------------------------
type Cat = 'd' | 'D' | 'w' | 'W' | 's' | 'S';
/** A class member: a code point range or a category. */
type SetItem = { lo: number; hi: number } | { cat: Cat };
const enum Kind { Literal, At, Repeat, Other, Set }
interface Item {
  kind: Kind;
  js: string;
  lo: number;
  hi: number;
  /** A single JS atom (a quantifier may follow it directly). */
  atom: boolean;
  /** The item's structure for the backtracking matcher (absent: a leaf matched by its js). */
  node?: Node;
}

/**
 * The pattern's structure, for the backtracking matcher (treeExec) that patterns JS's RegExp
 * would answer differently use: leaves (a character, a class, an anchor) are matched by their
 * JS source as sticky RegExps; the rest is CPython's sre semantics.
 */
type Node =
  | { t: 'leaf'; js: string; lo: number; hi: number; re?: RegExp }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; g: number; child: Node }
  | { t: 'rep'; min: number; max: number; mode: 0 | 1 | 2; child: Node; lo: number }
  | { t: 'atomic'; child: Node }
  | { t: 'look'; behind: boolean; neg: boolean; w: number; child: Node }
  | { t: 'ref'; g: number; ci: boolean }
  | { t: 'cond'; g: number; yes: Node; no: Node };

function nodeOf(it: Item): Node {
  return it.node ?? { t: 'leaf', js: it.js, lo: it.lo, hi: it.hi };
}

/** The scoped inline flags in force: (?i:...) adds, (?-i:...) removes. */
interface Scope {
  add: number;
  del: number;
}

class State {
  flags = 0;
  groupdict = new Map<string, number>();
  groupwidths: ([number, number] | null)[] = [null];
  lookbehindgroups: number | null = null;
  grouprefpos = new Map<number, number>();
  parents: number[] = [-1];
  openStack: number[] = [0];
  hidden = 0;
  unsupported: string | null = null;
  /** Groups that may be unset where a backreference or a conditional tests them. */
  optional = new Set<number>();
  /** Groups a conditional tests. */
  condTested = new Set<number>();
  /** Groups a backreference refers to. */
  referenced = new Set<number>();
  lookbehindError: string | null = null;
  needsRetry = false;
  scopedCase = false;
  constructor(readonly manualCase: boolean, readonly isbytes: boolean) {}
  get groups(): number {
    return this.groupwidths.length;
  }
  opengroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw new ReError('too many groups', null);
    if (name !== null) {
      const ogid = this.groupdict.get(name);
      if (ogid !== undefined) throw new ReError(`redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${ogid}`, null);
      this.groupdict.set(name, gid);
    }
    this.parents.push(this.openStack[this.openStack.length - 1]);
    return gid;
  }
  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }
  checklookbehindgroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) throw source.error('cannot refer to an open group');
      if (gid >= this.lookbehindgroups) throw source.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }
}

// ---- JS emission helpers ------------------------------------------------------------------------
function cpJs(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x20) return String.fromCharCode(c);
  return '\\u{' + c.toString(16) + '}';
}

const UNI_SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const UNI_WORD = '\\p{L}\\p{N}_';
const ASCII_SPACE = '\\t-\\r ';

/** A category's members inside a JS class, or null when it must be written as an alternative. */
function catInClass(cat: Cat, ascii: boolean): string | null {
  switch (cat) {
    case 'd': return ascii ? '0-9' : '\\p{Nd}';
    case 'D': return ascii ? '\\D' : '\\P{Nd}';
    case 'w': return ascii ? 'A-Za-z0-9_' : UNI_WORD;
    case 'W': return ascii ? '\\W' : null;
    case 's': return ascii ? ASCII_SPACE : UNI_SPACE;
    case 'S': return null;
  }
}
function catNegated(cat: Cat, ascii: boolean): string {
  return cat === 'W' ? `[^${ascii ? 'A-Za-z0-9_' : UNI_WORD}]` : `[^${ascii ? ASCII_SPACE : UNI_SPACE}]`;
}

function caseVariants(c: number, ascii: boolean): number[] {
  if (ascii) {
    if (c >= 0x41 && c <= 0x5a) return [c, c + 32];
    if (c >= 0x61 && c <= 0x7a) return [c, c - 32];
    return [c];
  }
  const s = String.fromCodePoint(c);
  const out = [c];
  for (const t of [s.toLowerCase(), s.toUpperCase()]) {
    const d = t.codePointAt(0)!;
    if (cpLen(t) === 1 && !out.includes(d)) out.push(d);
  }
  return out;
}

function setJs(items: SetItem[], negate: boolean, ascii: boolean, fold: boolean): string {
  let inner = '';
  const alts: string[] = [];
  const ranges: { lo: number; hi: number }[] = [];
  for (const it of items) {
    if ('cat' in it) {
      const c = catInClass(it.cat, ascii);
      if (c === null) alts.push(catNegated(it.cat, ascii));
      else inner += c;
    } else ranges.push(it);
  }
  if (fold) {
    const extra: { lo: number; hi: number }[] = [];
    for (const r of ranges) {
      if (r.hi - r.lo > 2000 && !ascii) continue;
      for (let c = r.lo; c <= r.hi; c++) {
        if (ascii && c > 0x7a) break;
        for (const v of caseVariants(c, ascii)) if (v !== c) extra.push({ lo: v, hi: v });
      }
    }
    ranges.push(...extra);
  }
  for (const r of ranges) inner += r.lo === r.hi ? cpJs(r.lo) : cpJs(r.lo) + '-' + cpJs(r.hi);
  if (alts.length === 0) return negate ? `[^${inner}]` : `[${inner}]`;
  if (inner !== '') alts.unshift(`[${inner}]`);
  const union = `(?:${alts.join('|')})`;
  return negate ? `(?:(?!${union})[\\s\\S])` : union;
}

function literalJs(c: number, flags: number, st: State): string {
  if (st.manualCase && flags & F_I) {
    const vs = caseVariants(c, (flags & F_A) !== 0);
    if (vs.length > 1) return '[' + vs.map(cpJs).join('') + ']';
  }
  return cpJs(c);
}

function wordClass(flags: number): string {
  return flags & F_A ? '[A-Za-z0-9_]' : `[${UNI_WORD}]`;
}

function atJs(what: string, flags: number): string {
  switch (what) {
    case '^': return flags & F_M ? '(?<![^\\n])' : '^';
    case '$': return flags & F_M ? '(?![^\\n])' : '(?=\\n?$)';
    case 'A': return '^';
    case 'Z': return '$';
    case 'b': {
      const w = wordClass(flags);
      return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
    }
    default: {
      const w = wordClass(flags);
      return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})(?:(?<=[\\s\\S])|(?=[\\s\\S])))`;
    }
  }
}

function catJs(cat: Cat, flags: number): string {
  const ascii = (flags & F_A) !== 0;
  const c = catInClass(cat, ascii);
  if (c === null) return catNegated(cat, ascii);
  if (cat === 'D' && !ascii) return '\\P{Nd}';
  return `[${c}]`;
}

const lit = (c: number, flags: number, st: State): Item => ({ kind: Kind.Literal, js: literalJs(c, flags, st), lo: 1, hi: 1, atom: true, });

// ---- the parser (sre_parse's structure and messages) ---------------------------------------------
type Code = { t: 'lit'; c: number } | { t: 'cat'; cat: Cat } | { t: 'at'; at: string } | { t: 'ref'; g: number };

function classEscape(source: Tokenizer, escape: string): Code {
  const e = ESCAPES[escape];
  if (e !== undefined) return { t: 'lit', c: e };
  const c = escape.slice(1);
  if ('dDwWsS'.includes(c) && c.length === 1) return { t: 'cat', cat: c as Cat };
  if (c === 'x') {
    escape += source.getwhile(2, HEXDIGITS);
    if (escape.length !== 4) throw source.error(`incomplete escape ${escape}`, escape.length);
    return { t: 'lit', c: parseInt(escape.slice(2), 16) };
  }
  if (c === 'u' && source.istext) {
    escape += source.getwhile(4, HEXDIGITS);
    if (escape.length !== 6) throw source.error(`incomplete escape ${escape}`, escape.length);
    return { t: 'lit', c: parseInt(escape.slice(2), 16) };
  }
  if (c === 'U' && source.istext) {
    escape += source.getwhile(8, HEXDIGITS);
    if (escape.length !== 10) throw source.error(`incomplete escape ${escape}`, escape.length);
    const v = parseInt(escape.slice(2), 16);
    if (v > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length);
    return { t: 'lit', c: v };
  }
  if (c === 'N' && source.istext) return namedEscape(source);
  if (OCTDIGITS.includes(c)) {
    escape += source.getwhile(2, OCTDIGITS);
    const v = parseInt(escape.slice(1), 8);
    if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, cpLen(escape));
    return { t: 'lit', c: v };
  }
  if (DIGITS.includes(c)) throw source.error(`bad escape ${escape}`, cpLen(escape));
  if (ASCIILETTERS.includes(c)) throw source.error(`bad escape ${escape}`, cpLen(escape));
  return { t: 'lit', c: c.codePointAt(0)! };
}

function namedEscape(source: Tokenizer): Code {
  if (!source.match('{')) throw source.error('missing {');
  const name = source.getuntil('}', 'character name');
  // unicodedata.lookup's answer (a named sequence is several characters: ord() refuses it)
  const ch = Buffer.byteLength(name, 'utf8') > 256 ? undefined : lookupName(name, false);
  if (ch === undefined || cpLen(ch) !== 1) throw source.error(`undefined character name ${pyRepr(name)}`, cpLen(name) + 4);
  return { t: 'lit', c: ch.codePointAt(0)! };
}

function escapeCode(source: Tokenizer, escape: string, state: State): Code {
  const c = escape.slice(1);
  if (c === 'A' || c === 'Z' || c === 'b' || c === 'B') return { t: 'at', at: c };
  if ('dDwWsS'.includes(c) && c.length === 1) return { t: 'cat', cat: c as Cat };
  const e = ESCAPES[escape];
  if (e !== undefined) return { t: 'lit', c: e };
  if (c === 'x' || c === 'u' || c === 'U' || c === 'N') return classEscape(source, escape);
  if (c === '0') {
    escape += source.getwhile(2, OCTDIGITS);
    return { t: 'lit', c: parseInt(escape.slice(1), 8) };
  }
  if (c.length === 1 && DIGITS.includes(c)) {
    if (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) {
      escape += source.get();
      if (OCTDIGITS.includes(escape[1]) && OCTDIGITS.includes(escape[2]) && source.next !== null && source.next.length === 1 && OCTDIGITS.includes(source.next)) {
        escape += source.get();
        const v = parseInt(escape.slice(1), 8);
        if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        return { t: 'lit', c: v };
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkgroup(group)) throw source.error('cannot refer to an open group', escape.length);
      state.checklookbehindgroup(group, source);
      return { t: 'ref', g: group };
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1);
  }
  if (ASCIILETTERS.includes(c)) throw source.error(`bad escape ${escape}`, cpLen(escape));
  return { t: 'lit', c: c.codePointAt(0)! };
}

/** Marks the groups numbered from g0 up to the current count as possibly unset. */
function markOptional(state: State, g0: number): void {
  for (let g = g0; g < state.groups; g++) state.optional.add(g);
}

function seqItem(items: Item[]): Item {
  if (items.length === 1) return items[0];
  let lo = 0, hi = 0;
  for (const it of items) {
    lo += it.lo;
    hi += it.hi;
  }
  return { kind: Kind.Other, js: items.map((i) => i.js).join(''), lo, hi, atom: false, node: { t: 'seq', items: items.map(nodeOf) } };
}

function parseSub(source: Tokenizer, state: State, verbose: boolean, nested: number, scope: Scope): Item {
  const alts: Item[] = [];
  const g0 = state.groups;
  for (;;) {
    alts.push(seqItem(parse(source, state, verbose, nested + 1, !nested && alts.length === 0, scope)));
    if (!source.match('|')) break;
    if (!nested) verbose = (state.flags & F_X) !== 0;
  }
  if (alts.length === 1) return alts[0];
  markOptional(state, g0);
  let lo = Infinity, hi = 0;
  for (let i = 0; i < alts.length; i++) {
    lo = Math.min(lo, alts[i].lo);
    hi = Math.max(hi, alts[i].hi);
    if (i < alts.length - 1 && alts[i].lo === 0) state.needsRetry = true;
  }
  return { kind: Kind.Other, js: '(?:' + alts.map((a) => a.js).join('|') + ')', lo, hi, atom: true, node: { t: 'alt', alts: alts.map(nodeOf) } };
}

function parse(source: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean, scope: Scope): Item[] {
  const sub: Item[] = [];
  // the group count when each item of sub began (the groups inside a quantified item)
  const itemStarts: number[] = [];
  let gStart = state.groups;
  for (;;) {
    while (itemStarts.length < sub.length) itemStarts.push(gStart);
    gStart = state.groups;
    let self = source.next;
    if (self === null) break;
    if (self === '|' || self === ')') break;
    source.get();
    const flags = ((state.flags | scope.add) & ~scope.del) | (state.isbytes ? F_A : 0);
    if (verbose) {
      if (WHITESPACE.includes(self)) continue;
      if (self === '#') {
        for (;;) {
          self = source.get();
          if (self === null || self === '\n') break;
        }
        continue;
      }
    }
    if (self[0] === '\\') {
      const code = escapeCode(source, self, state);
      sub.push(codeItem(code, flags, state));
    } else if (!SPECIAL_CHARS.includes(self)) {
      sub.push(lit(self.codePointAt(0)!, flags, state));
    } else if (self === '[') {
      const here = source.tell() - 1;
      const set: SetItem[] = [];
      if (source.next === '[' && source.warn !== null) source.warn('f', `Possible nested set at position ${source.tell()}`);
      const negate = source.match('^');
      let onlyLiteral: number | null = null;
      let count = 0;
      for (;;) {
        const t = source.get();
        if (t === null) throw source.error('unterminated character set', source.tell() - here);
        if (t === ']' && count > 0) break;
        let code1: Code;
        if (t[0] === '\\') code1 = classEscape(source, t);
        else {
          if (count > 0 && (t === '-' || t === '&' || t === '~' || t === '|') && source.next === t && source.warn !== null) {
            const op = t === '-' ? 'difference' : t === '&' ? 'intersection' : t === '~' ? 'symmetric difference' : 'union';
            source.warn('f', `Possible set ${op} at position ${source.tell() - 1}`);
          }
          code1 = { t: 'lit', c: t.codePointAt(0)! };
        }
        if (source.match('-')) {
          const that = source.get();
          if (that === null) throw source.error('unterminated character set', source.tell() - here);
          if (that === ']') {
            set.push(code1.t === 'lit' ? { lo: code1.c, hi: code1.c } : { cat: (code1 as { cat: Cat }).cat });
            set.push({ lo: 45, hi: 45 });
            count += 2;
            break;
          }
          let code2: Code;
          if (that[0] === '\\') code2 = classEscape(source, that);
          else {
            if (that === '-' && source.warn !== null) source.warn('f', `Possible set difference at position ${source.tell() - 2}`);
            code2 = { t: 'lit', c: that.codePointAt(0)! };
          }
          if (code1.t !== 'lit' || code2.t !== 'lit') throw source.error(`bad character range ${t}-${that}`, cpLen(t) + 1 + cpLen(that));
          if (code2.c < code1.c) throw source.error(`bad character range ${t}-${that}`, cpLen(t) + 1 + cpLen(that));
          set.push({ lo: code1.c, hi: code2.c });
        } else {
          set.push(code1.t === 'lit' ? { lo: code1.c, hi: code1.c } : { cat: (code1 as { cat: Cat }).cat });
        }
        count++;
      }
      if (set.length === 1 && !('cat' in set[0]) && set[0].lo === set[0].hi) onlyLiteral = set[0].lo;
      const fold = state.manualCase && (flags & F_I) !== 0;
      if (onlyLiteral !== null && !negate) sub.push(lit(onlyLiteral, flags, state));
      else sub.push({ kind: Kind.Set, js: setJs(set, negate, (flags & F_A) !== 0, fold), lo: 1, hi: 1, atom: true });
    } else if (REPEAT_CHARS.includes(self)) {
      const here = source.tell();
      let min = 0, max = MAXREPEAT;
      if (self === '?') max = 1;
      else if (self === '+') min = 1;
      else if (self === '{') {
        if (source.next === '}') {
          sub.push(lit(123, flags, state));
          continue;
        }
        let lo = '', hi = '';
        while (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) lo += source.get();
        if (source.match(',')) {
          while (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) hi += source.get();
        } else hi = lo;
        if (!source.match('}')) {
          sub.push(lit(123, flags, state));
          source.seek(here);
          continue;
        }
        if (lo) {
          min = Number(lo);
          if (min >= MAXREPEAT) throw new ReError('the repetition number is too large', null, 'overflow');
        }
        if (hi) {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new ReError('the repetition number is too large', null, 'overflow');
          if (max < min) throw source.error('min repeat greater than max repeat', source.tell() - here);
        }
      }
      const item = sub.length ? sub[sub.length - 1] : null;
      // (the groups of a repeated body that can match empty are left alone: CPython takes a
      // final empty iteration, so they are set where JS leaves them unset and a backreference
      // matching the empty string is the nearer behaviour)
      if (min === 0 && item !== null && !(max > 1 && item.lo === 0)) markOptional(state, itemStarts[sub.length - 1]);
      if (item === null || item.kind === Kind.At) throw source.error('nothing to repeat', source.tell() - here + cpLen(self));
      if (item.kind === Kind.Repeat) throw source.error('multiple repeat', source.tell() - here + cpLen(self));
      let q = min === 0 && max === MAXREPEAT ? '*' : min === 1 && max === MAXREPEAT ? '+' : min === 0 && max === 1 ? '?'
        : max === MAXREPEAT ? `{${min},}` : min === max ? `{${min}}` : `{${min},${max}}`;
      const body = item.atom ? item.js : `(?:${item.js})`;
      let js: string;
      let mode: 0 | 1 | 2 = 0;
      // X? with an X that can match empty: JS rejects an empty iteration (leaving X's groups
      // unset) where Python takes it, which is the alternation (?:X|).
      const optEmpty = min === 0 && max === 1 && item.lo === 0;
      if (source.match('?')) {
        js = optEmpty ? `(?:|${item.js})` : body + q + '?';
        state.needsRetry = true;
        mode = 1;
      } else if (optEmpty && source.next !== '+') {
        js = `(?:${item.js}|)`;
      } else if (source.match('+')) {
        const h = `h${state.hidden++}`;
        js = `(?=(?<${h}>${body}${q}))\\k<${h}>`;
        mode = 2;
      } else js = body + q;
      q = '';
      const lo = item.lo * min;
      const hi = max === MAXREPEAT ? (item.hi === 0 ? 0 : Infinity) : item.hi * max;
      sub[sub.length - 1] = { kind: Kind.Repeat, js, lo, hi, atom: false, node: { t: 'rep', min, max, mode, child: nodeOf(item), lo: item.lo } };
    } else if (self === '.') {
      sub.push({ kind: Kind.Literal, js: flags & F_S ? '[\\s\\S]' : '[^\\n]', lo: 1, hi: 1, atom: true });
    } else if (self === '(') {
      const start = source.tell() - 1;
      let capture = true;
      let atomic = false;
      let name: string | null = null;
      let addFlags = 0, delFlags = 0;
      if (source.match('?')) {
        let ch = source.get();
        if (ch === null) throw source.error('unexpected end of pattern');
        if (ch === 'P') {
          if (source.match('<')) {
            name = source.getuntil('>', 'group name');
            source.checkgroupname(name, 1);
          } else if (source.match('=')) {
            const nm = source.getuntil(')', 'group name');
            source.checkgroupname(nm, 1);
            const gid = state.groupdict.get(nm);
            if (gid === undefined) throw source.error(`unknown group name ${pyRepr(nm)}`, cpLen(nm) + 1);
            if (!state.checkgroup(gid)) throw source.error('cannot refer to an open group', cpLen(nm) + 1);
            state.checklookbehindgroup(gid, source);
            sub.push(codeItem({ t: 'ref', g: gid }, flags, state));
            continue;
          } else {
            const c2 = source.get();
            if (c2 === null) throw source.error('unexpected end of pattern');
            throw source.error('unknown extension ?P' + c2, cpLen(c2) + 2);
          }
        } else if (ch === ':') {
          capture = false;
        } else if (ch === '#') {
          for (;;) {
            if (source.next === null) throw source.error('missing ), unterminated comment', source.tell() - start);
            if (source.get() === ')') break;
          }
          continue;
        } else if (ch === '=' || ch === '!' || ch === '<') {
          let dir = 1;
          let lookbehindgroups: number | null = null;
          if (ch === '<') {
            ch = source.get();
            if (ch === null) throw source.error('unexpected end of pattern');
            if (ch !== '=' && ch !== '!') throw source.error('unknown extension ?<' + ch, cpLen(ch) + 2);
            dir = -1;
            lookbehindgroups = state.lookbehindgroups;
            if (lookbehindgroups === null) state.lookbehindgroups = state.groups;
          }
          const gLook = state.groups;
          const p = parseSub(source, state, verbose, nested + 1, scope);
          if (ch === '!') markOptional(state, gLook);
          if (dir < 0) {
            if (lookbehindgroups === null) state.lookbehindgroups = null;
            // (_compiler's order: the width past its code size first)
            if (p.lo > 0xffffffff && state.lookbehindError === null) state.lookbehindError = 'looks too much behind';
            if (p.lo !== p.hi && state.lookbehindError === null) state.lookbehindError = 'look-behind requires fixed-width pattern';
          }
          if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
          const op = (dir < 0 ? '(?<' : '(?') + (ch === '=' ? '=' : '!');
          sub.push({ kind: Kind.Other, js: op + p.js + ')', lo: 0, hi: 0, atom: false, node: { t: 'look', behind: dir < 0, neg: ch === '!', w: p.lo, child: nodeOf(p) } });
          continue;
        } else if (ch === '(') {
          const condname = source.getuntil(')', 'group name');
          let condgroup: number;
          if (isIdentifier(condname)) {
            source.checkgroupname(condname, 1);
            const cg = state.groupdict.get(condname);
            if (cg === undefined) throw source.error(`unknown group name ${pyRepr(condname)}`, cpLen(condname) + 1);
            condgroup = cg;
          } else {
            const g = groupNumber(condname);
            if (g === null) throw source.error(`bad character in group name ${pyRepr(condname)}`, cpLen(condname) + 1);
            if (!g) throw source.error('bad group number', cpLen(condname) + 1);
            if (g >= MAXGROUPS) throw source.error(`invalid group reference ${g}`, cpLen(condname) + 1);
            if (!state.grouprefpos.has(g)) state.grouprefpos.set(g, source.tell() - cpLen(condname) - 1);
            source.warnGroupNumber(condname);
            condgroup = g;
          }
          state.checklookbehindgroup(condgroup, source);
          const gCond = state.groups;
          const yes = seqItem(parse(source, state, verbose, nested + 1, false, scope));
          let no: Item = { kind: Kind.Other, js: '', lo: 0, hi: 0, atom: false };
          if (source.match('|')) {
            no = seqItem(parse(source, state, verbose, nested + 1, false, scope));
            if (source.next === '|') throw source.error('conditional backref with more than two branches');
          }
          if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
          markOptional(state, gCond);
          state.condTested.add(condgroup);
          state.needsRetry = true;
          const unset = `\uE006${condgroup}\uE007`;
          sub.push({
            kind: Kind.Other, js: `(?:(?!${unset})${yes.js}|(?=${unset})${no.js})`,
            lo: Math.min(yes.lo, no.lo), hi: Math.max(yes.hi, no.hi), atom: true,
            node: { t: 'cond', g: condgroup, yes: nodeOf(yes), no: nodeOf(no) },
          });
          continue;
        } else if (ch === '>') {
          capture = false;
          atomic = true;
        } else if (ch in FLAGS || ch === '-') {
          const fl = parseFlags(source, state, ch);
          if (fl === null) {
            if (!first || sub.length) throw source.error('global flags not at the start of the expression', source.tell() - start);
            verbose = (state.flags & F_X) !== 0;
            continue;
          }
          [addFlags, delFlags] = fl;
          if ((addFlags | delFlags) & F_I) state.scopedCase = true;
          capture = false;
        } else {
          throw source.error('unknown extension ?' + ch, cpLen(ch) + 1);
        }
      }
      let group: number | null = null;
      if (capture) {
        try {
          group = state.opengroup(name);
        } catch (e) {
          if (e instanceof ReError) throw source.error(e.msg, cpLen(name ?? '') + 1);
          throw e;
        }
        state.openStack.push(group);
      }
      const subVerbose = (verbose || (addFlags & F_X) !== 0) && !(delFlags & F_X);
      const inner: Scope = { add: (scope.add | addFlags) & ~delFlags, del: (scope.del | delFlags) & ~addFlags };
      if (addFlags & TYPE_FLAGS) inner.del |= TYPE_FLAGS & ~addFlags;
      const p = parseSub(source, state, subVerbose, nested + 1, inner);
      if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
      if (group !== null) {
        state.openStack.pop();
        state.groupwidths[group] = [p.lo, p.hi];
        sub.push({ kind: Kind.Other, js: `(?<g${group}>${p.js}\uE000${group}\uE001)`, lo: p.lo, hi: p.hi, atom: true, node: { t: 'group', g: group, child: nodeOf(p) } });
      } else if (atomic) {
        const h = `h${state.hidden++}`;
        sub.push({ kind: Kind.Other, js: `(?=(?<${h}>${p.js}))\\k<${h}>`, lo: p.lo, hi: p.hi, atom: false, node: { t: 'atomic', child: nodeOf(p) } });
      } else {
        sub.push({ kind: Kind.Other, js: `(?:${p.js})`, lo: p.lo, hi: p.hi, atom: true, node: nodeOf(p) });
      }
    } else if (self === '^') {
      sub.push({ kind: Kind.At, js: atJs('^', flags), lo: 0, hi: 0, atom: false });
    } else if (self === '$') {
      sub.push({ kind: Kind.At, js: atJs('$', flags), lo: 0, hi: 0, atom: false });
    }
  }
  return sub;
}

function codeItem(code: Code, flags: number, state: State): Item {
  switch (code.t) {
    case 'lit': return lit(code.c, flags, state);
    case 'cat': return { kind: Kind.Set, js: catJs(code.cat, flags), lo: 1, hi: 1, atom: true };
    case 'at': return { kind: Kind.At, js: atJs(code.at, flags), lo: 0, hi: 0, atom: false };
    case 'ref': {
      const w = state.groupwidths[code.g] ?? [0, Infinity];
      state.referenced.add(code.g);
      return { kind: Kind.Other, js: `\uE002${code.g}\uE003`, lo: w[0], hi: w[1], atom: true, node: { t: 'ref', g: code.g, ci: (flags & F_I) !== 0 } };
    }
  }
}

function parseFlags(source: Tokenizer, state: State, ch: string | null): [number, number] | null {
  let addFlags = 0, delFlags = 0;
  if (ch !== '-') {
    for (;;) {
      const flag = FLAGS[ch!];
      if (ch === 'L' && !state.isbytes) throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      if (ch === 'u' && state.isbytes) throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      addFlags |= flag;
      if (flag & TYPE_FLAGS && (addFlags & TYPE_FLAGS) !== flag) throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      ch = source.get();
      if (ch === null) throw source.error('missing -, : or )');
      if (ch === ')' || ch === '-' || ch === ':') break;
      if (!(ch in FLAGS)) throw source.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing -, : or )', cpLen(ch));
    }
  }
  if (ch === ')') {
    state.flags |= addFlags;
    return null;
  }
  if (addFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn on global flag', 1);
  if (ch === '-') {
    ch = source.get();
    if (ch === null) throw source.error('missing flag');
    if (!(ch in FLAGS)) throw source.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing flag', cpLen(ch));
    for (;;) {
      const flag = FLAGS[ch];
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      delFlags |= flag;
      ch = source.get();
      if (ch === null) throw source.error('missing :');
      if (ch === ':') break;
      if (!(ch in FLAGS)) throw source.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing :', cpLen(ch));
    }
  }
  if (delFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn off global flag', 1);
  if (addFlags & delFlags) throw source.error('bad inline flags: flag turned on and off', 1);
  return [addFlags, delFlags];
}

// ---- compiled patterns --------------------------------------------------------------------------
interface Compiled {
  src: string;
  /** The source with symbolic groups (see finalize). */
  sym: string;
  jsFlags: string;
  groups: number;
  needsRetry: boolean;
  minWidth: number;
  search: RegExp | null;
  match: RegExp | null;
  full: RegExp | null;
  nonEmpty: RegExp | null;
  /** The search and non-empty forms without the 'd' flag (findall, split, sub read group text only). */
  searchNd: RegExp | null;
  nonEmptyNd: RegExp | null;
  /** JS index of each Python group (index 0: 0), for the search/match/full forms. */
  idx: number[];
  parents: number[];
  /** The structure for treeExec, when JS's RegExp would give other groups or spans than CPython. */
  tree: Node | null;
  /**
   * No match starts before this index: the pattern begins with a look-behind this many code
   * points wide (V8 walks a look-behind back from every position it tries: a 2**21-wide one
   * over a long string never ended).
   */
  minStart: number;
}

/** A Pattern's compiled form, held by the Pattern (freed with it). */
class ReHandle extends PyBase {
  constructor(readonly c: Compiled) {
    super();
  }
}
setBuiltinType(ReHandle, makeBuiltinType('_pyvm_re.handle', objectType));

/**
 * Turns the parser's symbolic groups into plain numbered JS groups (named groups make every
 * exec build a groups object): each `(?<gN>` (Python group N), `(?<hK>` (an atomic group's
 * hidden capture) and `(?<p0>` (the non-empty form's prefix) becomes `(` and each `\k<..>`
 * the number the group got. Returns the source and the JS index of each Python group.
 */
function finalize(sym: string, groups: number): { src: string; idx: number[] } {
  const idx = new Array<number>(groups + 1).fill(0);
  const num = new Map<string, number>();
  let n = 0;
  for (const m of sym.matchAll(/\(\?<([ghpfe]\d+)>/g)) {
    n++;
    num.set(m[1], n);
    if (m[1][0] === 'g') idx[Number(m[1].slice(1))] = n;
  }
  const src = sym.replace(/\(\?<[ghpfe]\d+>|\\k<([ghpfe]\d+)>/g, (all: string, ref: string | undefined) =>
    ref === undefined ? '(' : '\\' + num.get(ref)!);
  return { src, idx };
}

/**
 * Resolves the parser's marks: a group's participation flag (\uE000N\uE001, at the group's
 * end: a capture of the next or the previous character, so that it is never empty when set),
 * emitted only for groups a conditional tests or an optional group's backreference needs;
 * backreferences (\uE002N\uE003) to an optional group, which must fail when the group is unset
 * (JS matches the empty string there); and conditionals' "group N unset" test (\uE006N\uE007):
 * at the input's end both flag captures match the empty string only when unset.
 */
function expandMarks(js: string, st: State): string {
  const flagged = new Set<number>(st.condTested);
  for (const g of st.referenced) if (st.optional.has(g)) flagged.add(g);
  const unset = (g: number): string => `[\\s\\S]*(?![\\s\\S])\\k<f${g}>\\k<e${g}>`;
  return js.replace(/\uE000(\d+)\uE001|\uE002(\d+)\uE003|\uE006(\d+)\uE007/g, (_all, f: string | undefined, r: string | undefined, u: string | undefined) => {
    if (f !== undefined) {
      const g = Number(f);
      return flagged.has(g) ? `(?:(?=(?<f${g}>[\\s\\S]))|(?<=(?<e${g}>[\\s\\S]))|(?<![\\s\\S])(?![\\s\\S]))` : '';
    }
    if (r !== undefined) {
      // on an empty input no flag can be set: a group that can match empty counts as set there
      const g = Number(r);
      const emptyable = (st.groupwidths[g] ?? [0, 0])[0] === 0;
      return flagged.has(g) ? `(?:(?!${unset(g)}${emptyable ? '(?<=[\\s\\S])' : ''})\\k<g${g}>)` : `(?:\\k<g${g}>)`;
    }
    return unset(Number(u));
  });
}

function compileOnce(pattern: string, flags: number, manualCase: boolean, isbytes: boolean): { st: State; item: Item } {
  const source = new Tokenizer(pattern);
  source.istext = !isbytes;
  // the second (manual case) pass parses the same pattern: its warnings were given by the first
  source.warn = manualCase ? null : addWarning;
  const st = new State(manualCase, isbytes);
  st.flags = flags;
  const item = parseSub(source, st, (flags & F_X) !== 0, 0, { add: 0, del: 0 });
  // fix_flags
  if (isbytes) {
    if (st.flags & F_U) throw new ReError('cannot use UNICODE flag with a bytes pattern', null, 'notimpl');
    if (st.flags & F_L && st.flags & F_A) throw new ReError('ASCII and LOCALE flags are incompatible', null, 'notimpl');
  } else if (st.flags & F_L) throw new ReError('cannot use LOCALE flag with a str pattern', null, 'notimpl');
  else if (!(st.flags & F_A)) st.flags |= F_U;
  else if (st.flags & F_U) throw new ReError('ASCII and UNICODE flags are incompatible', null, 'notimpl');
  if (source.next !== null) throw source.error('unbalanced parenthesis');
  for (const [g, pos] of st.grouprefpos) {
    if (g >= st.groups) throw new ReError(`invalid group reference ${g}`, pos);
  }
  return { st, item };
}

// The parser's warnings (3.11's DeprecationWarning for numeric group names that are not plain ASCII
// digits and for non-ASCII bytes group names, FutureWarning for possible set syntax): collected
// while parsing, given by the Python layer (re_source.ts _warn) at its caller's frame.
let pendingWarnings: ['d' | 'f', string][] = [];
function addWarning(category: 'd' | 'f', msg: string): void {
  pendingWarnings.push([category, msg]);
}

function compilePattern(pattern: string, flags: number, isbytes: boolean): PyObject {
  pendingWarnings = [];
  try {
    let { st, item } = compileOnce(pattern, flags, false, isbytes);
    const globalI = (st.flags & F_I) !== 0;
    if (st.scopedCase || (globalI && (st.flags & F_A || isbytes))) ({ st, item } = compileOnce(pattern, flags, true, isbytes));
    if (st.lookbehindError !== null) throw new ReError(st.lookbehindError, null);
    if (st.unsupported !== null) throw new ReError(st.unsupported, null, 'notimpl');
    const groups = st.groups - 1;
    const jsFlags = 'u' + (globalI && !st.manualCase ? 'i' : '');
    const sym = expandMarks(item.js, st);
    const { src, idx } = finalize(sym, groups);
    try {
      new RegExp(src, jsFlags);
    } catch (e) {
      throw new ReError(`pyvm's re cannot translate this pattern (${(e as Error).message})`, null, 'notimpl');
    }
    const c: Compiled = {
      src, jsFlags, groups, needsRetry: st.needsRetry, minWidth: item.lo,
      sym, search: null, match: null, full: null, nonEmpty: null, searchNd: null, nonEmptyNd: null,
      idx, parents: st.parents, tree: treeNeeded(item) ? nodeOf(item) : null, minStart: lookBehindWidth(nodeOf(item)),
    };
    const gi = new PyDict();
    for (const [k, v] of st.groupdict) gi.set(k, v);
    return new PyTuple([new ReHandle(c), st.flags, groups, gi, new PyTuple(st.parents.slice())]);
  } catch (e) {
    if (e instanceof ReError) return new PyTuple([e.kind, e.msg, e.pos === null ? None : e.pos]);
    throw e;
  }
}

// ---- the backtracking matcher ------------------------------------------------------------------
// JS resets the groups inside a quantified body at each iteration and refuses an empty
// iteration; CPython keeps a group's last value from an earlier iteration and takes one empty
// iteration before it stops (sre's MAX_UNTIL/MIN_UNTIL "zero-width match protection"), and its
// possessive repeat commits to each iteration's first match. Patterns where that can show
// (treeNeeded) are matched by treeExec, a backtracker over the parsed structure (generators of
// end positions; sequences and repeats keep explicit stacks, so a repeated group may iterate
// over a whole long subject) that restores the groups it set when it backtracks; the rest keep
// the RegExp.

function hasGroup(n: Node): boolean {
  switch (n.t) {
    case 'leaf': case 'ref': return false;
    case 'group': return true;
    case 'seq': return n.items.some(hasGroup);
    case 'alt': return n.alts.some(hasGroup);
    case 'cond': return hasGroup(n.yes) || hasGroup(n.no);
    default: return hasGroup(n.child);
  }
}

/**
 * Whether a group inside a repeated body (max > 1) may not take part in an iteration, a
 * repeated body that can match empty holds groups, or a possessive repeat's body is more than
 * one character.
 */
function treeNeeded(item: Item): boolean {
  let need = false;
  const walk = (n: Node, inRep: boolean, opt: boolean): void => {
    if (need) return;
    switch (n.t) {
      case 'leaf': case 'ref': return;
      case 'seq': for (const i of n.items) walk(i, inRep, opt); return;
      case 'alt': for (const a of n.alts) walk(a, inRep, opt || inRep); return;
      case 'cond': walk(n.yes, inRep, opt || inRep); walk(n.no, inRep, opt || inRep); return;
      case 'look': walk(n.child, inRep, opt || (inRep && n.neg)); return;
      case 'group': if (opt) need = true; walk(n.child, inRep, opt); return;
      case 'atomic': walk(n.child, inRep, opt); return;
      case 'rep':
        if (n.max > 1 && n.lo === 0 && hasGroup(n.child)) need = true;
        if (n.mode === 2 && !(n.child.t === 'leaf' && n.child.lo === 1 && n.child.hi === 1)) need = true;
        walk(n.child, inRep || n.max > 1, opt || (inRep && n.min === 0));
    }
  };
  walk(nodeOf(item), false, false);
  return need;
}

/** The width of the positive look-behind a pattern begins with (0: none). */
function lookBehindWidth(n: Node): number {
  if (n.t === 'seq' && n.items.length) n = n.items[0];
  return n.t === 'look' && n.behind && !n.neg ? n.w : 0;
}

/** The UTF-16 index w code points before pos in s, or -1. */
function backCp(s: string, pos: number, w: number, wide: boolean): number {
  if (!wide) return pos - w;
  while (w-- > 0) {
    if (pos <= 0) return -1;
    pos--;
    if (midPair(s, pos)) pos--;
  }
  return pos;
}

function escapeJs(t: string): string {
  return t.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

class TreeMatcher {
  marks: Int32Array;
  wide: boolean;
  constructor(readonly s: string, groups: number, readonly flags: string) {
    this.marks = new Int32Array(2 * groups + 2).fill(-1);
    this.wide = /[\ud800-\udfff]/.test(s);
  }

  leaf(n: Node & { t: 'leaf' }, pos: number): number {
    const re = (n.re ??= new RegExp(n.js, this.flags + 'y'));
    re.lastIndex = pos;
    return re.test(this.s) ? re.lastIndex : -1;
  }

  /**
   * The end positions of n's matches at pos, in sre's order of preference. A match's groups are
   * set in marks while it is the one yielded; resuming the generator (backtracking) restores
   * them. Sequences and repeats keep their own stack of iterators, so the JS stack does not
   * grow with a subject's length (a repeated group over a long subject).
   */
  *g(n: Node, pos: number): Generator<number, void, undefined> {
    switch (n.t) {
      case 'leaf': {
        const e = this.leaf(n, pos);
        if (e >= 0) yield e;
        return;
      }
      case 'seq': {
        const items = n.items;
        if (items.length === 0) {
          yield pos;
          return;
        }
        const its: Iterator<number, void, undefined>[] = [this.g(items[0], pos)];
        while (its.length > 0) {
          const r = its[its.length - 1].next();
          if (r.done) its.pop();
          else if (its.length === items.length) yield r.value;
          else its.push(this.g(items[its.length], r.value));
        }
        return;
      }
      case 'alt':
        for (const a of n.alts) yield* this.g(a, pos);
        return;
      case 'group': {
        const mk = this.marks, g2 = 2 * n.g;
        for (const e of this.g(n.child, pos)) {
          const os = mk[g2], oe = mk[g2 + 1];
          mk[g2] = pos;
          mk[g2 + 1] = e;
          yield e;
          mk[g2] = os;
          mk[g2 + 1] = oe;
        }
        return;
      }
      case 'rep':
        yield* this.rep(n, pos);
        return;
      case 'atomic': {
        // the body's first match only (its generator is left suspended: its groups stay set)
        const snap = this.marks.slice();
        const r = this.g(n.child, pos).next();
        if (r.done) return;
        yield r.value;
        this.marks.set(snap);
        return;
      }
      case 'look': {
        const snap = this.marks.slice();
        let ok = false;
        if (n.behind) {
          const start = backCp(this.s, pos, n.w, this.wide);
          if (start >= 0) {
            for (const e of this.g(n.child, start)) {
              if (e === pos) {
                ok = true;
                break;
              }
            }
          }
        } else ok = !this.g(n.child, pos).next().done;
        if (n.neg) {
          if (ok) {
            this.marks.set(snap);
            return;
          }
          yield pos;
          return;
        }
        if (!ok) return;
        yield pos;
        this.marks.set(snap);
        return;
      }
      case 'ref': {
        const gs = this.marks[2 * n.g], ge = this.marks[2 * n.g + 1];
        if (gs < 0 || ge < 0) return;
        const t = this.s.slice(gs, ge);
        if (!n.ci) {
          if (this.s.startsWith(t, pos)) yield pos + t.length;
          return;
        }
        const re = new RegExp(escapeJs(t), this.flags.includes('i') ? this.flags + 'y' : this.flags + 'iy');
        re.lastIndex = pos;
        if (re.test(this.s)) yield re.lastIndex;
        return;
      }
      case 'cond':
        yield* this.g(this.marks[2 * n.g] >= 0 && this.marks[2 * n.g + 1] >= 0 ? n.yes : n.no, pos);
        return;
    }
  }

  *rep(n: Node & { t: 'rep' }, pos: number): Generator<number, void, undefined> {
    const { min, max, child } = n;
    const unbounded = max === MAXREPEAT;
    if (n.mode === 2) {
      // sre's POSSESSIVE_REPEAT: each iteration takes its body's first match
      const entry = this.marks.slice();
      let count = 0, p = pos;
      while (count < min) {
        const r = this.g(child, p).next();
        if (r.done) {
          this.marks.set(entry);
          return;
        }
        p = r.value;
        count++;
      }
      let last = -1;
      while ((unbounded || count < max) && p !== last) {
        last = p;
        const r = this.g(child, p).next();
        if (r.done) break;
        p = r.value;
        count++;
      }
      yield p;
      this.marks.set(entry);
      return;
    }
    if (child.t === 'leaf' && child.lo === 1 && child.hi === 1) {
      // one character per iteration (sre's REPEAT_ONE/MIN_REPEAT_ONE)
      if (n.mode === 0) {
        const ends = [pos];
        let p = pos;
        while (unbounded || ends.length <= max) {
          const e = this.leaf(child, p);
          if (e < 0) break;
          ends.push((p = e));
        }
        for (let i = ends.length - 1; i >= min; i--) yield ends[i];
        return;
      }
      let p = pos;
      for (let count = 0; ; count++) {
        if (count >= min) yield p;
        if (!unbounded && count >= max) return;
        const e = this.leaf(child, p);
        if (e < 0) return;
        p = e;
      }
    }
    // sre's REPEAT with MAX_UNTIL (greedy) or MIN_UNTIL (lazy): after min iterations, another
    // iteration is tried only where the previous one did not start (an empty one ends it).
    // One frame per iteration on an explicit stack: its body's matches (it), where it started.
    interface Frame { count: number; p: number; lastPtr: number; it: Iterator<number, void, undefined> | null; shown: boolean }
    const stack: Frame[] = [{ count: 0, p: pos, lastPtr: -1, it: null, shown: false }];
    const more = (f: Frame): boolean => f.count < min || ((unbounded || f.count < max) && f.p !== f.lastPtr);
    while (stack.length > 0) {
      const f = stack[stack.length - 1];
      if (f.it === null) {
        if (n.mode === 1 && f.count >= min && !f.shown) {
          // lazy: this many iterations first, another one only when the rest fails
          f.shown = true;
          yield f.p;
          continue;
        }
        if (!more(f)) {
          stack.pop();
          if (n.mode === 0 && f.count >= min) yield f.p;
          continue;
        }
        f.it = this.g(child, f.p);
      }
      const r = f.it.next();
      if (r.done) {
        stack.pop();
        if (n.mode === 0 && f.count >= min) yield f.p;
        continue;
      }
      stack.push({ count: f.count + 1, p: r.value, lastPtr: f.count < min ? f.lastPtr : f.p, it: null, shown: false });
    }
  }
}

/**
 * execU16 by the backtracking matcher: mode 0 search, 1 match at pos, 2 fullmatch, 3 a
 * non-empty match at pos. null when JS's stack ran out (a pattern nested thousands deep; the
 * caller falls back to the RegExp).
 */
function treeExec(c: Compiled, str: string, pos: number, mode: number): { r: number[] | null } | null {
  const tm = new TreeMatcher(str, c.groups, c.jsFlags);
  const tree = c.tree!;
  let start = mode === 0 && pos < c.minStart ? c.minStart : pos, end = -1;
  const fin = mode === 2 ? (e: number) => e === str.length && ((end = e), true)
    : mode === 3 ? (e: number) => e > start && ((end = e), true)
      : (e: number) => ((end = e), true);
  try {
    for (; start <= str.length; start++) {
      if (mode === 0 && midPair(str, start)) continue;
      tm.marks.fill(-1);
      let found = false;
      for (const e of tm.g(tree, start)) {
        if (fin(e)) {
          found = true;
          break;
        }
      }
      if (found) {
        const out = Array.from(tm.marks);
        out[0] = start;
        out[1] = end;
        return { r: out };
      }
      if (mode !== 0) break;
    }
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
  return { r: null };
}

// ---- matching -----------------------------------------------------------------------------------
// Code point <-> UTF-16 index maps for the last string that had surrogates.
let mapStr: string | null = null;
let cpToU16: Int32Array | null = null;
let u16ToCp: Int32Array | null = null;

// The last string tested (finditer calls scan once per match on the same string).
let lastTested: string | null = null;
let lastWide = false;

function hasSurrogates(s: string): boolean {
  if (s === lastTested) return lastWide;
  const wide = /[\ud800-\udfff]/.test(s);
  if (s.length > 64) {
    lastTested = s;
    lastWide = wide;
  }
  return wide;
}
function buildMaps(s: string): void {
  if (mapStr === s) return;
  const cp: number[] = [];
  const u = new Int32Array(s.length + 1);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    cp.push(i);
    u[i] = n;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        u[i + 1] = n;
        i++;
      }
    }
    n++;
  }
  cp.push(s.length);
  u[s.length] = n;
  mapStr = s;
  cpToU16 = Int32Array.from(cp);
  u16ToCp = u;
}

function regexFor(c: Compiled, mode: number, nd: boolean): RegExp {
  if (nd && c.groups > 0) {
    if (mode === 0) return c.searchNd ??= new RegExp(c.src, c.jsFlags + 'g');
    return c.nonEmptyNd ??= new RegExp(finalize(`(?<=(?<p0>[\\s\\S]*))(?:${c.sym})(?<!^\\k<p0>)`, c.groups).src, c.jsFlags + 'y');
  }
  const d = c.groups > 0 ? 'd' : '';
  switch (mode) {
    case 0: return c.search ??= new RegExp(c.src, c.jsFlags + 'g' + d);
    case 1: return c.match ??= new RegExp(c.src, c.jsFlags + 'y' + d);
    case 2: return c.full ??= new RegExp(`(?:${c.src})$`, c.jsFlags + 'y' + d);
    default: return c.nonEmpty ??= new RegExp(finalize(`(?<=(?<p0>[\\s\\S]*))(?:${c.sym})(?<!^\\k<p0>)`, c.groups).src, c.jsFlags + 'yd');
  }
}

function midPair(s: string, i: number): boolean {
  if (i === 0) return false;
  const c = s.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff) return false;
  const d = s.charCodeAt(i - 1);
  return d >= 0xd800 && d <= 0xdbff;
}

/** Runs form `mode` (0 search, 1 match at pos, 2 fullmatch, 3 non-empty match at pos) on s[:endpos] from pos (UTF-16). */
/** The groups' text of the last execU16 with nd (index g: group g; undefined when unset). */
const lastGroups: (string | undefined)[] = [];

function execU16(c: Compiled, s: string, pos: number, endpos: number, mode: number, nd = false): number[] | null {
  const str = endpos < s.length ? s.slice(0, endpos) : s;
  if (c.tree !== null) {
    const t = treeExec(c, str, pos, mode);
    if (t !== null) {
      const r = t.r;
      if (r === null || !nd) return r;
      for (let g = 1; g <= c.groups; g++) lastGroups[g] = r[2 * g] < 0 || r[2 * g + 1] < 0 ? undefined : str.slice(r[2 * g], r[2 * g + 1]);
      return [r[0], r[1]];
    }
  }
  const re = regexFor(c, mode, nd);
  re.lastIndex = mode === 0 && pos < c.minStart ? c.minStart : pos;
  let m = re.exec(str);
  // V8 tries the position between the halves of a surrogate pair too (an empty or
  // lookaround-led match can start there): not a code point position, search on.
  while (m !== null && mode === 0 && midPair(str, m.index)) {
    re.lastIndex = m.index + 1;
    m = re.exec(str);
  }
  if (m === null) return null;
  const n = c.groups;
  if (nd) {
    const shift = mode === 3 ? 1 : 0;
    for (let g = 1; g <= n; g++) lastGroups[g] = m[c.idx[g] + shift];
    return [m.index, m.index + m[0].length];
  }
  const out = new Array<number>(2 * n + 2);
  out[0] = m.index;
  out[1] = m.index + m[0].length;
  if (n > 0) {
    const ind = m.indices!;
    const shift = mode === 3 ? 1 : 0;
    for (let g = 1; g <= n; g++) {
      const span = ind[c.idx[g] + shift];
      if (span === undefined) {
        out[2 * g] = -1;
        out[2 * g + 1] = -1;
      } else {
        out[2 * g] = span[0];
        out[2 * g + 1] = span[1];
      }
    }
  }
  return out;
}

/** The next match of the 3.7+ scanner from pos (after an empty match there when mustAdvance). */
function scanU16(c: Compiled, s: string, pos: number, endpos: number, mustAdvance: boolean, nd = false): number[] | null {
  if (!mustAdvance) return execU16(c, s, pos, endpos, 0, nd);
  if (c.needsRetry) {
    const r = execU16(c, s, pos, endpos, 3, nd);
    if (r !== null) return r;
  } else {
    const r = execU16(c, s, pos, endpos, 0, nd);
    if (r === null || r[1] > r[0] || r[0] > pos) return r;
  }
  if (pos >= endpos) return null;
  let next = pos + 1;
  const ch = s.charCodeAt(pos);
  if (ch >= 0xd800 && ch <= 0xdbff && next < endpos) {
    const d = s.charCodeAt(next);
    if (d >= 0xdc00 && d <= 0xdfff) next++;
  }
  return execU16(c, s, next, endpos, 0, nd);
}

function clamp(v: PyObject, len: number): number {
  let n = typeof v === 'number' ? v : asIndex(v);
  if (n < 0) n = 0;
  else if (n > len) n = len;
  return n;
}

interface Prepared {
  c: Compiled;
  s: string;
  pos: number;
  endpos: number;
  wide: boolean;
}

function prepare(args: PyObject[]): Prepared {
  const c = (args[0] as ReHandle).c;
  const s = args[1] as string;
  const wide = hasSurrogates(s);
  if (!wide) return { c, s, pos: clamp(args[2], s.length), endpos: clamp(args[3], s.length), wide };
  buildMaps(s);
  const n = u16ToCp![s.length];
  return { c, s, pos: cpToU16![clamp(args[2], n)], endpos: cpToU16![clamp(args[3], n)], wide };
}

function spans(r: number[], wide: boolean): PyTuple {
  if (wide) {
    const u = u16ToCp!;
    return new PyTuple(r.map((x) => (x < 0 ? -1 : u[x])));
  }
  return new PyTuple(r);
}

/** A match's spans followed by the clamped pos and endpos (Match.pos, Match.endpos), code points. */
function matchSpans(r: number[], p: Prepared): PyTuple {
  r.push(p.pos, p.endpos);
  return spans(r, p.wide);
}

// ---- replacement templates (sre_parse.parse_template) --------------------------------------------
function parseTemplate(repl: string, groups: number, groupindex: PyDict, isbytes: boolean): PyObject {
  const s = new Tokenizer(repl);
  s.istext = !isbytes;
  s.warn = addWarning;
  const out: PyObject[] = [];
  let literal = '';
  const addgroup = (index: number, pos: number): void => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos);
    if (literal) out.push(literal);
    literal = '';
    out.push(index);
  };
  for (;;) {
    let t = s.get();
    if (t === null) break;
    if (t[0] === '\\') {
      const c = t[1];
      if (c === 'g') {
        if (!s.match('<')) throw s.error('missing <');
        const name = s.getuntil('>', 'group name');
        let index: number;
        if (isIdentifier(name)) {
          s.checkgroupname(name, 1);
          const v = groupindex.get(name);
          if (v === undefined) return new PyTuple(['index', `unknown group name ${pyRepr(name)}`, None]);
          index = v as number;
        } else {
          const v = groupNumber(name);
          if (v === null) throw s.error(`bad character in group name ${pyRepr(name)}`, cpLen(name) + 1);
          index = v;
          if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, cpLen(name) + 1);
          s.warnGroupNumber(name);
        }
        addgroup(index, cpLen(name) + 1);
      } else if (c === '0') {
        if (s.next !== null && OCTDIGITS.includes(s.next) && s.next.length === 1) {
          t += s.get();
          if (s.next !== null && OCTDIGITS.includes(s.next) && s.next.length === 1) t += s.get();
        }
        literal += String.fromCharCode(parseInt(t.slice(1), 8) & 0xff);
      } else if (DIGITS.includes(c)) {
        let isoctal = false;
        if (s.next !== null && s.next.length === 1 && DIGITS.includes(s.next)) {
          t += s.get();
          if (OCTDIGITS.includes(c) && OCTDIGITS.includes(t[2]) && s.next !== null && s.next.length === 1 && OCTDIGITS.includes(s.next)) {
            t += s.get();
            isoctal = true;
            const v = parseInt(t.slice(1), 8);
            if (v > 0o377) throw s.error(`octal escape value ${t} outside of range 0-0o377`, t.length);
            literal += String.fromCharCode(v);
          }
        }
        if (!isoctal) addgroup(Number(t.slice(1)), t.length - 1);
      } else {
        const e = ESCAPES[t];
        if (e !== undefined) literal += String.fromCharCode(e);
        else {
          if (ASCIILETTERS.includes(c)) throw s.error(`bad escape ${t}`, cpLen(t));
          literal += t;
        }
      }
    } else literal += t;
  }
  if (literal) out.push(literal);
  return new PyList(out);
}

defineModule('_pyvm_re', (m) => {
  // takewarnings(): the (category, message) pairs the last compile/template gave, or None
  m.fn('takewarnings', () => {
    if (pendingWarnings.length === 0) return None;
    const w = new PyList(pendingWarnings.map(([c, msg]) => new PyTuple([c, msg])));
    pendingWarnings = [];
    return w;
  });
  m.fn('compile', (args) => compilePattern(args[0] as string, Number(args[1]), args[2] === true));
  m.fn('exec', (args) => {
    const p = prepare(args);
    if (p.endpos < p.pos) return None;
    const r = execU16(p.c, p.s, p.pos, p.endpos, args[4] as number);
    return r === null ? None : matchSpans(r, p);
  });
  // scan(handle, s, pos, endpos, mustAdvance, start): the scanner's next match (finditer); its
  // Match.pos is start
  m.fn('scan', (args) => {
    const p = prepare(args);
    if (p.endpos < p.pos) return None;
    const r = scanU16(p.c, p.s, p.pos, p.endpos, args[4] === true);
    if (r === null) return None;
    const t = spans(r, p.wide).items;
    t.push(args[5], p.wide ? u16ToCp![p.endpos] : p.endpos);
    return new PyTuple(t);
  });
  // scanmatch(handle, s, pos, endpos, mustAdvance, start): the scanner's next match anchored at
  // pos (Pattern.scanner().match()); non-empty when mustAdvance
  m.fn('scanmatch', (args) => {
    const p = prepare(args);
    if (p.endpos < p.pos) return None;
    let r: number[] | null;
    if (args[4] !== true) r = execU16(p.c, p.s, p.pos, p.endpos, 1);
    else if (p.c.needsRetry) r = execU16(p.c, p.s, p.pos, p.endpos, 3);
    else {
      r = execU16(p.c, p.s, p.pos, p.endpos, 1);
      if (r !== null && r[1] === r[0]) r = null;
    }
    if (r === null) return None;
    const t = spans(r, p.wide).items;
    t.push(args[5], p.wide ? u16ToCp![p.endpos] : p.endpos);
    return new PyTuple(t);
  });
  // scanall(handle, s, pos, endpos, count): every match's spans (findall, sub, split)
  m.fn('scanall', (args) => {
    const p = prepare(args);
    const count = asIndex(args[4]);
    const out: PyObject[] = [];
    let pos = p.pos;
    let must = false;
    while (pos <= p.endpos && (count <= 0 || out.length < count)) {
      const r = scanU16(p.c, p.s, pos, p.endpos, must);
      if (r === null) break;
      out.push(spans(r, p.wide));
      must = r[1] === r[0];
      pos = r[1];
    }
    return new PyList(out);
  });
  // findall(handle, s, pos, endpos): findall's list (str items)
  m.fn('findall', (args) => {
    const p = prepare(args);
    const { c, s } = p;
    const out: PyObject[] = [];
    let pos = p.pos;
    let must = false;
    const n = c.groups;
    while (pos <= p.endpos) {
      const r = scanU16(c, s, pos, p.endpos, must, true);
      if (r === null) break;
      if (n === 0) out.push(s.slice(r[0], r[1]));
      else if (n === 1) out.push(lastGroups[1] ?? '');
      else {
        const t: PyObject[] = [];
        for (let g = 1; g <= n; g++) t.push(lastGroups[g] ?? '');
        out.push(new PyTuple(t));
      }
      must = r[1] === r[0];
      pos = r[1];
    }
    return new PyList(out);
  });
  // split(handle, s, maxsplit): split's list (str items, None for unmatched groups)
  m.fn('split', (args) => {
    const c = (args[0] as ReHandle).c;
    const s = args[1] as string;
    const count = asIndex(args[2]);
    const out: PyObject[] = [];
    let pos = 0, last = 0, found = 0;
    let must = false;
    const n = c.groups;
    while (pos <= s.length && (count <= 0 || found < count)) {
      const r = scanU16(c, s, pos, s.length, must, true);
      if (r === null) break;
      found++;
      out.push(s.slice(last, r[0]));
      for (let g = 1; g <= n; g++) out.push(lastGroups[g] ?? None);
      last = r[1];
      must = r[1] === r[0];
      pos = r[1];
    }
    out.push(s.slice(last));
    return new PyList(out);
  });
  // subt(handle, s, count, items): sub with a parsed template (str pieces and group numbers) -> (result, n)
  m.fn('subt', (args) => {
    const c = (args[0] as ReHandle).c;
    const s = args[1] as string;
    const count = asIndex(args[2]);
    const items = (args[3] as PyList).items;
    let out = '';
    let pos = 0, last = 0, found = 0;
    let must = false;
    while (pos <= s.length && (count <= 0 || found < count)) {
      const r = scanU16(c, s, pos, s.length, must, true);
      if (r === null) break;
      found++;
      out += s.slice(last, r[0]);
      for (let k = 0; k < items.length; k++) {
        const it = items[k];
        if (typeof it === 'string') out += it;
        else {
          const g = it as number;
          out += g === 0 ? s.slice(r[0], r[1]) : (lastGroups[g] ?? '');
        }
      }
      last = r[1];
      must = r[1] === r[0];
      pos = r[1];
    }
    if (found === 0) return new PyTuple([s, 0]);
    out += s.slice(last);
    return new PyTuple([out, found]);
  });
  m.fn('template', (args) => {
    pendingWarnings = [];
    try {
      return parseTemplate(args[0] as string, args[1] as number, args[2] as PyDict, args[3] === true);
    } catch (e) {
      if (e instanceof ReError) return new PyTuple([e.kind, e.msg, e.pos === null ? None : e.pos]);
      throw e;
    }
  });
});

definePythonModule('re', RE_SOURCE, { cTypes: { Pattern: 're', Match: 're', _Scanner: '_sre' } });
