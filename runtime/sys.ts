// The sys module's interpreter-bound part (Python/sysmodule.c): argv, modules, path,
// recursion limit, exit, the standard streams, version information. The runtime library
// may add more attributes through `addSysInit`.

import * as path from 'path';
import { PyObject, PyTuple, None } from './object';
import { makeBuiltinType, objectType, setSlots, typeOf } from './types';
import { PyException, SystemExit, raiseTypeError, raiseValueError } from './exceptions';
import { encodeStr } from './str_methods';
import { Interpreter, StreamName, currentInterp } from './interp';
import { PyList } from './containers';
import { addMethod, makeBuiltinFunction, PyModule, addGetSet, BuiltinImpl, ArgSpec, PyBuiltinFunction } from './function';
import { PyInstance } from './class';
import { str, index } from './ops';

const sysInits: ((interp: Interpreter, sys: PyModule) => void)[] = [];
/** Registers extra initialisation of the sys module (runtime library). */
export function addSysInit(f: (interp: Interpreter, sys: PyModule) => void): void {
  sysInits.push(f);
}

/** sys.stdout / sys.stderr / sys.stdin (a minimal TextIOWrapper). */
export const textIOType = makeBuiltinType('TextIOWrapper', objectType, { module: '_io' });
export class PyTextStream extends PyInstance {
  constructor(public readonly stream: StreamName | 'stdin') {
    super(textIOType);
  }
}
const SURROGATE = /[\ud800-\udfff]/;

/** Whether a JS string has a UTF-16 surrogate unit (paired or not): the only text checkWritable can reject. */
export function hasSurrogate(text: string): boolean {
  return SURROGATE.test(text);
}

/**
 * The UTF-8 encoding check of sys.stdout/sys.stderr (TextIOWrapper, errors 'strict'): a str
 * with a lone surrogate cannot be written, and the write raises str.encode's
 * UnicodeEncodeError (the surrogate's code-point position in `text`). Only text with a
 * surrogate unit is encoded. (Two surrogate code points in a row are one astral character in
 * a JS string and pass: pyvm cannot tell them apart.)
 */
export function checkWritable(text: string): void {
  if (hasSurrogate(text)) encodeStr(text, 'utf-8', 'strict');
}

/**
 * `text` as written to sys.stdout or sys.stderr by their error handler: sys.stderr is
 * errors='backslashreplace' in CPython whatever the locale (a lone surrogate is written as
 * '\\udcff'); sys.stdout is 'strict' (CPython's under a UTF-8 locale other than C.UTF-8: the
 * write raises UnicodeEncodeError).
 */
export function textForStream(stream: StreamName, text: string): string {
  if (!hasSurrogate(text)) return text;
  if (stream === 'stderr') return backslashLoneSurrogates(text);
  checkWritable(text);
  return text;
}

addMethod(textIOType, 'write', (self, args) => {
  const s = args[0];
  if (typeof s !== 'string') raiseTypeError(`write() argument must be str, not ${typeOf(s).tpName}`);
  const st = (self as PyTextStream).stream;
  if (st === 'stdin') raiseValueError('not writable');
  currentInterp().write(st, textForStream(st, s));
  return s.length;
}, { minArgs: 1, maxArgs: 1 });
addMethod(textIOType, 'flush', () => None, { maxArgs: 0 });
addMethod(textIOType, 'readline', () => {
  const l = currentInterp().readLine();
  return l === null ? '' : l + '\n';
});
addMethod(textIOType, 'read', () => currentInterp().readAll());
addMethod(textIOType, 'readlines', () => {
  const out: PyObject[] = [];
  for (;;) {
    const l = currentInterp().readLine();
    if (l === null) break;
    out.push(l + '\n');
  }
  return new PyList(out);
});
addMethod(textIOType, 'isatty', () => false, { maxArgs: 0 });
addMethod(textIOType, 'fileno', (self) => {
  const st = (self as PyTextStream).stream;
  return st === 'stdin' ? 0 : st === 'stdout' ? 1 : 2;
}, { maxArgs: 0 });
addGetSet(textIOType, 'encoding', () => 'utf-8');
addGetSet(textIOType, 'errors', (self) => ((self as PyTextStream).stream === 'stderr' ? 'backslashreplace' : 'strict'));

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The 'backslashreplace' error handler on UTF-8 encoding: each lone surrogate as \uXXXX. */
function backslashLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
setSlots(textIOType, {
  tp_iter: (v) => v,
  tp_iternext: () => {
    const l = currentInterp().readLine();
    return l === null ? undefined : l + '\n';
  },
  tp_repr: (v) => {
    const st = (v as PyTextStream).stream;
    return `<_io.TextIOWrapper name='<${st}>' mode='${st === 'stdin' ? 'r' : 'w'}' encoding='utf-8'>`;
  },
});

