// ast.dump(tree) and ast.dump(tree, include_attributes=True), text-identical to CPython 3.11
// (Lib/ast.py, dump._format), driven by the generated NODE_FIELDS table of frontend/ast.ts.
//
// CPython 3.11's rule for omitted values: a field or attribute whose value is None is left
// out when the node CLASS has a None default for it, i.e. it is optional ('?') in the
// ASDL. Once a field has been left out, the remaining fields are printed as name=value
// (they always are with annotate_fields=True, the default used here). Required fields that
// hold None (Constant.value, MatchSingleton.value) are printed.

import { NODE_FIELDS, Node } from './ast';
import { Ellipsis, None, PyBytes, PyComplex, PyFloat, PyObject } from '../runtime/object';
import { floatRepr } from '../runtime/float_repr';
import { bytesRepr, strRepr } from '../runtime/str_repr';

// Optional fields per class (ast.<Class>.<field> is None in CPython 3.11). Attributes
// end_lineno/end_col_offset are optional for every located node.
const OPTIONAL: Readonly<Record<string, readonly string[]>> = {
  AnnAssign: ['value'],
  Assert: ['msg'],
  Assign: ['type_comment'],
  AsyncFor: ['type_comment'],
  AsyncFunctionDef: ['returns', 'type_comment'],
  AsyncWith: ['type_comment'],
  Constant: ['kind'],
  ExceptHandler: ['type', 'name'],
  For: ['type_comment'],
  FormattedValue: ['format_spec'],
  FunctionDef: ['returns', 'type_comment'],
  ImportFrom: ['module', 'level'],
  MatchAs: ['pattern', 'name'],
  MatchMapping: ['rest'],
  MatchStar: ['name'],
  Raise: ['exc', 'cause'],
  Return: ['value'],
  Slice: ['lower', 'upper', 'step'],
  With: ['type_comment'],
  Yield: ['value'],
  alias: ['asname'],
  arg: ['annotation', 'type_comment'],
  arguments: ['vararg', 'kwarg'],
  keyword: ['arg'],
  match_case: ['guard'],
  withitem: ['optional_vars'],
};

function isOptional(cls: string, field: string): boolean {
  if (field === 'end_lineno' || field === 'end_col_offset') return true;
  const o = OPTIONAL[cls];
  return o !== undefined && o.includes(field);
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { _type?: unknown })._type === 'string';
}

/** repr() of a constant value as ast.dump prints it. */
export function constantRepr(v: PyObject): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint':
      return v.toString();
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    default:
      break;
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PyComplex) return complexRepr(v);
  return String(v);
}

/** repr(complex): imaginary-only when the real part is +0.0, else (re+imj). */
export function complexRepr(c: PyComplex): string {
  const im = (x: number): string => {
    const s = floatRepr(x);
    return s.endsWith('.0') ? s.slice(0, -2) : s;
  };
  if (c.real === 0 && !Object.is(c.real, -0)) return im(c.imag) + 'j';
  const imag = c.imag;
  const sign = imag < 0 || Object.is(imag, -0) ? '-' : '+';
  return `(${im(c.real)}${sign}${im(Math.abs(imag))}j)`;
}

function format(v: unknown, includeAttributes: boolean): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const parts: string[] = [];
    for (const x of v) parts.push(format(x, includeAttributes));
    return '[' + parts.join(', ') + ']';
  }
  if (isNode(v)) {
    const cls = v._type;
    const spec = NODE_FIELDS[cls];
    const rec = v as unknown as Record<string, unknown>;
    const args: string[] = [];
    for (const name of spec.fields) {
      const value = rec[name];
      if ((value === null || value === undefined) && isOptional(cls, name)) continue;
      args.push(name + '=' + format(value, includeAttributes));
    }
    if (includeAttributes) {
      for (const name of spec.attributes) {
        const value = rec[name];
        if (value === undefined) continue;
        if (value === null && isOptional(cls, name)) continue;
        args.push(name + '=' + format(value, includeAttributes));
      }
    }
    return cls + '(' + args.join(', ') + ')';
  }
  if (v === null || v === undefined) return 'None';
  return constantRepr(v as PyObject);
}

/** ast.dump(node) (include_attributes=false) or ast.dump(node, include_attributes=True). */
export function dump(node: Node, includeAttributes = false): string {
  return format(node, includeAttributes);
}
