// Bad input to `pyvm run`: source files CPython rejects before running them (PEP 263 source
// encodings, a tree too deep for the compiler), and run-time conditions that come from the
// host (V8's string size limit) or end the process differently (KeyboardInterrupt). Each
// expected text and status is what CPython 3.11 prints for the same file (`python3 FILE`),
// and no case may show a JavaScript stack trace or pyvm's internal-error line.
import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runPyvm } from './helpers/pyvm';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-bad-'));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l !== '');
  return lines[lines.length - 1] ?? '';
}

function expectNoCrash(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain('internal error');
}

describe('source encodings (PEP 263), on both VMs', () => {
  const cases: { name: string; bytes: Buffer; status: number; stdout: string; stderr: (file: string) => string }[] = [
    {
      name: 'unknown.py',
      bytes: Buffer.from('# -*- coding: nope -*-\nprint(1)\n'),
      status: 1, stdout: '', stderr: () => 'SyntaxError: encoding problem: nope\n',
    },
    {
      name: 'nonutf8.py',
      bytes: Buffer.from([...Buffer.from('x = 1\nprint("'), 0xff, ...Buffer.from('")\n')]),
      status: 1, stdout: '',
      stderr: (f) => `SyntaxError: Non-UTF-8 code starting with '\\xff' in file ${f} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
    },
    {
      // A declaration on line 2 counts only when line 1 is blank or a comment.
      name: 'late_decl.py',
      bytes: Buffer.from([...Buffer.from('x = 1\n# coding: latin-1\nprint("'), 0xe9, ...Buffer.from('")\n')]),
      status: 1, stdout: '',
      stderr: (f) => `SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ${f} on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
    },
    {
      name: 'latin1.py',
      bytes: Buffer.from([...Buffer.from('#!/usr/bin/env python3\n# vim: set fileencoding=latin_1 :\ns = "'), 0xe9, 0xff, ...Buffer.from('"\nprint(s, len(s), [hex(ord(c)) for c in s])\n')]),
      status: 0, stdout: "é\u00ff 2 ['0xe9', '0xff']\n", stderr: () => '',
    },
    {
      name: 'cp1252.py',
      bytes: Buffer.from([...Buffer.from('# coding=cp1252\nprint("'), 0x80, 0x93, ...Buffer.from('")\n')]),
      status: 0, stdout: '\u20ac\u201c\n', stderr: () => '',
    },
    {
      name: 'cp1252_undefined.py',
      bytes: Buffer.from([...Buffer.from('# coding=cp1252\nprint("'), 0x81, ...Buffer.from('")\n')]),
      status: 1, stdout: '', stderr: () => 'SyntaxError: encoding problem: cp1252\n',
    },
    {
      name: 'ascii.py',
      bytes: Buffer.from('# coding: ascii\nprint("\u00e9")\n'),
      status: 1, stdout: '', stderr: () => 'SyntaxError: encoding problem: ascii\n',
    },
    {
      name: 'bom_latin1.py',
      bytes: Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('# coding: latin-1\nprint(1)\n')]),
      status: 1, stdout: '', stderr: () => 'SyntaxError: encoding problem: iso-8859-1 with BOM\n',
    },
    {
      name: 'bom_utf8.py',
      bytes: Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('# -*- coding: utf_8 -*-\nprint("\u00e9")\n')]),
      status: 0, stdout: '\u00e9\n', stderr: () => '',
    },
    {
      // Without a BOM the codec registry's spellings count: "UTF8" decodes as UTF-8.
      name: 'UTF8.py',
      bytes: Buffer.from('# -*- coding: UTF8 -*-\nprint("\u00e9")\n'),
      status: 0, stdout: '\u00e9\n', stderr: () => '',
    },
    {
      // get_normal_name folds "utf_8" to "utf-8" but leaves "UTF8" as written, so CPython
      // rejects it beside a BOM even though the codec is the same.
      name: 'bom_UTF8.py',
      bytes: Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('# -*- coding: UTF8 -*-\nprint(1)\n')]),
      status: 1, stdout: '', stderr: () => 'SyntaxError: encoding problem: UTF8 with BOM\n',
    },
  ];
  for (const c of cases) {
    for (const vm of ['stack', 'reg']) {
      it(`${c.name} on the ${vm} VM`, () => {
        const file = write(c.name, c.bytes);
        const r = runPyvm(['run', '--vm', vm, file]);
        expect(r.stderr).toBe(c.stderr(file));
        expect(r.stdout).toBe(c.stdout);
        expect(r.status).toBe(c.status);
      });
    }
  }
});