/**
 * sys.path at start-up, as CPython builds it: the script's directory ('' for `-c`, the current
 * directory), then the directories of PYTHONPATH (os.pathsep-separated; an empty entry is the
 * current directory; each directory once). pyvm has no installed standard library directory: its modules are built in.
 */
function initialSysPath(scriptPath: string): string[] {
  const first = scriptPath === '<string>' || scriptPath === '-c' ? '' : path.dirname(path.resolve(scriptPath));
  const pythonPath = process.env.PYTHONPATH ?? '';
  if (pythonPath === '') return [first];
  // An empty entry is the current directory; site.py drops the duplicates.
  const dirs = new Set(pythonPath.split(path.delimiter).map((entry) => path.resolve(entry)));
  return [first, ...dirs];
}

/**
 * A function of the sys module: its __module__ is 'sys' and CPython's argument messages name it
 * `sys.NAME` ("sys.getrecursionlimit() takes no arguments (1 given)").
 */
export function sysFunction(name: string, impl: BuiltinImpl, spec: ArgSpec = {}): PyBuiltinFunction {
  return makeBuiltinFunction(name, impl, spec, name, `sys.${name}`);
}

/** Fills interp.sys for a run of `scriptPath`. */
export function setupSys(interp: Interpreter, scriptPath: string): void {
  const d = interp.sys.__dict__;
  // sys.argv's items array is HOLEY_ELEMENTS like most lists (new Array(n)): a program's first
  // subscript is often sys.argv[1], and a PACKED array first, then holey ones, leaves the loops'
  // BINARY_SUBSCR feedback with the holey map only (V8 generalises the map), so the loop compiled
  // in a process's second run deopts on sys.argv[1] ('wrong map') and is compiled again.
  const argv = new Array<PyObject>(interp.argv.length);
  for (let i = 0; i < argv.length; i++) argv[i] = interp.argv[i];
  d.setStr('argv', new PyList(argv));
  d.setStr('modules', interp.modules);
  d.setStr('path', new PyList(initialSysPath(scriptPath)));
  d.setStr('version', '3.11.7 (pyvm)');
  d.setStr('version_info', new PyTuple([3, 11, 7, 'final', 0]));
  d.setStr('hexversion', 0x030b07f0);
  d.setStr('maxsize', 9223372036854775807n);
  d.setStr('platform', 'linux');
  d.setStr('byteorder', 'little');
  d.setStr('executable', process.execPath);
  d.setStr('implementation', None);
  d.setStr('builtin_module_names', new PyTuple(['builtins', 'sys']));
  d.setStr('stdout', new PyTextStream('stdout'));
  d.setStr('stderr', new PyTextStream('stderr'));
  d.setStr('stdin', new PyTextStream('stdin'));
  d.setStr('__stdout__', d.getStr('stdout')!);
  d.setStr('__stderr__', d.getStr('stderr')!);
  d.setStr('__stdin__', d.getStr('stdin')!);
  d.setStr('getrecursionlimit', sysFunction('getrecursionlimit', () => currentInterp().recursionLimit, { maxArgs: 0 }));
  d.setStr('setrecursionlimit', sysFunction('setrecursionlimit', (args) => {
    const v = args[0];
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
      raiseTypeError(`'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
    }
    const n = Number(index(v));
    if (n < 1) raiseValueError('recursion limit must be greater or equal than 1');
    currentInterp().recursionLimit = n;
    return None;
  }, { minArgs: 1, maxArgs: 1 }));
  d.setStr('exit', sysFunction('exit', (args) => {
    throw new PyException(SystemExit, args.length === 0 ? [] : [args[0]]);
  }, { maxArgs: 1 }));
  // The exception being handled, as the VM running the caller keeps it.
  d.setStr('exception', sysFunction('exception', () => currentInterp().backend.currentException(), { maxArgs: 0 }));
  d.setStr('exc_info', sysFunction('exc_info', () => {
    const e = currentInterp().backend.currentException();
    if (!(e instanceof PyException)) return new PyTuple([None, None, None]);
    return new PyTuple([typeOf(e), e, e.traceback ?? None]);
  }, { maxArgs: 0 }));
  d.setStr('intern', sysFunction('intern', (args) => args[0], { minArgs: 1, maxArgs: 1 }));
  d.setStr('getsizeof', sysFunction('getsizeof', () => 64, { minArgs: 1, maxArgs: 2 }));
  d.setStr('getdefaultencoding', sysFunction('getdefaultencoding', () => 'utf-8', { maxArgs: 0 }));
  for (const f of sysInits) f(interp, interp.sys);
  void str;
}

// sys.version_info: a tuple with named fields (a "struct sequence").
import { tupleType } from './types';
import { makeBuiltinType as mkType } from './types';
import { repr as reprOf } from './ops';
export const versionInfoType = mkType('version_info', tupleType, { module: 'sys' });
const VERSION_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'];
VERSION_FIELDS.forEach((name, i) => addGetSet(versionInfoType, name, (v) => (v as PyTuple).items[i]));
setSlots(versionInfoType, {
  tp_repr: (v) => `sys.version_info(${VERSION_FIELDS.map((n, i) => `${n}=${reprOf((v as PyTuple).items[i])}`).join(', ')})`,
});
addSysInit((_interp, sys) => {
  const vi = new PyTuple([3, 11, 7, 'final', 0]);
  vi.ob_type = versionInfoType;
  sys.__dict__.setStr('version_info', vi);
});

// sys.flags (struct sequence): the command-line flags of a plain `python3 -B script.py` run,
// which is how the conformance suite runs CPython (dont_write_bytecode=1).
export const flagsType = mkType('flags', tupleType, { module: 'sys' });
const FLAG_FIELDS: [string, PyObject][] = [
  ['debug', 0], ['inspect', 0], ['interactive', 0], ['optimize', 0], ['dont_write_bytecode', 1], ['no_user_site', 0],
  ['no_site', 0], ['ignore_environment', 0], ['verbose', 0], ['bytes_warning', 0], ['quiet', 0], ['hash_randomization', 1],
  ['isolated', 0], ['dev_mode', false], ['utf8_mode', 0], ['warn_default_encoding', 0], ['safe_path', false], ['int_max_str_digits', -1],
];
FLAG_FIELDS.forEach(([name], i) => addGetSet(flagsType, name, (v) => (v as PyTuple).items[i]));
setSlots(flagsType, {
  tp_repr: (v) => `sys.flags(${FLAG_FIELDS.map(([n], i) => `${n}=${reprOf((v as PyTuple).items[i])}`).join(', ')})`,
});

// sys.implementation: a namespace (types.SimpleNamespace's repr) naming this implementation.
// Its name is pyvm's own, as PyPy's is 'pypy'; cache_tag None says no .pyc caching.
const namespaceType = mkType('SimpleNamespace', objectType, { module: 'types' });
setSlots(namespaceType, {
  tp_repr: (v) => {
    const d = (v as PyInstance).__dict__;
    const values = d.values();
    return `namespace(${d.keys().map((k, i) => `${String(k)}=${reprOf(values[i])}`).join(', ')})`;
  },
});
addSysInit((_interp, sys) => {
  const fl = new PyTuple(FLAG_FIELDS.map(([, v]) => v));
  fl.ob_type = flagsType;
  sys.__dict__.setStr('flags', fl);
  const impl = new PyInstance(namespaceType);
  impl.__dict__.setStr('name', 'pyvm');
  impl.__dict__.setStr('cache_tag', None);
  impl.__dict__.setStr('version', sys.__dict__.getStr('version_info') ?? None);
  impl.__dict__.setStr('hexversion', 0x030b07f0);
  // The platform triplet CPython's Linux builds record (sysconfig names its build-data module
  // after it, _sysconfigdata__linux_x86_64-linux-gnu).
  const triplet = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i386', ppc64: 'powerpc64le', s390x: 's390x' }[process.arch as string];
  if (process.platform === 'linux' && triplet !== undefined) impl.__dict__.setStr('_multiarch', `${triplet}-linux-gnu`);
  sys.__dict__.setStr('implementation', impl);
});

// sys.float_info (struct sequence of the IEEE double's parameters).
import { PyFloat } from './object';
export const floatInfoType = mkType('float_info', tupleType, { module: 'sys' });
const FLOAT_FIELDS: [string, PyObject][] = [
  ['max', new PyFloat(Number.MAX_VALUE)], ['max_exp', 1024], ['max_10_exp', 308], ['min', new PyFloat(2.2250738585072014e-308)],
  ['min_exp', -1021], ['min_10_exp', -307], ['dig', 15], ['mant_dig', 53], ['epsilon', new PyFloat(Number.EPSILON)],
  ['radix', 2], ['rounds', 1],
];
FLOAT_FIELDS.forEach(([name], i) => addGetSet(floatInfoType, name, (v) => (v as PyTuple).items[i]));
setSlots(floatInfoType, {
  tp_repr: (v) => `sys.float_info(${FLOAT_FIELDS.map(([n], i) => `${n}=${reprOf((v as PyTuple).items[i])}`).join(', ')})`,
});
addSysInit((_interp, sys) => {
  const fi = new PyTuple(FLOAT_FIELDS.map(([, v]) => v));
  fi.ob_type = floatInfoType;
  sys.__dict__.setStr('float_info', fi);
});

// sys.int_info (CPython's 30-bit digits).
export const intInfoType = mkType('int_info', tupleType, { module: 'sys' });
const INT_FIELDS: [string, PyObject][] = [['bits_per_digit', 30], ['sizeof_digit', 4], ['default_max_str_digits', 4300], ['str_digits_check_threshold', 640]];
INT_FIELDS.forEach(([name], i) => addGetSet(intInfoType, name, (v) => (v as PyTuple).items[i]));
addSysInit((_interp, sys) => {
  const ii = new PyTuple(INT_FIELDS.map(([, v]) => v));
  ii.ob_type = intInfoType;
  sys.__dict__.setStr('int_info', ii);
});

// Settings and answers of CPython's sys that describe this process, not CPython's build:
// no ABI flags or -W / -X options, no bytecode written (pyvm writes no .pyc), the command
// line as this Node.js process got it, no trace or profile function (pyvm has no
// sys.settrace: there is no setter, so no program believes it is being traced), and a
// switch interval that is only stored (pyvm runs one thread). is_finalizing() is False
// whenever Python code runs: CPython sets the flag after the atexit functions have run.
import { asDouble } from './lib_args';
import { PyDict } from './dict';
import { callObject } from './call';
addSysInit((_interp, sys) => {
  const d = sys.__dict__;
  d.setStr('abiflags', '');
  d.setStr('api_version', 1013);
  d.setStr('dont_write_bytecode', true);
  d.setStr('orig_argv', new PyList([process.execPath, ...process.execArgv, ...process.argv.slice(1)]));
  d.setStr('warnoptions', new PyList([]));
  d.setStr('_xoptions', new PyDict());
  d.setStr('pycache_prefix', None);
  let switchInterval = 0.005;
  d.setStr('getswitchinterval', sysFunction('getswitchinterval', () => new PyFloat(switchInterval), { maxArgs: 0 }));
  d.setStr('setswitchinterval', sysFunction('setswitchinterval', (args) => {
    const v = asDouble(args[0]);
    if (!(v > 0)) raiseValueError('switch interval must be strictly positive');
    switchInterval = v;
    return None;
  }, { minArgs: 1, maxArgs: 1 }));
  d.setStr('gettrace', sysFunction('gettrace', () => None, { maxArgs: 0 }));
  d.setStr('getprofile', sysFunction('getprofile', () => None, { maxArgs: 0 }));
  d.setStr('is_finalizing', sysFunction('is_finalizing', () => false, { maxArgs: 0 }));
  d.setStr('call_tracing', sysFunction('call_tracing', (args) => {
    if (!(args[1] instanceof PyTuple)) raiseTypeError(`call_tracing() argument 2 must be tuple, not ${typeOf(args[1]).tpName}`);
    return callObject(args[0], (args[1] as PyTuple).items.slice(), null);
  }, { minArgs: 2, maxArgs: 2 }));
});
