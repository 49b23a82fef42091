// Helpers for defining the runtime library's built-in modules: a module object filled by a
// function, registered under its name (created on first import, per interpreter).

import { PyObject } from '../object';
import { PyModule, makeBuiltinFunction, BuiltinImpl, ArgSpec } from '../function';
import { registerModule, Interpreter } from '../interp';

export interface ModuleBuilder {
  readonly module: PyModule;
  /** Adds a function `name` to the module. */
  fn(name: string, impl: BuiltinImpl, spec?: ArgSpec): void;
  /** Adds any value. */
  set(name: string, value: PyObject): void;
}

/** Registers module `name`, built by `build` in each interpreter that imports it. */
export function defineModule(name: string, build: (m: ModuleBuilder, interp: Interpreter) => void): void {
  registerModule(name, (interp) => {
    const module = new PyModule(name);
    const b: ModuleBuilder = {
      module,
      fn(fname, impl, spec = {}) {
        module.__dict__.setStr(fname, makeBuiltinFunction(fname, impl, spec, fname));
      },
      set(vname, value) {
        module.__dict__.setStr(vname, value);
      },
    };
    build(b, interp);
    return module;
  });
}
