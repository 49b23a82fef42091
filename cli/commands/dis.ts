// `pyvm dis [--vm stack|reg] [--side-by-side] FILE.py|FILE.pyc`
//
// Stack (default): prints what `python3 -m dis FILE.py` prints (frontend/dis.ts), for a
// .py file compiled by pyvm's compiler (frontend/compile.ts) or a CPython 3.11 .pyc file
// loaded by marshal. A syntax error prints as CPython prints it (without the traceback of
// dis.py's own frames) and exits 1.
// Register (`--vm reg`, `--side-by-side`): delegated to the translator's disassembler,
// translator/dis.ts, which exports `disassembleRegister(code, options): string` (R owns it;
// until it exists these options say the register disassembler is not available).

import * as fs from 'fs';
import { CodeObject } from '../../frontend/code';
import { disassembleRecursive } from '../../frontend/dis';
import { ExceptionTableError } from '../../frontend/exceptiontable';
import { LinetableError } from '../../frontend/linetable';
import { loadPyc, MarshalError } from '../../frontend/marshal';
import { compileSource } from '../../frontend/compile';
import { formatFrontendError } from '../../frontend/syntaxerror';
import { decodeSourceBytes } from '../../frontend/source_encoding';
import { checkPasses } from './run';

const USAGE = 'usage: pyvm dis [--vm stack|reg] [--side-by-side] [--passes P1,P2|none] [FILE.py|FILE.pyc|-]\n';

/** The register VM's disassembler hook (translator/dis.ts, owned by R). */
export interface RegisterDisModule {
  disassembleRegister(code: CodeObject, options: { sideBySide: boolean; passes?: string[] }): string;
}

function isMissing(e: unknown): boolean {
  return e instanceof Error && (e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND';
}

/** Loads an optional module of another engineer; null while it does not exist yet. */
function optionalRequire<T>(path: string): T | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return require(path) as T;
  } catch (e) {
    if (isMissing(e) && (e as Error).message.includes(path.replace(/^(\.\.\/)+/, ''))) return null;
    throw e;
  }
}

/** Reads FILE and returns its module code object, or prints the error and returns null. */
export function loadCode(file: string): CodeObject | null {
  let data: Buffer;
  try {
    // '-' is standard input, named '<stdin>' as python3 -m dis names it.
    data = fs.readFileSync(file === '<stdin>' ? 0 : file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? '[Errno 2] No such file or directory' : err.code === 'EISDIR' ? '[Errno 21] Is a directory' : String(err.message);
    process.stderr.write(`pyvm dis: can't open file '${file}': ${why}\n`);
    return null;
  }
  if (file.endsWith('.pyc')) {
    try {
      return loadPyc(new Uint8Array(data), file);
    } catch (e) {
      if (e instanceof MarshalError) {
        process.stderr.write(`pyvm dis: ${e.message}\n`);
        return null;
      }
      throw e;
    }
  }
  try {
    return compileSource(decodeSourceBytes(new Uint8Array(data), file), file);
  } catch (e) {
    const text = formatFrontendError(e);
    if (text === null) throw e;
    process.stderr.write(text);
    return null;
  }
}

export function main(args: string[]): number {
  let vm: 'stack' | 'reg' = 'stack';
  let sideBySide = false;
  let passes: string[] | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--vm') {
      const v = args[++i];
      if (v !== 'stack' && v !== 'reg') {
        process.stderr.write(USAGE + `pyvm dis: --vm must be stack or reg\n`);
        return 2;
      }
      vm = v;
    } else if (a.startsWith('--vm=')) {
      const v = a.slice(5);
      if (v !== 'stack' && v !== 'reg') {
        process.stderr.write(USAGE + `pyvm dis: --vm must be stack or reg\n`);
        return 2;
      }
      vm = v;
    } else if (a === '--side-by-side') {
      sideBySide = true;
    } else if (a === '--passes' || a.startsWith('--passes=')) {
      const p = (a === '--passes' ? args[++i] : a.slice('--passes='.length)) ?? '';
      passes = p === 'none' ? [] : p.split(',').filter((x) => x);
      const bad = checkPasses(p.split(',').filter((x) => x));
      if (bad !== null) {
        process.stderr.write(USAGE + bad + '\n');
        return 2;
      }
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(USAGE + `pyvm dis: unknown option '${a}'\n`);
      return 2;
    } else {
      files.push(a);
    }
  }
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) files.splice(0, files.length, '<stdin>');
  if (files.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const code = loadCode(files[0]);
  if (code === null) return 1;
  if (vm === 'stack' && !sideBySide) {
    let text: string;
    try {
      text = disassembleRecursive(code);
    } catch (e) {
      // Only a corrupt .pyc gets here (compiled code always has valid tables).
      if (e instanceof LinetableError || e instanceof ExceptionTableError) {
        process.stderr.write(`pyvm dis: bad code object in '${files[0]}': ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    process.stdout.write(text);
    return 0;
  }
  const reg = optionalRequire<RegisterDisModule>('../../translator/dis');
  if (reg === null) {
    process.stderr.write('pyvm dis: the register disassembler (translator/dis.ts) is not available in this build yet\n');
    return 1;
  }
  process.stdout.write(reg.disassembleRegister(code, { sideBySide, passes }));
  return 0;
}
