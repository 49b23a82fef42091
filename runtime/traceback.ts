// Printing an uncaught exception as CPython 3.11 does (Python/pythonrun.c print_exception and
// Lib/traceback.py): the chain of causes/contexts, "Traceback (most recent call last):",
// one `  File "x.py", line N, in name` entry per frame with the stripped source line, and
// the exception line, including 3.11's "Did you mean: ...?" suggestions for NameError and
// AttributeError (Python/suggestions.c).

import * as fs from 'fs';
import { PyObject, None, PyTuple } from './object';
import { PyList } from './containers';
import { typeOf } from './types';
import { PyException, PyTraceback, SystemExit, NameError, AttributeError, BaseExceptionGroup, SyntaxError, isPyException } from './exceptions';
import { PySyntaxError, formatSyntaxErrorLocation } from '../frontend/syntaxerror';
import { dirOf } from './builtins_core';
import { str } from './ops';
import { Interpreter } from './interp';
import { addr2line } from '../frontend/linetable';
import { PyDict } from './dict';
import { exceptionMember } from './exception_methods';
import { PyType } from './type';

const sourceCache = new Map<string, string[] | null>();

/** Registers source text for a filename (programs run from text rather than a file). */
export function registerSource(filename: string, text: string): void {
  sourceCache.set(filename, text.split(/\r?\n/));
}

