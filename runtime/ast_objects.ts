// Abstract syntax trees as Python objects: compile(source, filename, mode, PyCF_ONLY_AST) and
// compile() of such a tree (CPython's Python/Python-ast.c ast2obj / obj2ast).
//
// pyvm's parser builds plain objects whose `_type` is CPython's class name and whose fields
// carry CPython's field names (frontend/ast.ts), so both directions are generic: a node
// becomes an instance of the `_ast` class of that name (runtime/modules/ast_source.ts) with
// its fields, then its position attributes, in its __dict__ (the order CPython's objects
// list them in); an instance becomes a node by reading its class's _fields and _attributes.

import { PyObject, PyBase, None } from './object';
import { PyType } from './type';
import { typeOf } from './types';
import { PyList } from './containers';
import { PyInstance } from './class';
import { getAttr, getAttrOpt } from './attr';
import { raiseTypeError } from './exceptions';
import { currentInterp } from './interp';
import { importAbsolute } from './vmhelpers';
import { toArray, repr } from './ops';

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

/** The parser's node for an `_ast` object (obj2ast): its class's fields and positions. */
/** The ASDL sum types: abstract classes whose subclasses are the nodes. */
const SUM_TYPES = new Set(['mod', 'stmt', 'expr', 'expr_context', 'boolop', 'operator', 'unaryop', 'cmpop', 'excepthandler', 'pattern', 'type_ignore']);

function fromPy(v: PyObject): unknown {
  if (v === None) return null;
  if (v instanceof PyList) return v.items.map((x) => fromPy(x));
  if (!(v instanceof PyInstance)) return v;
  const t = typeOf(v);
  // An instance of an abstract node class (ast.expr(...)) is no node of the tree (obj2ast's
  // "expected some sort of expr").
  if (SUM_TYPES.has(t.name) && t.bases[0]?.name === 'AST') raiseTypeError(`expected some sort of ${t.name}, but got ${repr(v)}`);
  const node: Node = { _type: t.name };
  // The position attributes first, then the fields (obj2ast_stmt's order).
  const attrs = toArray(getAttr(t, '_attributes')) as string[];
  for (const a of attrs) {
    const x = getAttrOpt(v, a);
    if (x === undefined || (x === None && (a === 'lineno' || a === 'col_offset'))) {
      raiseTypeError(`required field "${a}" missing from ${baseNodeName(t)}`);
    }
    node[a] = x === None ? null : x;
  }
  const fields = toArray(getAttr(t, '_fields')) as string[];
  for (const f of fields) {
    const x = getAttrOpt(v, f);
    if (x === undefined) raiseTypeError(`required field "${f}" missing from ${t.name}`);
    node[f] = fromPy(x);
  }
  return node;
}

/** The ASDL sum type a node class belongs to (`expr` for Name), as CPython's messages name it. */
function baseNodeName(t: PyType): string {
  const b = t.bases[0];
  return b !== undefined && b.name !== 'AST' ? b.name : t.name;
}

/** The parser's tree for an `_ast` Module / Expression / Interactive object. */
export function objectsToTree(v: PyObject): { _type: string; body: unknown } {
  return fromPy(v) as { _type: string; body: unknown };
}
