// Loads the core object model in dependency order and re-exports its public API, so that
// a backend or the runtime library can `import * as rt from '../runtime/core'`.
//
// Loading order matters only for side effects at load time (slots installed on the built-in
// types); every file is also importable on its own.

export * from './object';
export * from './type';
export * from './types';
export * from './exceptions';
export * from './dict';
export * from './function';
export * from './ops';
export * from './call';
export * from './attr';
export * from './class';
export * from './containers';
export * from './generator';
export * from './interp';
export * from './exception_methods';
export * from './exception_group';
export * from './traceback';
export * from './sys';

export * from './vmhelpers';
export * from './exec';
export * from './attrcache';
import './object_reduce';
