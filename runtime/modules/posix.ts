// The posix module: the operating-system calls that os, os.path and io's files are built on
// (runtime/modules/os_source.ts, io_source.ts), over Node's synchronous fs API.
//
// As in CPython, os is Python code over this module: posix holds only what needs the host
// (file descriptors, stat, directories, the environment, the process id). Differences from
// the C module, all invisible through os and io:
// - Node has no lseek: each descriptor opened here has its offset kept in `offsets`, and
//   read/write pass it to fs.readSync/fs.writeSync explicitly. Descriptors not opened here
//   (0, 1, 2: pipes or terminals) are read and written at their current position.
// - stat results are plain tuples; os_source.ts wraps them in os.stat_result.
// - `environ` is a dict of str (posix.environ holds bytes in CPython; os.environ is str).
// Failures raise OSError(errno, strerror, filename), which picks CPython's subclass
// (FileNotFoundError, IsADirectoryError ...) from the errno.

import * as fs from 'fs';
import * as nodeOs from 'os';
import * as nodePath from 'path';
import * as crypto from 'crypto';
import { PyObject, PyBytes, PyTuple, PyFloat, None } from '../object';
import { PyList } from '../containers';
import { PyDict } from '../dict';
import { typeOf } from '../types';
import { callObject } from '../call';
import { OSError } from '../exceptions';
import { raise } from '../lib_errors';
import { asIndex } from '../lib_args';
import { bufferBytes } from '../bytes_methods';
import { normBig } from '../int_ops';
import { defineModule } from './module_util';

/** strerror() texts of glibc for the errors file operations meet. */
const STRERROR: Record<number, string> = {
  1: 'Operation not permitted', 2: 'No such file or directory', 5: 'Input/output error', 9: 'Bad file descriptor',
  11: 'Resource temporarily unavailable', 12: 'Cannot allocate memory', 13: 'Permission denied', 16: 'Device or resource busy',
  17: 'File exists', 18: 'Invalid cross-device link', 20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument',
  23: 'Too many open files in system', 24: 'Too many open files', 26: 'Text file busy', 27: 'File too large',
  28: 'No space left on device', 29: 'Illegal seek', 30: 'Read-only file system', 31: 'Too many links', 32: 'Broken pipe',
  36: 'File name too long', 39: 'Directory not empty', 40: 'Too many levels of symbolic links', 95: 'Operation not supported',
};

function strerror(code: number): string {
  return STRERROR[code] ?? `Unknown error ${code}`;
}

interface NodeSystemError {
  code?: string;
  errno?: number;
}

/** Re-raises a Node fs error as CPython's OSError for `filename` (and `filename2`, for rename). */
function osError(e: unknown, filename?: PyObject, filename2?: PyObject): never {
  const err = e as NodeSystemError;
  let code = typeof err.errno === 'number' ? Math.abs(err.errno) : 0;
  if (code === 0 && typeof err.code === 'string') code = (nodeOs.constants.errno as Record<string, number>)[err.code] ?? 0;
  if (code === 0) throw e;
  throw errnoError(code, filename, filename2);
}

function errnoError(code: number, filename?: PyObject, filename2?: PyObject): PyObject {
  const args: PyObject[] = [code, strerror(code)];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(None, filename2);
  return callObject(OSError, args, null);
}

/** A path argument: str, or bytes decoded as UTF-8 (os.fspath has already run in os). */
function pathArg(v: PyObject, fname: string, param = 'path'): string {
  let p: string | undefined;
  if (typeof v === 'string') p = v;
  else {
    const b = bufferBytes(v);
    if (b !== undefined && typeOf(v).name === 'bytes') p = Buffer.from(b).toString('utf8');
  }
  if (p !== undefined) {
    // CPython's path converter refuses a NUL (a C string would end there); Node's fs throws
    // its own TypeError, which is no Python exception.
    if (p.includes('\0')) raise('ValueError', 'embedded null byte');
    return p;
  }
  raise('TypeError', `${fname}: ${param} should be string, bytes or os.PathLike, not ${typeOf(v).tpName}`);
}

/** Offsets of the descriptors this module opened (see the header); `append` for O_APPEND ones. */
const offsets = new Map<number, { pos: number; append: boolean }>();

function fdArg(v: PyObject): number {
  return asIndex(v);
}

function statTuple(st: fs.Stats): PyTuple {
  // Fields in os.stat_result's order, then the float and nanosecond times os_source.ts exposes.
  const ns = (ms: number): PyObject => normBig(BigInt(Math.round(ms * 1e6)));
  const t = (ms: number): PyObject => new PyFloat(ms / 1000);
  return new PyTuple([st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size,
    t(st.atimeMs), t(st.mtimeMs), t(st.ctimeMs), ns(st.atimeMs), ns(st.mtimeMs), ns(st.ctimeMs), st.blksize, st.blocks, st.rdev]);
}

