// The frontend's compile-time warnings (frontend/compile_warnings.ts): what the compiler and
// tokenizer report through the sink, at which line, and the SyntaxError they raise at the
// warning's location when the sink says the warnings filters made it an error. The messages
// and lines are CPython 3.11's (conformance objects/regr_grammar_syntax_warnings checks them
// end to end against python3 through the runtime's warnings module).

import { describe, expect, it } from 'vitest';
import { compileSourceMode } from '../../frontend/compile';
import { withCompileWarningSink, CompileWarningCategory } from '../../frontend/compile_warnings';
import { PySyntaxError } from '../../frontend/syntaxerror';

type Seen = [CompileWarningCategory, string, string, number];

function warningsOf(src: string): Seen[] {
  const seen: Seen[] = [];
  withCompileWarningSink((cat, msg, file, line) => {
    seen.push([cat, msg, file, line]);
    return false;
  }, () => compileSourceMode(src, 'w.py', 'exec'));
  return seen;
}

function errorOf(src: string): PySyntaxError {
  try {
    withCompileWarningSink(() => true, () => compileSourceMode(src, 'w.py', 'exec'));
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('no SyntaxError');
}

describe('compile-time SyntaxWarnings', () => {
  it('reports them with CPython messages and lines', () => {
    expect(warningsOf('x = 1\nif x is ():\n  pass')).toEqual([['SyntaxWarning', '"is" with a literal. Did you mean "=="?', 'w.py', 2]]);
    expect(warningsOf("x is not 'a'")).toEqual([['SyntaxWarning', '"is not" with a literal. Did you mean "!="?', 'w.py', 1]]);
    expect(warningsOf('None is x\nx is ...\nTrue is not x')).toEqual([]);
    expect(warningsOf("assert (x, 'm')")).toEqual([['SyntaxWarning', 'assertion is always true, perhaps remove parentheses?', 'w.py', 1]]);
    expect(warningsOf("assert (1, 'm')")[0][1]).toBe('assertion is always true, perhaps remove parentheses?');
    expect(warningsOf('assert ()')).toEqual([]);
    expect(warningsOf('x = [\n  (1, 2)\n  (3, 4)]')).toEqual([['SyntaxWarning', "'tuple' object is not callable; perhaps you missed a comma?", 'w.py', 2]]);
    expect(warningsOf('5[0]')[0][1]).toBe("'int' object is not subscriptable; perhaps you missed a comma?");
    expect(warningsOf('[1, 2][1, 2]')[0][1]).toBe('list indices must be integers or slices, not tuple; perhaps you missed a comma?');
    expect(warningsOf('[1][1:2]\n[1][2](3)\n[1][0]')).toEqual([]);
    expect(warningsOf('0xfor x in ()')).toEqual([['SyntaxWarning', 'invalid hexadecimal literal', 'w.py', 1]]);
    expect(warningsOf('y = 2\nx = 1if y else 2')).toEqual([['SyntaxWarning', 'invalid decimal literal', 'w.py', 2]]);
  });

  it('raises SyntaxError at the location when the warning is an error', () => {
    const e = errorOf('x = 1\nif x is ():\n  pass');
    expect([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]).toEqual(['"is" with a literal. Did you mean "=="?', 2, 4, 2, 11]);
    const t = errorOf('x = 1if 1 else 2');
    expect([t.msg, t.lineno, t.offset]).toEqual(['invalid decimal literal', 1, 5]);
  });

  it('is silent without a sink', () => {
    expect(() => compileSourceMode('x is 1\nassert (x, 1)\n0xfor x in ()', 'w.py', 'exec')).not.toThrow();
  });
});
