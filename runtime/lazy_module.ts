// Lazily loaded built-in modules: registers module names whose implementation file is
// required only when a program first imports one of them (start-up time: a `pyvm run` of a
// program that imports nothing no longer loads math, random, collections, json ...).
//
// Invariant: the loaded file registers the real factory for every name under the same
// name (defineModule/registerModule), replacing the stub; it may create built-in types and
// set their slots, so the built-in types are finalised again (as every Interpreter does at
// creation) before the real factory runs. Files with other import-time effects (sys
// extras, builtins) must stay eager.

import { moduleRegistry, registerModule, Interpreter } from './interp';
import { PyModule } from './function';
import { ensureBuiltinTypesFinalized } from './types';

/** Registers `names`, all provided by the file that `load` requires (e.g. `() => require('./modules/json')`). */
export function lazyModule(names: readonly string[], load: () => unknown): void {
  for (const name of names) {
    const stub = (interp: Interpreter): PyModule => {
      load();
      ensureBuiltinTypesFinalized();
      const factory = moduleRegistry.get(name);
      if (factory === undefined || factory === stub) {
        throw new Error(`lazy built-in module '${name}' was not registered by its file`);
      }
      return factory(interp);
    };
    registerModule(name, stub);
  }
}
