// format(value, spec), '%' formatting and str.format (runtime/format_spec.ts,
// percent_format.ts, str_format.ts) against CPython 3.11's results in
// goldens/lib_format.json (regenerate: python3 test/runtime/lib_format_gen.py).
import { describe, it, expect } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { PyObject, PyTuple } from '../../runtime/object';
import { strRepr } from '../../runtime/str_repr';
import { raise } from '../../runtime/lib_errors';
import { FormatHooks, basicFormatHooks } from '../../runtime/format_hooks';
import { percentFormat } from '../../runtime/percent_format';
import { strFormat, FormatKwargs } from '../../runtime/str_format';
import { Enc, decode, capture, checkAgainstKnown, TestList, TestDict } from './lib/golden_codec';

const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'goldens', 'lib_format.json'), 'utf8')) as {
  cases: [string, Enc[], Enc][];
};
const known = JSON.parse(fs.readFileSync(path.join(__dirname, 'goldens', 'lib_known_failures.json'), 'utf8')) as Record<string, Record<string, string>>;

function keyEq(a: PyObject, b: PyObject): boolean {
  return a === b;
}

/** basicFormatHooks plus the test stand-ins for list and dict. */
const hooks: FormatHooks = {
  ...basicFormatHooks,
  repr(o) {
    if (o instanceof TestList) return '[' + o.items.map((x) => this.repr(x)).join(', ') + ']';
    if (o instanceof TestDict) return '{' + o.entries.map(([k, v]) => this.repr(k) + ': ' + this.repr(v)).join(', ') + '}';
    if (o instanceof PyTuple) {
      if (o.items.length === 1) return '(' + this.repr(o.items[0]) + ',)';
      return '(' + o.items.map((x) => this.repr(x)).join(', ') + ')';
    }
    return basicFormatHooks.repr.call(this, o);
  },
  str(o) {
    return typeof o === 'string' ? o : this.repr(o);
  },
  format(o, spec) {
    if (o instanceof TestList || o instanceof TestDict) {
      if (spec !== '') raise('TypeError', `unsupported format string passed to ${o instanceof TestList ? 'list' : 'dict'}.__format__`);
      return this.str(o);
    }
    return basicFormatHooks.format.call(this, o, spec);
  },
  getitem(o, key) {
    if (o instanceof TestList) {
      if (typeof key !== 'number') raise('TypeError', `list indices must be integers or slices, not ${this.typeName(key)}`);
      const i = key < 0 ? key + o.items.length : key;
      if (i < 0 || i >= o.items.length) raise('IndexError', 'list index out of range');
      return o.items[i];
    }
    if (o instanceof TestDict) {
      for (const [k, v] of o.entries) if (keyEq(k, key)) return v;
      return raise('KeyError', this.repr(key), [key]);
    }
    return basicFormatHooks.getitem.call(this, o, key);
  },
  typeName(o) {
    if (o instanceof TestList) return 'list';
    if (o instanceof TestDict) return 'dict';
    return basicFormatHooks.typeName(o);
  },
  isMapping(o) {
    return o instanceof TestDict;
  },
};

function kwargsOf(d: PyObject): FormatKwargs {
  const entries = (d as TestDict).entries;
  return {
    get(key) {
      for (const [k, v] of entries) if (k === key) return v;
      return raise('KeyError', strRepr(key), [key]);
    },
  };
}

function evalCase(op: string, args: PyObject[]): unknown {
  switch (op) {
    case 'format': return hooks.format(args[0], args[1] as string);
    case 'percent': return percentFormat(args[0] as string, args[1], hooks);
    case 'strformat': return strFormat(args[0] as string, (args[1] as PyTuple).items, kwargsOf(args[2]), hooks);
    default: throw new Error('unknown op ' + op);
  }
}

describe('formatting against CPython goldens', () => {
  it(`${golden.cases.length} cases`, () => {
    const results = golden.cases.map(([op, args, want]) => {
      const key = `${op} ${JSON.stringify(args)}`;
      return { key, got: capture(() => evalCase(op, args.map((x) => decode(x)))), want };
    });
    const problems = checkAgainstKnown(results, known.format ?? {});
    expect(problems.slice(0, 40)).toEqual([]);
  });
});