// Calls that crashed pyvm with a JavaScript TypeError or RangeError (an internal error) or
// never returned (an empty sequence times 2**70), found by calling built-ins, methods and
// operators with odd arguments, and the conversions bytes() and bytearray() try in CPython's
// order (__bytes__, a count from __index__, iteration); the expected stdout is CPython 3.11's
// (CPython also prints a DeprecationWarning for __int__/__index__ returning a bool: pyvm has
// no warnings machinery, so stderr is not compared here).
const ODD_ARGUMENTS_PROGRAM = [
  "def show(f):",
  "    try:",
  "        r = f()",
  "        print(repr(r)[:80])",
  "    except Exception as e:",
  "        print(type(e).__name__, str(e)[:80])",
  "show(lambda: (1).to_bytes(2**70))",
  "show(lambda: (1).to_bytes(2**40))",
  "show(lambda: (1.5).fromhex())",
  "show(lambda: float.fromhex(1))",
  "show(lambda: float.fromhex('0x1p3'))",
  "show(lambda: b\"ab\".decode(0))",
  "show(lambda: b\"ab\".decode('ascii', None))",
  "show(lambda: bytearray(b\"ab\").decode(...))",
  "show(lambda: bytearray(\"ab\", None))",
  "show(lambda: bytes(\"\", 1, \"ab\"))",
  "show(lambda: bytes(\"ab\", \"ascii\", 1))",
  "show(lambda: bytes(\"ab\", \"ascii\"))",
  "show(lambda: bytes.fromhex())",
  "show(lambda: bytearray.fromhex(1))",
  "show(lambda: b\"ab\".rjust(2**62))",
  "show(lambda: (2**70) * ())",
  "show(lambda: () * (2**62))",
  "show(lambda: [] * (2**70))",
  "show(lambda: [] * (2**62))",
  "show(lambda: '' * (2**70))",
  "show(lambda: '' * (2**62))",
  "show(lambda: b'' * (2**62))",
  "show(lambda: b'' * (2**70))",
  "show(lambda: (1,) * (2**62))",
  "show(lambda: [1] * (2**62))",
  "show(lambda: 'a' * (2**62))",
  "show(lambda: bytearray(b'') * (2**70))",
  "show(lambda: [1] * -(2**70))",
  "show(lambda: \"ab\" * (2**62))",
  "show(lambda: b\"ab\" * (2**62))",
  "show(lambda: \"a\" * (2**40))",
  "show(lambda: b\"a\" * (2**40))",
  "show(lambda: b\"ab\" * 1.5)",
  "show(lambda: [1] * 1.5)",
  "show(lambda: \"ab\" * 3)",
  "show(lambda: b\"ab\" * 3)",
  "show(lambda: bytearray(b\"ab\") * 2)",
  "show(lambda: (1, 2) * True)",
  "show(lambda: [1, 2] * -1)",
  "class B:",
  "    def __bytes__(self): return b\"xy\"",
  "class NB:",
  "    def __bytes__(self): return \"xy\"",
  "class I:",
  "    def __index__(self): return 3",
  "class IB:",
  "    def __index__(self): return True",
  "    def __int__(self): return True",
  "class BadIndex:",
  "    def __index__(self): return \"x\"",
  "    def __iter__(self): return iter([65, 66])",
  "class Nothing:",
  "    pass",
  "show(lambda: bytes(B()))",
  "show(lambda: bytes(NB()))",
  "show(lambda: bytearray(B()))",
  "show(lambda: (bytes(I()), bytearray(I())))",
  "show(lambda: (int(IB()), [1, 2][IB()], bytes(IB())))",
  "show(lambda: (bytes(BadIndex()), bytearray(BadIndex())))",
  "show(lambda: bytes(Nothing()))",
  "show(lambda: bytearray(Nothing()))",
  "show(lambda: bytes(-1))",
  "show(lambda: bytes(2**70))",
  "show(lambda: bytes(errors=\"strict\"))",
  "show(lambda: bytes([1], errors=\"strict\"))",
  "show(lambda: bytes(bytearray(b\"q\")))",
].join('\n') + '\n';
const ODD_ARGUMENTS_CPYTHON = [
  "OverflowError Python int too large to convert to C ssize_t",
  "MemoryError ",
  "TypeError float.fromhex() takes exactly one argument (0 given)",
  "TypeError bad argument type for built-in operation",
  "8.0",
  "TypeError decode() argument 'encoding' must be str, not int",
  "TypeError decode() argument 'errors' must be str, not None",
  "TypeError decode() argument 'encoding' must be str, not ellipsis",
  "TypeError bytearray() argument 'encoding' must be str, not None",
  "TypeError bytes() argument 'encoding' must be str, not int",
  "TypeError bytes() argument 'errors' must be str, not int",
  "b'ab'",
  "TypeError bytes.fromhex() takes exactly one argument (0 given)",
  "TypeError fromhex() argument must be str, not int",
  "MemoryError ",
  "OverflowError cannot fit 'int' into an index-sized integer",
  "()",
  "OverflowError cannot fit 'int' into an index-sized integer",
  "[]",
  "OverflowError cannot fit 'int' into an index-sized integer",
  "''",
  "b''",
  "OverflowError cannot fit 'int' into an index-sized integer",
  "MemoryError ",
  "MemoryError ",
  "MemoryError ",
  "OverflowError cannot fit 'int' into an index-sized integer",
  "OverflowError cannot fit 'int' into an index-sized integer",
  "OverflowError repeated string is too long",
  "OverflowError repeated bytes are too long",
  "MemoryError ",
  "MemoryError ",
  "TypeError can't multiply sequence by non-int of type 'float'",
  "TypeError can't multiply sequence by non-int of type 'float'",
  "'ababab'",
  "b'ababab'",
  "bytearray(b'abab')",
  "(1, 2)",
  "[]",
  "b'xy'",
  "TypeError __bytes__ returned non-bytes (type str)",
  "TypeError cannot convert 'B' object to bytearray",
  "(b'\\x00\\x00\\x00', bytearray(b'\\x00\\x00\\x00'))",
  "(1, 2, b'\\x00')",
  "(b'AB', bytearray(b'AB'))",
  "TypeError cannot convert 'Nothing' object to bytes",
  "TypeError cannot convert 'Nothing' object to bytearray",
  "ValueError negative count",
  "OverflowError cannot fit 'int' into an index-sized integer",
  "TypeError errors without a string argument",
  "TypeError errors without a string argument",
  "b'q'",
].join('\n') + '\n';

