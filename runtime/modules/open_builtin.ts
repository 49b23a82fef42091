// The builtin open(): a built-in function, as in CPython (where builtins.open is io.open),
// that imports io on first use and calls its _open (runtime/modules/io_files_source.ts), so
// that a program which never opens a file never compiles io's source.

import { addBuiltin } from '../function';
import { getAttr } from '../attr';
import { callObject } from '../call';
import { currentInterp } from '../interp';
import { importAbsolute } from '../vmhelpers';

addBuiltin('open', (args, kwargs) => {
  // sys.modules makes the import after the first a dict lookup.
  const io = importAbsolute(currentInterp(), 'io');
  return callObject(getAttr(io, '_open'), args, kwargs);
});
