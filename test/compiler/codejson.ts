// A pyvm CodeObject as the JSON shape of test/compiler/tools/code2json.py (CPython's
// code objects), and a field-by-field comparison of two such trees with readable
// differences (instruction listings for co_code).

import { CodeObject } from '../../frontend/code';
import { CACHE_ENTRIES, EXTENDED_ARG, OPNAME } from '../../frontend/opcode';
import { PyBytes, PyComplex, PyEllipsisType, PyFloat, PyFrozenSet, PyNoneType, PyObject, PyTuple } from '../../runtime/object';
import { floatRepr } from '../../runtime/float_repr';
import { decodeLocations } from '../../frontend/linetable';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

export function constJson(v: PyObject): Json {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return { $: 'int', v: v.toString() };
    case 'string':
      return v;
    case 'boolean':
      return v;
    default:
      break;
  }
  if (v instanceof PyNoneType) return { $: 'none' };
  if (v instanceof PyEllipsisType) return { $: 'ellipsis' };
  if (v instanceof PyFloat) return { $: 'float', v: floatRepr(v.value) };
  if (v instanceof PyComplex) return { $: 'complex', re: floatRepr(v.real), im: floatRepr(v.imag) };
  if (v instanceof PyBytes) return { $: 'bytes', v: Array.from(v.bytes) };
  if (v instanceof PyTuple) return { $: 'tuple', v: v.items.map(constJson) };
  if (v instanceof PyFrozenSet) {
    const items = v.items.map(constJson);
    items.sort((a, b) => (stable(a) < stable(b) ? -1 : stable(a) > stable(b) ? 1 : 0));
    return { $: 'frozenset', v: items };
  }
  if (v instanceof CodeObject) return codeJson(v);
  return { $: 'unknown' };
}

/** json.dumps(x, sort_keys=True) for the subset used here (keys sorted, ", " and ": "). */
function stable(x: Json): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return '[' + x.map(stable).join(', ') + ']';
  if (typeof x === 'object') {
    return '{' + Object.keys(x).sort().map((k) => JSON.stringify(k) + ': ' + stable(x[k])).join(', ') + '}';
  }
  if (typeof x === 'boolean') return x ? 'true' : 'false';
  return JSON.stringify(x);
}

export function codeJson(co: CodeObject): Json {
  return {
    $: 'code',
    name: co.co_name,
    qualname: co.co_qualname,
    argcount: co.co_argcount,
    posonlyargcount: co.co_posonlyargcount,
    kwonlyargcount: co.co_kwonlyargcount,
    stacksize: co.co_stacksize,
    flags: co.co_flags,
    firstlineno: co.co_firstlineno,
    code: hex(co.co_code),
    consts: co.co_consts.map(constJson),
    names: co.co_names.slice(),
    varnames: co.co_varnames,
    cellvars: co.co_cellvars,
    freevars: co.co_freevars,
    linetable: hex(co.co_linetable),
    exceptiontable: hex(co.co_exceptiontable),
  };
}

/** A readable listing of co_code (hex), CACHE entries skipped. */
export function listing(codeHex: string): string[] {
  const b = Buffer.from(codeHex, 'hex');
  const out: string[] = [];
  let ext = 0;
  for (let i = 0; i < b.length;) {
    const op = b[i];
    const arg = b[i + 1] | ext;
    ext = op === EXTENDED_ARG ? arg << 8 : 0;
    out.push(`${String(i).padStart(4)} ${OPNAME[op] ?? '<' + op + '>'} ${arg}`);
    i += 2 + 2 * (CACHE_ENTRIES[op] ?? 0);
  }
  return out;
}

function positions(co: { [k: string]: Json }): string[] {
  const code = Buffer.from(co.code as string, 'hex');
  const units = code.length / 2;
  const pos = decodeLocations(Buffer.from(co.linetable as string, 'hex'), co.firstlineno as number, units);
  const lst = listing(co.code as string);
  return lst.map((l) => {
    const off = parseInt(l.trim().split(' ')[0], 10) / 2;
    const p = pos[off];
    return `${l.trim()} ${p ? `${p.line},${p.endLine},${p.col},${p.endCol}` : '-'}`;
  });
}

/** Differences between two code-object trees: [] when identical. */
export function diffCode(ours: Json, theirs: Json, path = ''): string[] {
  if (stable(ours) === stable(theirs)) return [];
  if (ours && theirs && typeof ours === 'object' && typeof theirs === 'object' && !Array.isArray(ours) &&
    !Array.isArray(theirs) && ours.$ === 'code' && theirs.$ === 'code') {
    const out: string[] = [];
    const where = path + '/' + String(theirs.qualname);
    for (const k of Object.keys(theirs)) {
      if (k === 'consts') {
        const a = ours.consts as Json[];
        const b = theirs.consts as Json[];
        if (a.length !== b.length) out.push(`${where}: consts length ${a.length} != ${b.length}: ${stable(a)} vs ${stable(b)}`);
        const n = Math.min(a.length, b.length);
        for (let i = 0; i < n; i++) {
          const sub = diffCode(a[i], b[i], where);
          if (sub.length) out.push(...(sub[0].startsWith(where) ? sub : [`${where}: const ${i}: ${sub.join('; ')}`]));
        }
        continue;
      }
      if (stable(ours[k]) !== stable(theirs[k])) {
        if (k === 'code') {
          const la = listing(ours.code as string);
          const lb = listing(theirs.code as string);
          out.push(`${where}: code differs\n  ours:   ${la.join('\n          ')}\n  python: ${lb.join('\n          ')}`);
        } else if (k === 'linetable') {
          const pa = positions(ours);
          const pb = positions(theirs);
          const lines: string[] = [];
          for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
            lines.push(`${pa[i] === pb[i] ? ' ' : '*'} ${(pa[i] ?? '').padEnd(40)} ${pb[i] ?? ''}`);
          }
          out.push(`${where}: linetable differs (ours | python)\n    ${lines.join('\n    ')}`);
        } else {
          out.push(`${where}: ${k}: ${stable(ours[k])} != ${stable(theirs[k])}`);
        }
      }
    }
    return out;
  }
  return [`${stable(ours)} != ${stable(theirs)}`];
}
