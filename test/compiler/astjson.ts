// Loads the JSON written by test/tools/ast2json.py (CPython's own AST of a file) into
// frontend/ast.ts's shape, rebuilding constant values as pyvm runtime values, so the
// compiler can be tested on CPython's tree independently of pyvm's parser.

import { execFileSync } from 'child_process';
import * as path from 'path';
import type * as A from '../../frontend/ast';
import { Ellipsis, None, PyBytes, PyComplex, PyFloat, PyFrozenSet, PyObject, PyTuple } from '../../runtime/object';

type J = null | boolean | number | string | J[] | { [k: string]: J };

function parseFloatRepr(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan' || s === '-nan') return NaN;
  return Number(s);
}

/** A constant as encoded by ast2json.py -> runtime value. */
export function loadConst(v: J): PyObject {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v === null || Array.isArray(v)) throw new Error('bad constant ' + JSON.stringify(v));
  switch (v.$) {
    case 'none': return None;
    case 'ellipsis': return Ellipsis;
    case 'int': return BigInt(v.v as string);
    case 'float': return new PyFloat(parseFloatRepr(v.v as string));
    case 'complex': return new PyComplex(parseFloatRepr(v.re as string), parseFloatRepr(v.im as string));
    case 'bytes': return new PyBytes(Uint8Array.from(v.v as number[]));
    case 'tuple': return new PyTuple((v.v as J[]).map(loadConst));
    case 'frozenset': return new PyFrozenSet((v.v as J[]).map(loadConst));
    default: throw new Error('bad constant ' + JSON.stringify(v));
  }
}

function loadNode(n: J): unknown {
  if (Array.isArray(n)) return n.map(loadNode);
  if (n === null || typeof n !== 'object') return n;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) {
    if (k === 'value' && (n._type === 'Constant' || n._type === 'MatchSingleton')) out[k] = loadConst(v);
    else out[k] = loadNode(v);
  }
  return out;
}

/** JSON text of ast2json.py -> Module. */
export function loadAstJson(text: string): A.Module {
  return loadNode(JSON.parse(text) as J) as A.Module;
}

/** CPython's AST of a file (runs test/tools/ast2json.py with python3). */
export function cpythonAst(file: string): A.Module {
  const script = path.resolve(__dirname, '..', '..', '..', 'test', 'tools', 'ast2json.py');
  const alt = path.resolve(__dirname, '..', 'tools', 'ast2json.py');
  const s = require('fs').existsSync(script) ? script : alt;
  return loadAstJson(execFileSync('python3', [s, file], { maxBuffer: 1 << 30 }).toString());
}