describe('built-ins given odd arguments raise what CPython raises', () => {
  for (const vm of ['stack', 'reg']) {
    it(`on the ${vm} VM`, () => {
      const file = write(`odd_args_${vm}.py`, ODD_ARGUMENTS_PROGRAM);
      const r = runPyvm(['run', '--vm', vm, file]);
      expectNoCrash(r.stderr);
      expect(r.stdout).toBe(ODD_ARGUMENTS_CPYTHON);
      expect(r.status).toBe(0);
    });
  }
});

describe('errors from the host, in CPython words', () => {
  it('an expression too deep for the compiler is RecursionError, status 1', () => {
    const file = write('deep_expr.py', 'x = ' + Array(20000).fill('1').join('+') + '\nprint(x)\n');
    const r = runPyvm(['run', file]);
    expectNoCrash(r.stderr);
    expect(r.stderr).toBe('RecursionError: maximum recursion depth exceeded during compilation\n');
    expect(r.status).toBe(1);
  });

  it('exec() of such source raises RecursionError that Python code can catch', () => {
    const file = write('deep_exec.py', [
      'try:',
      "    exec('x = ' + '+'.join(['1'] * 20000))",
      'except RecursionError as e:',
      '    print(type(e).__name__, e)',
    ].join('\n') + '\n');
    const r = runPyvm(['run', file]);
    expectNoCrash(r.stderr);
    expect(r.stdout).toBe('RecursionError maximum recursion depth exceeded during compilation\n');
    expect(r.status).toBe(0);
  });

  for (const vm of ['stack', 'reg']) {
    it(`a string past V8's size limit is a MemoryError, caught or reported (${vm} VM)`, () => {
      const file = write(`mem_${vm}.py`, [
        'try:',
        "    format(1, '-1000000000d')",
        'except MemoryError as e:',
        "    print('caught', type(e).__name__, e.args)",
        "print(format(1, '-10000000000d'))",
      ].join('\n') + '\n');
      const r = runPyvm(['run', '--vm', vm, file]);
      expectNoCrash(r.stderr);
      expect(r.stdout).toBe('caught MemoryError ()\n');
      expect(lastLine(r.stderr)).toBe('MemoryError');
      expect(r.stderr).toContain(`line 5, in <module>`);
      expect(r.status).toBe(1);
    });
  }

  for (const vm of ['stack', 'reg']) {
    it(`async with on an object without __aenter__ is CPython's TypeError at the statement's line (${vm} VM)`, () => {
      const file = write(`async_${vm}.py`, [
        'class A:',
        '    def __enter__(self): return 1',
        '    def __exit__(self, *a): pass',
        'async def f():',
        '    async with A() as x:',
        '        return x',
        "print('module runs')",
        'f().send(None)',
      ].join('\n') + '\n');
      const r = runPyvm(['run', '--vm', vm, file]);
      expectNoCrash(r.stderr);
      expect(r.stdout).toBe('module runs\n');
      expect(r.stderr).toContain('line 5, in f');
      expect(lastLine(r.stderr)).toBe("TypeError: 'A' object does not support the asynchronous context manager protocol");
      expect(r.status).toBe(1);
    });
  }

  it('an uncaught KeyboardInterrupt prints its traceback and exits 130, as a shell sees CPython', () => {
    const file = write('kbint.py', 'print("before")\nraise KeyboardInterrupt\n');
    const r = runPyvm(['run', file]);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${file}", line 2, in <module>\n    raise KeyboardInterrupt\nKeyboardInterrupt\n`);
    expect(r.status).toBe(130);
  });
});