/** The read size when the caller asks for everything: the file's remaining size, or 64 KiB. */
function readChunk(fd: number, pos: number | null): number {
  try {
    const st = fs.fstatSync(fd);
    if (st.isFile() && pos !== null) return Math.max(st.size - pos, 0) + 1;
  } catch {
    // not a file: read in chunks
  }
  return 1 << 16;
}

function readFd(fd: number, n: number): Uint8Array {
  const entry = offsets.get(fd);
  const pos = entry === undefined ? null : entry.pos;
  const buf = Buffer.alloc(n);
  let got: number;
  try {
    got = fs.readSync(fd, buf, 0, n, pos);
  } catch (e) {
    if ((e as NodeSystemError).code === 'EAGAIN') return new Uint8Array(0);
    if ((e as NodeSystemError).code === 'EOF') return new Uint8Array(0);
    osError(e);
  }
  if (entry !== undefined) entry.pos += got;
  return new Uint8Array(buf.buffer, buf.byteOffset, got);
}

defineModule('posix', (m) => {
  const fn1 = { minArgs: 1, maxArgs: 1 };
  m.fn('open', (args) => {
    const path = pathArg(args[0], 'open');
    const flags = asIndex(args[1]);
    const mode = args.length > 2 ? asIndex(args[2]) : 0o777;
    let fd: number;
    try {
      fd = fs.openSync(path, flags, mode);
    } catch (e) {
      osError(e, args[0]);
    }
    offsets.set(fd, { pos: 0, append: (flags & fs.constants.O_APPEND) !== 0 });
    return fd;
  }, { minArgs: 2, maxArgs: 3 });
  m.fn('close', (args) => {
    const fd = fdArg(args[0]);
    try {
      fs.closeSync(fd);
    } catch (e) {
      osError(e);
    }
    offsets.delete(fd);
    return None;
  }, fn1);
  m.fn('read', (args) => {
    const n = asIndex(args[1]);
    if (n < 0) throw errnoError(22);
    return new PyBytes(readFd(fdArg(args[0]), n));
  }, { minArgs: 2, maxArgs: 2 });
  // FileIO.readall's loop, done here: everything from the offset to the end.
  m.fn('_readall', (args) => {
    const fd = fdArg(args[0]);
    const parts: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const entry = offsets.get(fd);
      const chunk = readFd(fd, readChunk(fd, entry === undefined ? null : entry.pos));
      if (chunk.length === 0) break;
      parts.push(chunk);
      total += chunk.length;
    }
    if (parts.length === 1) return new PyBytes(parts[0]);
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return new PyBytes(out);
  }, fn1);
  m.fn('write', (args) => {
    const fd = fdArg(args[0]);
    const data = bufferBytes(args[1]) ?? raise('TypeError', `a bytes-like object is required, not '${typeOf(args[1]).tpName}'`);
    const entry = offsets.get(fd);
    let n: number;
    try {
      n = fs.writeSync(fd, data, 0, data.length, entry === undefined || entry.append ? null : entry.pos);
      if (entry !== undefined) entry.pos = entry.append ? fs.fstatSync(fd).size : entry.pos + n;
    } catch (e) {
      osError(e);
    }
    return n;
  }, { minArgs: 2, maxArgs: 2 });
  m.fn('lseek', (args) => {
    const fd = fdArg(args[0]);
    const pos = asIndex(args[1]);
    const how = asIndex(args[2]);
    const entry = offsets.get(fd);
    if (entry === undefined) throw errnoError(29);
    let base: number;
    if (how === 0) base = 0;
    else if (how === 1) base = entry.pos;
    else if (how === 2) {
      try {
        base = fs.fstatSync(fd).size;
      } catch (e) {
        osError(e);
      }
    } else throw errnoError(22);
    if (base + pos < 0) throw errnoError(22);
    entry.pos = base + pos;
    return entry.pos;
  }, { minArgs: 3, maxArgs: 3 });
  m.fn('ftruncate', (args) => {
    try {
      fs.ftruncateSync(fdArg(args[0]), asIndex(args[1]));
    } catch (e) {
      osError(e);
    }
    return None;
  }, { minArgs: 2, maxArgs: 2 });
  m.fn('fsync', (args) => {
    try {
      fs.fsyncSync(fdArg(args[0]));
    } catch (e) {
      osError(e);
    }
    return None;
  }, fn1);
  m.fn('isatty', (args) => {
    try {
      return require('tty').isatty(fdArg(args[0])) as boolean;
    } catch {
      return false;
    }
  }, fn1);
  m.fn('fstat', (args) => {
    try {
      return statTuple(fs.fstatSync(fdArg(args[0])));
    } catch (e) {
      osError(e);
    }
  }, fn1);
  m.fn('stat', (args) => {
    try {
      return statTuple(fs.statSync(pathArg(args[0], 'stat')));
    } catch (e) {
      osError(e, args[0]);
    }
  }, fn1);
  m.fn('lstat', (args) => {
    try {
      return statTuple(fs.lstatSync(pathArg(args[0], 'lstat')));
    } catch (e) {
      osError(e, args[0]);
    }
  }, fn1);
  m.fn('access', (args) => {
    const p = pathArg(args[0], 'access');
    try {
      fs.accessSync(p, asIndex(args[1]));
      return true;
    } catch {
      return false;
    }
  }, { minArgs: 2, maxArgs: 2 });
  m.fn('getcwd', () => process.cwd(), { minArgs: 0, maxArgs: 0 });
  m.fn('chdir', (args) => {
    try {
      process.chdir(pathArg(args[0], 'chdir'));
    } catch (e) {
      osError(e, args[0]);
    }
    return None;
  }, fn1);
  m.fn('listdir', (args) => {
    const p = args.length === 0 || args[0] === None ? '.' : args[0];
    try {
      return new PyList(fs.readdirSync(pathArg(p, 'listdir')));
    } catch (e) {
      osError(e, p);
    }
  }, { minArgs: 0, maxArgs: 1 });
  // (name, is_dir, is_file, is_symlink) for each entry: os.scandir's DirEntry data.
  m.fn('_scandir', (args) => {
    const p = args[0];
    const dir = pathArg(p, 'scandir');
    try {
      return new PyList(fs.readdirSync(dir, { withFileTypes: true }).map((d) => {
        if (!d.isSymbolicLink()) return new PyTuple([d.name, d.isDirectory(), d.isFile(), false]);
        // A link's is_dir/is_file follow it (one stat; a dangling link is neither).
        const target = statOrNull(nodePath.join(dir, d.name));
        return new PyTuple([d.name, target?.isDirectory() ?? false, target?.isFile() ?? false, true]);
      }));
    } catch (e) {
      osError(e, p);
    }
  }, fn1);
  m.fn('mkdir', (args) => {
    try {
      fs.mkdirSync(pathArg(args[0], 'mkdir'), { mode: args.length > 1 ? asIndex(args[1]) : 0o777 });
    } catch (e) {
      osError(e, args[0]);
    }
    return None;
  }, { minArgs: 1, maxArgs: 2 });
  m.fn('rmdir', (args) => {
    try {
      fs.rmdirSync(pathArg(args[0], 'rmdir'));
    } catch (e) {
      osError(e, args[0]);
    }
    return None;
  }, fn1);
  const unlink = (args: PyObject[]): PyObject => {
    try {
      fs.unlinkSync(pathArg(args[0], 'remove'));
    } catch (e) {
      osError(e, args[0]);
    }
    return None;
  };
  m.fn('unlink', unlink, fn1);
  m.fn('remove', unlink, fn1);
  const rename = (args: PyObject[]): PyObject => {
    try {
      fs.renameSync(pathArg(args[0], 'rename', 'src'), pathArg(args[1], 'rename', 'dst'));
    } catch (e) {
      osError(e, args[0], args[1]);
    }
    return None;
  };
  m.fn('rename', rename, { minArgs: 2, maxArgs: 2 });
  m.fn('replace', rename, { minArgs: 2, maxArgs: 2 });
  m.fn('_realpath', (args) => {
    // The longest existing prefix resolved by the host, the rest appended (os.path.realpath
    // in non-strict mode).
    const p = pathArg(args[0], 'realpath');
    let head = nodePath.resolve(p);
    const tail: string[] = [];
    for (;;) {
      try {
        const real = fs.realpathSync(head);
        return tail.length === 0 ? real : nodePath.join(real, ...tail.reverse());
      } catch {
        const parent = nodePath.dirname(head);
        if (parent === head) return nodePath.resolve(p);
        tail.push(nodePath.basename(head));
        head = parent;
      }
    }
  }, fn1);
  m.fn('getpid', () => process.pid, { minArgs: 0, maxArgs: 0 });
  m.fn('getppid', () => process.ppid, { minArgs: 0, maxArgs: 0 });
  m.fn('cpu_count', () => nodeOs.cpus().length || None, { minArgs: 0, maxArgs: 0 });
  m.fn('urandom', (args) => {
    const n = asIndex(args[0]);
    if (n < 0) raise('ValueError', 'negative argument not allowed');
    return new PyBytes(new Uint8Array(crypto.randomBytes(n)));
  }, fn1);
  m.fn('strerror', (args) => strerror(asIndex(args[0])), fn1);
  m.fn('putenv', (args) => {
    process.env[pathArg(args[0], 'putenv', 'name')] = pathArg(args[1], 'putenv', 'value');
    return None;
  }, { minArgs: 2, maxArgs: 2 });
  m.fn('unsetenv', (args) => {
    delete process.env[pathArg(args[0], 'unsetenv', 'name')];
    return None;
  }, fn1);
  const environ = new PyDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) environ.setStr(k, v);
  m.set('environ', environ);
  m.set('_home', nodeOs.homedir());
});

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}
