// A cache of compiled modules for `import`: pyvm's counterpart of CPython's __pycache__, kept
// out of the program's directories.
//
// Why: a program that imports large pure-Python modules (CPython's own Lib, as the
// host_stdlib tests do) spends about half its time in pyvm's frontend, tokenizing, parsing and
// compiling the same unchanged files in every process. CPython writes a .pyc beside each
// imported source; pyvm reports `sys.implementation.cache_tag` None and
// `sys.dont_write_bytecode` True (no __pycache__ a program could see), so it keeps its
// compiled modules in a directory of its own instead, as .pyc files (frontend/marshal.ts's
// dumpPyc / loadPyc, the format CPython 3.11 itself reads).
//
// Invariants: behaviour never depends on the cache. An entry's name is a hash of the compiler
// build (sizes and mtimes of frontend/'s files, so rebuilding pyvm's compiler invalidates
// every entry), the file's name as the import named it (it is the code's co_filename), the
// working directory for a relative name, and the source bytes themselves (no mtime
// granularity: a file rewritten within the same second still misses). A compile that emitted
// a warning is not stored: CPython with dont_write_bytecode warns on every import, and a
// cached module would not. Any error reading or writing the cache falls back to compiling;
// entries are written atomically (temp file + rename), so concurrent processes are safe.
// Only `import` of a source file and pyvm's built-in modules written in Python
// (runtime/modules/python_source.ts, named '<frozen NAME>': CPython compiles its frozen
// modules when it is built) use it: the __main__ program, exec() and compile() always compile.
// PYVM_NO_MODULE_CACHE=1 disables it; PYVM_MODULE_CACHE_DIR moves it. With
// PYVM_COMPILER=cpython (a development aid that compiles with python3) it is not used.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CodeObject } from '../frontend/code';

// Node's crypto module loads on the first import of a source module, not at pyvm's start-up.
const sha1 = (): import('crypto').Hash => (require('crypto') as typeof import('crypto')).createHash('sha1');

/** Changes when the entries' meaning changes (the key's fields, the file format). */
const FORMAT = 1;

let compilerFingerprint: string | null = null;

/**
 * The compiler build: a hash of the name, size and mtime of every file in frontend/ (the
 * compiled .js files under dist/, the .ts files when run from source). Computed once per
 * process, on the first import of a source module.
 */
function fingerprint(): string {
  if (compilerFingerprint !== null) return compilerFingerprint;
  const dir = path.join(__dirname, '..', 'frontend');
  const h = sha1();
  h.update(`${FORMAT}\0${process.version}\0`);
  for (const name of fs.readdirSync(dir).sort()) {
    const st = fs.statSync(path.join(dir, name));
    if (st.isFile()) h.update(`${name}\0${st.size}\0${st.mtimeMs}\0`);
  }
  compilerFingerprint = h.digest('hex');
  return compilerFingerprint;
}

function cacheDir(): string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  return process.env.PYVM_MODULE_CACHE_DIR ?? path.join(os.tmpdir(), `pyvm-module-cache-${uid}`);
}

function enabled(): boolean {
  return process.env.PYVM_NO_MODULE_CACHE !== '1' && process.env.PYVM_COMPILER === undefined;
}

/**
 * The module code object of the source file `filePath`, whose bytes are `source`: from the
 * cache when an entry for exactly these bytes, this name and this compiler build exists;
 * otherwise from `compile`, stored when the compile emitted no warning (`warningCount`, read
 * before and after it, counts them).
 */
export function compileModuleCached(
  filePath: string,
  source: Uint8Array,
  compile: () => CodeObject,
  warningCount: () => number,
): CodeObject {
  if (!enabled()) return compile();
  let entry: string;
  try {
    const h = sha1();
    const relative = !path.isAbsolute(filePath) && !filePath.startsWith('<'); // '<frozen abc>' names no file
    h.update(`${fingerprint()}\0${filePath}\0${relative ? process.cwd() : ''}\0`);
    h.update(source);
    entry = path.join(cacheDir(), `${h.digest('hex')}.pyc`);
  } catch {
    return compile();
  }
  const marshal = require('../frontend/marshal') as typeof import('../frontend/marshal');
  let data: Buffer | null = null;
  try {
    data = fs.readFileSync(entry);
  } catch {
    // No entry yet.
  }
  if (data !== null) {
    try {
      return marshal.loadPyc(data, filePath);
    } catch {
      // A damaged entry: compile, and overwrite it below.
    }
  }
  const warningsBefore = warningCount();
  const code = compile();
  if (warningCount() === warningsBefore) {
    try {
      const bytes = marshal.dumpPyc(code);
      fs.mkdirSync(path.dirname(entry), { recursive: true });
      const tmp = `${entry}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, entry);
    } catch {
      // An unwritable directory or a constant marshal cannot write: the next import compiles.
    }
  }
  return code;
}
