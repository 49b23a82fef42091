// Abstract syntax trees as Python objects: compile(source, filename, mode, PyCF_ONLY_AST) and
// compile() of such a tree (CPython's Python/Python-ast.c ast2obj / obj2ast).
//
// pyvm's parser builds plain objects whose `_type` is CPython's class name and whose fields
// carry CPython's field names (frontend/ast.ts), so both directions are generic: a node
// becomes an instance of the `_ast` class of that name (runtime/modules/ast_source.ts) with
// its fields, then its position attributes, in its __dict__ (the order CPython's objects
// list them in). The other direction, compile() of such objects, converts and validates them
// field by field with each field's ASDL type (runtime/ast_validate.ts).

import { PyObject, PyBase, None } from './object';
import { PyType } from './type';
import { typeOf } from './types';
import { PyList } from './containers';
import { PyInstance } from './class';
import { getAttr, getAttrOpt } from './attr';
import { currentInterp } from './interp';
import { importAbsolute } from './vmhelpers';
import { toArray } from './ops';

/** compile()'s flag for "return the tree" (CPython's PyCF_ONLY_AST). */
export const PyCF_ONLY_AST = 0x400;

const POSITIONS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

function astModule(): PyObject {
  return importAbsolute(currentInterp(), '_ast');
}

type Node = { _type: string; [field: string]: unknown };

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !(v instanceof PyBase) && typeof (v as Node)._type === 'string';
}

/** A node class of `_ast` and its _fields, looked up once per class name in a conversion. */
type NodeClass = { cls: PyType; fields: string[] };

/** The Python object for a parser value: a node, a list of them, null (None), or a value as is. */
function toPy(v: unknown, mod: PyObject, classes: Map<string, NodeClass>): PyObject {
  if (v === null || v === undefined) return None;
  if (Array.isArray(v)) return new PyList(v.map((x) => toPy(x, mod, classes)));
  if (isNode(v)) {
    let nc = classes.get(v._type);
    if (nc === undefined) {
      const cls = getAttr(mod, v._type) as PyType;
      nc = { cls, fields: toArray(getAttr(cls, '_fields')) as string[] };
      classes.set(v._type, nc);
    }
    const obj = new PyInstance(nc.cls);
    const d = obj.__dict__;
    for (const f of nc.fields) d.setStr(f, toPy(v[f], mod, classes));
    if ('lineno' in v) for (const p of POSITIONS) d.setStr(p, toPy(v[p], mod, classes));
    return obj;
  }
  return v as PyObject;
}

/** The tree of `_ast` objects for a parsed module or expression. */
export function treeToObjects(tree: unknown): PyObject {
  return toPy(tree, astModule(), new Map());
}

/** True when v is an instance of one of `_ast`'s node classes. */
export function isAstObject(v: PyObject): boolean {
  if (!(v instanceof PyInstance)) return false;
  const base = getAttrOpt(astModule(), 'AST');
  return base instanceof PyType && typeOf(v).isSubtypeOf(base);
}

/**
 * The parser's Module / Expression / Interactive for compile() of a tree of `_ast` objects in
 * `mode`: converted and validated as CPython does (runtime/ast_validate.ts).
 */
export function objectsToTree(v: PyObject, mode: 'exec' | 'eval' | 'single'): { _type: string; body: unknown } {
  // Required here, not at the top: the validator (28 KB) is needed only by compile() of a
  // tree, and this file is loaded by every run (runtime/exec.ts; start-up, session 25).
  const { astObjectToModule } = require('./ast_validate') as typeof import('./ast_validate');
  return astObjectToModule(astModule(), v, mode) as { _type: string; body: unknown };
}