/** The 1-based line of a file, or null (linecache.getline). */
export function getSourceLine(filename: string, lineno: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try {
      lines = fs.readFileSync(filename, 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    sourceCache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

/** The line number of a traceback entry. */
export function tracebackLine(tb: PyTraceback): number | null {
  if (tb.lineno !== null) return tb.lineno;
  return addr2line(tb.code.co_linetable, tb.code.co_firstlineno, tb.lasti);
}

/**
 * Files whose frames printed tracebacks leave out: Python source standing for a C module of
 * CPython's (runtime/modules/python_source.ts, hideFrames), where CPython shows no frame.
 */
export const hiddenFrameFiles = new Set<string>();

function formatTraceback(tb: PyTraceback | null): string {
  let out = '';
  let last = '';
  let repeat = 0;
  const flushRepeat = (): void => {
    if (repeat > 3) {
      const n = repeat - 3;
      out += `  [Previous line repeated ${n} more time${n === 1 ? '' : 's'}]\n`;
    }
  };
  for (let t = tb; t !== null; t = t.tb_next) {
    if (hiddenFrameFiles.size > 0 && hiddenFrameFiles.has(t.code.co_filename)) continue;
    const line = tracebackLine(t);
    let entry = `  File "${t.code.co_filename}", line ${line ?? '?'}, in ${t.code.co_name}\n`;
    if (line !== null) {
      const src = getSourceLine(t.code.co_filename, line);
      if (src !== null && src.trim() !== '') entry += `    ${src.trim()}\n` + caretLine(t, src);
    }
    if (entry === last) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flushRepeat();
      last = entry;
      repeat = 1;
    }
    out += entry;
  }
  flushRepeat();
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3.11's position markers under a traceback line (traceback.py format_frame_summary and
// _extract_caret_anchors_from_line_segment): `^^^^` under the instruction's source range,
// or `~~~^^^~~~` anchored on the operator of a binary operation or the brackets of a subscript.

/** UTF-8 byte offset -> character offset in `s` (_byte_offset_to_character_offset). */
function byteToChar(s: string, offset: number): number {
  const b = Buffer.from(s, 'utf8');
  return b.subarray(0, offset).toString('utf8').length;
}

interface Anchors {
  left: number;
  right: number;
}

function caretAnchors(segment: string): Anchors | null {
  let tree: import('../frontend/ast').Module;
  try {
    const p = require('../frontend/parser') as typeof import('../frontend/parser');
    tree = p.parse(segment, '<segment>');
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const st = tree.body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  const norm = (o: number): number => byteToChar(segment, o);
  const isSpace = (ch: string): boolean => /\s/.test(ch);
  if (e._type === 'BinOp') {
    const opStart = norm(e.left.end_col_offset ?? 0);
    const opEnd = norm(e.right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.trimStart().length;
    let left = (e.left.end_col_offset ?? 0) + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right += 1;
    while (left < segment.length && (isSpace(segment[left]) || segment[left] === ')' || segment[left] === '#')) {
      left += 1;
      right += 1;
    }
    return { left: norm(left), right: norm(right) };
  }
  if (e._type === 'Subscript') {
    let left = norm(e.value.end_col_offset ?? 0);
    let right = norm((e.slice.end_col_offset ?? 0) + 1);
    while (left < segment.length && (isSpace(segment[left]) || segment[left] !== '[')) left += 1;
    while (right < segment.length && (isSpace(segment[right]) || segment[right] !== ']')) right += 1;
    if (right < segment.length) right += 1;
    return { left, right };
  }
  return null;
}

const positionsCache = new WeakMap<object, import('../frontend/linetable').Position[]>();

function caretLine(t: PyTraceback, src: string): string {
  const code = t.code;
  let positions = positionsCache.get(code);
  if (positions === undefined) {
    const { decodeLocations } = require('../frontend/linetable') as typeof import('../frontend/linetable');
    positions = decodeLocations(code.co_linetable, code.co_firstlineno, code.co_code.length >> 1);
    positionsCache.set(code, positions);
  }
  const pos = positions[t.lasti >> 1];
  if (pos === undefined || pos.col === null || pos.endCol === null || pos.line === null) return '';
  const line = src + '\n';
  const stripped = src.trim();
  const strippedChars = line.length - stripped.length;
  const start = byteToChar(line, pos.col);
  let end = byteToChar(line, pos.endCol);
  const segment = line.slice(start, end);
  let anchors: Anchors | null = null;
  if (pos.line === pos.endLine) anchors = caretAnchors(segment);
  else end = line.trimEnd().length;
  if (!(end - start < stripped.length || (anchors !== null && anchors.right - anchors.left > 0))) return '';
  const dpStart = start + 1;
  const dpEnd = end + 1;
  let out = '    ' + ' '.repeat(Math.max(0, dpStart - strippedChars));
  if (anchors !== null) {
    out += '~'.repeat(anchors.left) + '^'.repeat(anchors.right - anchors.left) + '~'.repeat(Math.max(0, dpEnd - dpStart - anchors.right));
  } else {
    out += '^'.repeat(dpEnd - dpStart);
  }
  return out + '\n';
}

/** The exception's type name as printed: `module.Name` except for builtins and __main__. */
export function exceptionTypeName(t: PyType): string {
  const mod = t.isHeapType ? (t.dict.get('__module__') ?? t.module) : t.module;
  if (typeof mod === 'string' && mod !== 'builtins' && mod !== '__main__') return `${mod}.${t.qualname}`;
  return t.qualname;
}

/**
 * A SyntaxError with a line number prints its location first, as CPython's print_exception
 * does (the same layout as a script's own SyntaxError: frontend/syntaxerror.ts), then
 * `TypeName: msg` without str()'s "(file, line N)".
 */
function formatSyntaxErrorOnly(exc: PyException, name: string): string | null {
  const x = exc.extra;
  if (x === null || typeof x.lineno !== 'number') return null;
  const msg = x.msg ?? None;
  const filename = typeof x.filename === 'string' ? x.filename : '<string>';
  const text = typeof x.text === 'string' ? x.text : null;
  const offset = typeof x.offset === 'number' ? x.offset : 0;
  const endLine = typeof x.end_lineno === 'number' ? x.end_lineno : null;
  const endOffset = typeof x.end_offset === 'number' ? x.end_offset : null;
  const e = new PySyntaxError('SyntaxError', '', filename, x.lineno, text === null ? 0 : offset, text, endLine, endOffset);
  // Line 0 has no location block (formatSyntaxError prints such an error as its message).
  const located = x.lineno === 0 ? '' : formatSyntaxErrorLocation(e);
  return located + (msg === None ? name : `${name}: ${str(msg)}`) + '\n';
}

/** The last line: `TypeName: message` (traceback.format_exception_only). */
export function formatExceptionOnly(exc: PyException): string {
  const t = typeOf(exc);
  if (t.isSubtypeOf(SyntaxError)) {
    const located = formatSyntaxErrorOnly(exc, exceptionTypeName(t));
    if (located !== null) return located + notesOf(exc);
  }
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  const name = exceptionTypeName(t);
  let line = msg === '' ? name : `${name}: ${msg}`;
  const sugg = suggestionFor(exc);
  if (sugg !== null) line += `. Did you mean: '${sugg}'?`;
  line += '\n';
  return line + notesOf(exc);
}

/** PEP 678 notes, one per line after the exception line. */
function notesOf(exc: PyException): string {
  const notes = exc.__dict__?.getStr('__notes__');
  if (notes === undefined) return '';
  const items = notes instanceof PyList || notes instanceof PyTuple ? notes.items : null;
  if (items === null) return safeStr(notes) + '\n';
  let out = '';
  for (const n of items) out += (typeof n === 'string' ? n : safeStr(n)) + '\n';
  return out;
}

function safeStr(v: PyObject): string {
  try {
    return str(v);
  } catch {
    return '<note str() failed>';
  }
}

/**
 * How deep in exception groups the printer is (CPython's _ExceptionPrintContext): each level
 * indents two columns and puts a "| " margin before every line.
 */
interface PrintContext {
  seen: Set<PyException>;
  depth: number;
  /** The last member's box still needs its closing line (a nested group may close it). */
  needClose: boolean;
}

/** traceback's max_group_width and max_group_depth, the limits CPython prints with. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function emit(ctx: PrintContext, text: string, margin = '|'): string {
  if (text === '') return '';
  const prefix = ' '.repeat(2 * ctx.depth) + (ctx.depth > 0 ? margin + ' ' : '');
  if (prefix === '') return text;
  return text.split(/(?<=\n)/).map((line) => prefix + line).join('');
}

/** The whole printed form of an uncaught exception, chained exceptions first. */
export function formatException(exc: PyException): string {
  const out: string[] = [];
  formatChained(exc, { seen: new Set(), depth: 0, needClose: false }, out);
  return out.join('');
}

/** One exception with the chain before it (TracebackException.format). */
function formatChained(exc: PyException, ctx: PrintContext, out: string[]): void {
  const chain: [string | null, PyException][] = [];
  for (let e: PyException | null = exc, msg: string | null = null; e !== null;) {
    chain.push([msg, e]);
    ctx.seen.add(e);
    if (e.cause !== null && !ctx.seen.has(e.cause)) {
      msg = '\nThe above exception was the direct cause of the following exception:\n\n';
      e = e.cause;
    } else if (e.context !== null && !e.suppressContext && !ctx.seen.has(e.context)) {
      msg = '\nDuring handling of the above exception, another exception occurred:\n\n';
      e = e.context;
    } else e = null;
  }
  // chain[k + 1]'s message says how chain[k + 1] led to chain[k]: printed between them.
  for (let k = chain.length - 1; k >= 0; k--) {
    if (k < chain.length - 1) out.push(emit(ctx, chain[k + 1][0] as string));
    formatOne(chain[k][1], ctx, out);
  }
}

function formatOne(e: PyException, ctx: PrintContext, out: string[]): void {
  if (!isGroup(e)) {
    if (e.traceback !== null) out.push(emit(ctx, 'Traceback (most recent call last):\n' + formatTraceback(e.traceback)));
    out.push(emit(ctx, formatExceptionOnly(e)));
    return;
  }
  if (ctx.depth > MAX_GROUP_DEPTH) {
    out.push(emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`));
    return;
  }
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  if (e.traceback !== null) {
    out.push(emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|'));
    out.push(emit(ctx, formatTraceback(e.traceback)));
  }
  out.push(emit(ctx, formatExceptionOnly(e)));
  const members = (e.extra?.exceptions as PyTuple).items;
  const n = Math.min(members.length, MAX_GROUP_WIDTH + 1);
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out.push(' '.repeat(2 * ctx.depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) formatChained(members[i] as PyException, ctx, out);
    else {
      const more = members.length - MAX_GROUP_WIDTH;
      out.push(emit(ctx, `and ${more} more exception${more > 1 ? 's' : ''}\n`));
    }
    if (last && ctx.needClose) {
      out.push(' '.repeat(2 * ctx.depth) + '+------------------------------------\n');
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
}

function isGroup(e: PyException): boolean {
  return typeOf(e).isSubtypeOf(BaseExceptionGroup) && e.extra?.exceptions instanceof PyTuple;
}

/**
 * SystemExit's exit status (and its message printed to stderr), or null for other exceptions.
 * sys.exit(None) -> 0, sys.exit(n) -> n, sys.exit("msg") -> prints msg, 1.
 */
export function exitStatusOf(exc: PyException, interp: Interpreter): number | null {
  if (!typeOf(exc).isSubtypeOf(SystemExit)) return null;
  const code = exceptionMember(exc, 'code');
  if (code === None) return 0;
  if (typeof code === 'number') return code & 0xff;
  if (typeof code === 'boolean') return code ? 1 : 0;
  interp.write('stderr', str(code) + '\n');
  return 1;
}

// ---------------------------------------------------------------------------------------------
// "Did you mean" (Python/suggestions.c)

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

/** levenshtein_distance of suggestions.c (with its case-insensitive substitution cost). */
function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let suf = 0;
  while (suf < a.length && suf < b.length && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  a = a.slice(0, a.length - suf);
  b = b.slice(0, b.length - suf);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitutionCost(code, a[ai]);
      distance = buffer[ai];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest candidate to `name`, or null. */
export function bestSuggestion(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const maxDist = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    const d = levenshtein(name, item, Math.min(maxDist, bestDist - 1));
    if (d > maxDist || d >= bestDist) continue;
    best = item;
    bestDist = d;
  }
  return best;
}

function dictNames(d: PyDict | undefined | null): string[] {
  if (d === null || d === undefined) return [];
  return d.keys().filter((k): k is string => typeof k === 'string');
}

function suggestionFor(exc: PyException): string | null {
  const t = typeOf(exc);
  const extra = exc.extra;
  if (extra === null) return null;
  const name = extra.name;
  if (typeof name !== 'string') return null;
  if (t.isSubtypeOf(NameError)) {
    const getScopes = exc.nameScopes;
    if (getScopes === null) return null;
    for (const names of getScopes()) {
      const s = bestSuggestion(names, name);
      if (s !== null) return s;
    }
    return null;
  }
  if (t.isSubtypeOf(AttributeError)) {
    const obj = extra.obj;
    if (obj === undefined) return null;
    // offer_suggestions_for_attribute_error: the candidates are dir(obj) in its sorted order
    // (so a class's are its own and its bases' names, not its metaclass's), and an error
    // raised by a __dir__ only means no suggestion.
    let names: PyObject[];
    try {
      names = dirOf(obj).items;
    } catch (e) {
      if (isPyException(e)) return null;
      throw e;
    }
    return bestSuggestion(names.filter((k): k is string => typeof k === 'string'), name);
  }
  return null;
}

/**
 * Attaches the scopes searched for a NameError's suggestion (locals, globals, builtins of the
 * frame that raised it), computed only if the error is printed.
 */
export function attachNameScopes(exc: PyException, scopes: () => string[][]): void {
  exc.nameScopes = scopes;
}
export { dictNames };
