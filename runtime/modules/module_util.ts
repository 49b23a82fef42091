// Helpers for defining the runtime library's built-in modules: a module object filled by a
// function, registered under its name (created on first import, per interpreter).

import { PyObject } from '../object';
import { PyList } from '../containers';
import { getAttrOpt, attributeError } from '../attr';
import { importAbsolute } from '../vmhelpers';
import { str } from '../ops';
import { PyModule, makeBuiltinFunction, BuiltinImpl, ArgSpec, moduleDirNames } from '../function';
import { registerModule, Interpreter, currentInterp } from '../interp';

export interface ModuleBuilder {
  readonly module: PyModule;
  /** Adds a function `name` to the module. */
  fn(name: string, impl: BuiltinImpl, spec?: ArgSpec): void;
  /** Adds any value. */
  set(name: string, value: PyObject): void;
}

/**
 * The module name CPython's argument errors show for a module's functions (the C module
 * that defines them: `_operator.neg() takes exactly one argument`), when not the module's
 * own name. random's functions are bound methods of a Random instance in CPython and keep
 * their bare names.
 */
const ERROR_MODULE_NAMES: Record<string, string | null> = { operator: '_operator', heapq: '_heapq', bisect: '_bisect', random: null };

/** Registers module `name`, built by `build` in each interpreter that imports it. */
export function defineModule(name: string, build: (m: ModuleBuilder, interp: Interpreter) => void): void {
  registerModule(name, (interp) => {
    const module = new PyModule(name);
    module.origin = 'built-in';
    module.__dict__.setStr('__package__', '');
    const errModule = name in ERROR_MODULE_NAMES ? ERROR_MODULE_NAMES[name] : name;
    const b: ModuleBuilder = {
      module,
      fn(fname, impl, spec = {}) {
        const full = errModule === null ? fname : `${errModule}.${fname}`;
        module.__dict__.setStr(fname, makeBuiltinFunction(fname, impl, spec, fname, full));
      },
      set(vname, value) {
        module.__dict__.setStr(vname, value);
      },
    };
    build(b, interp);
    return module;
  });
}

/**
 * PEP 562 for a built-in module: each name in `homes` is fetched on first use from the
 * module named beside it (Python source, runtime/modules/*_source.ts) and kept in the
 * module's dict, so importing the module compiles none of that source. Any other name is
 * CPython's AttributeError.
 */
export function lazyAttributes(m: ModuleBuilder, homes: ReadonlyMap<string, string>): void {
  const module = m.module;
  m.fn('__getattr__', (args) => {
    const name = args[0];
    const home = typeof name === 'string' ? homes.get(name) : undefined;
    if (home !== undefined) {
      const v = getAttrOpt(importAbsolute(currentInterp(), home), name as string);
      if (v !== undefined) {
        module.__dict__.setStr(name as string, v);
        return v;
      }
    }
    throw attributeError(module, typeof name === 'string' ? name : str(name));
  }, { minArgs: 1, maxArgs: 1 });
  // dir(module) lists the lazy names too, as CPython's module (which defines them all) does,
  // and not the two hooks, which CPython's module does not have.
  m.fn('__dir__', () => {
    const names = moduleDirNames(module).filter((k) => k !== '__getattr__' && k !== '__dir__');
    for (const k of homes.keys()) if (!module.__dict__.has(k)) names.push(k);
    return new PyList(names);
  }, { minArgs: 0, maxArgs: 0 });
}