describe('the other commands read source as pyvm run does', () => {
  it('pyvm dis and pyvm ast give the encoding error, status 1', () => {
    const file = write('dis_unknown.py', '# -*- coding: nope -*-\nprint(1)\n');
    for (const cmd of ['dis', 'ast']) {
      const r = runPyvm([cmd, file]);
      expectNoCrash(r.stderr);
      expect(r.stderr).toBe('SyntaxError: encoding problem: nope\n');
      expect(r.status).toBe(1);
    }
  });

  it('pyvm ast decodes a latin-1 declaration', () => {
    const file = write('ast_latin1.py', Buffer.from([...Buffer.from('# coding: latin-1\nx = "'), 0xe9, ...Buffer.from('"\n')]));
    const r = runPyvm(['ast', file]);
    expect(r.stdout).toContain("Constant(value='\u00e9')");
    expect(r.status).toBe(0);
  });

  it('pyvm dis reports a tree too deep for the compiler as RecursionError', () => {
    const file = write('dis_deep.py', 'x = ' + Array(20000).fill('1').join('+') + '\n');
    const r = runPyvm(['dis', file]);
    expectNoCrash(r.stderr);
    expect(r.stderr).toBe('RecursionError: maximum recursion depth exceeded during compilation\n');
    expect(r.status).toBe(1);
  });

  it('pyvm run on a directory says what CPython says for one without __main__.py', () => {
    const sub = path.join(dir, 'adir');
    fs.mkdirSync(sub, { recursive: true });
    const r = runPyvm(['run', sub]);
    expect(r.stderr).toBe(`python3: can't find '__main__' module in '${sub}'\n`);
    expect(r.status).toBe(1);
  });
});

describe('writing a str that UTF-8 cannot encode', () => {
  const program = "import sys\nprint(\"ok\")\ntry:\n    print(\"x\", \"a\\ud800b\")\nexcept UnicodeEncodeError as e:\n    print(\"caught\", e)\ntry:\n    sys.stdout.write(\"\\U0001F600\\udc00\")\nexcept UnicodeEncodeError as e:\n    print(\"caught\", e)\nprint(\"\\U0001F600 fine\")\nprint(\"\\ud800\")\n";
  for (const vm of ['stack', 'reg']) {
    it(`print() and sys.stdout.write() of a lone surrogate raise UnicodeEncodeError (${vm} VM)`, () => {
      const file = write(`surrogate_${vm}.py`, program);
      const r = runPyvm(['run', '--vm', vm, file]);
      expect(r.stdout).toBe("ok\nx caught 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed\ncaught 'utf-8' codec can't encode character '\\udc00' in position 1: surrogates not allowed\n\ud83d\ude00 fine\n");
      expect(r.stderr).toBe("Traceback (most recent call last):\n  File \"FILE\", line 12, in <module>\n    print(\"\\ud800\")\nUnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed\n".replace('FILE', file));
      expect(r.status).toBe(1);
    });
  }
});

describe('list() and tuple() call iter() before the length hint, as CPython', () => {
  const program = "class Noisy:\n    def __iter__(self):\n        print(\"iter\")\n        return iter([1, 2])\n    def __len__(self):\n        print(\"len\")\n        return 2\nprint(list(Noisy()), tuple(Noisy()))\nclass BadIter:\n    def __len__(self): return -1\n    def __iter__(self): return 5\nfor f in (list, tuple):\n    try:\n        f(BadIter())\n    except Exception as e:\n        print(type(e).__name__, e)\nclass L(list):\n    def __iter__(self):\n        print(\"sub iter\")\n        return iter([9])\nprint(list(L([1, 2])), tuple(L([3])))\nprint(list(range(3)), tuple(x * 2 for x in range(3)), list({1: 2}), list(\"ab\"))\n";
  for (const vm of ['stack', 'reg']) {
    it(`on the ${vm} VM`, () => {
      const file = write(`list_order_${vm}.py`, program);
      const r = runPyvm(['run', '--vm', vm, file]);
      expectNoCrash(r.stderr);
      expect(r.stdout).toBe("iter\nlen\niter\nlen\n[1, 2] (1, 2)\nTypeError iter() returned non-iterator of type 'int'\nTypeError iter() returned non-iterator of type 'int'\nsub iter\nsub iter\n[9] (9,)\n[0, 1, 2] (0, 2, 4) [1] ['a', 'b']\n");
      expect(r.status).toBe(0);
    });
  }
});
