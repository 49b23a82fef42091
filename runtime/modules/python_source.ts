// Built-in modules written in Python. Some of the library is plainly Python (abc's ABCMeta,
// collections.abc's abstract classes and their mixin methods): it is shorter and closer to
// CPython's behaviour written as Python than as TypeScript, and it runs on whichever VM runs
// the program, like the program's own code. Their source is text in a .ts file beside this
// one, compiled by pyvm's own frontend the first time an interpreter imports the module
// (once per process: the code object is kept), and run in a fresh module namespace. The
// file name in tracebacks is "<frozen NAME>", as CPython names its frozen modules.
//
// The source is pyvm's own, written from the documented behaviour (the Python docs, PEP 3119),
// not taken from CPython's Lib/.

import { CodeObject } from '../../frontend/code';
import { PyModule, PyFunction, makeBuiltinFunction } from '../function';
import { callObject } from '../call';
import { PyDict } from '../dict';
import { registerModule, Interpreter } from '../interp';
import { newException, ImportError } from '../exceptions';
import { hiddenFrameFiles } from '../traceback';
import { PyType } from '../type';

const compiled = new Map<string, CodeObject>();

/**
 * Registers built-in module `name` (dotted for a submodule: 'collections.abc') whose body is
 * the Python `source`. Invariant: the module is in sys.modules while its body runs, so a
 * circular import inside it sees the partly built module, as for a file.
 */
export function definePythonModule(
  name: string,
  source: string,
  opts: {
    hideFrames?: boolean;
    /**
     * Classes of this source that stand for C types of CPython's, with the module their tp_name
     * carries ({ StringIO: '_io' }: messages say '_io.StringIO', as CPython's; PyType.tpName).
     */
    cTypes?: Record<string, string>;
    /**
     * The module's public functions (module-level `def`s whose names do not start with '_')
     * stand for C functions: each is wrapped in a built-in function of the same name, which,
     * like CPython's, is no descriptor: a class attribute `encode = codecs.utf_8_encode` is
     * called without the instance (codecs.py's StreamWriter/StreamReader/IncrementalDecoder).
     */
    builtinFunctions?: boolean;
  } = {},
): void {
  // A module that stands for one of CPython's C modules (io over _io) keeps its frames out of
  // printed tracebacks, where CPython has none (runtime/traceback.ts).
  if (opts.hideFrames === true) hiddenFrameFiles.add(`<frozen ${name}>`);
  registerModule(name, (interp: Interpreter) => {
    const m = new PyModule(name);
    m.origin = 'frozen';
    const g = m.__dict__;
    g.setStr('__builtins__', interp.builtinsModule);
    const dot = name.lastIndexOf('.');
    g.setStr('__package__', dot < 0 ? '' : name.slice(0, dot));
    let code = compiled.get(name);
    if (code === undefined) {
      if (interp.compileSource === null) throw newException(ImportError, `built-in module '${name}' needs the compiler`);
      code = interp.compileFrozen !== null ? interp.compileFrozen(source, `<frozen ${name}>`) : interp.compileSource(source, `<frozen ${name}>`, 'exec');
      compiled.set(name, code);
    }
    interp.modules.setStr(name, m);
    try {
      interp.backend.runModuleCode(code, g);
    } catch (e) {
      interp.modules.delete(name);
      throw e;
    }
    for (const [cls, module] of Object.entries(opts.cTypes ?? {})) {
      const t = g.getStr(cls);
      if (t instanceof PyType) {
        t.cModule = module;
        // A C type's __module__ is the module of its tp_name (io.StringIO.__module__ == '_io').
        t.module = module;
        if (t.dict.has('__module__')) t.dict.set('__module__', module);
      }
    }
    if (opts.builtinFunctions === true) wrapAsBuiltins(name, g);
    return m;
  });
}

/** Replaces each public module-level Python function of module `name` by a built-in function calling it. */
function wrapAsBuiltins(name: string, g: PyDict): void {
  for (const e of [...g.entries()]) {
    const k = e.key, v = e.value;
    if (typeof k !== 'string' || k.startsWith('_') || !(v instanceof PyFunction)) continue;
    const fn = v;
    if (fn.globals !== g) continue; // imported from elsewhere
    const b = makeBuiltinFunction(k, (args, kw) => callObject(fn, args, kw), {}, k, `${name}.${k}`);
    g.setStr(k, b);
  }
}
