// The runtime side of the warnings module (warnings_source.ts), registered under the private
// name `_pyvm_warnings`: where the Python code that called warn() is (warn's stacklevel),
// which CPython finds with sys._getframe; pyvm reads it from the VM's frame chain
// (live_frames.ts, with its limits).

import { PyObject, None, PyTuple } from '../object';
import { addr2line } from '../../frontend/linetable';
import { defineModule } from './module_util';
import { liveFrames } from './live_frames';

defineModule('_pyvm_warnings', (m) => {
  // caller(stacklevel) -> (filename, lineno, globals) of the frame warn's stacklevel names
  // (1: warn's caller; below 1 as 1, as CPython's C warn), or None past the reachable frames.
  // warn's own frames are not counted: warnings is hidden (a C module in CPython).
  m.fn('caller', (args) => {
    const level = args[0];
    if (typeof level !== 'number') return None;
    const frames = liveFrames();
    const i = Math.max(1, level) - 1;
    if (i >= frames.length) return None;
    const f = frames[i];
    const line = addr2line(f.code.co_linetable, f.code.co_firstlineno, f.lasti);
    return new PyTuple([f.code.co_filename, line ?? None, f.globals] as PyObject[]);
  }, { minArgs: 1, maxArgs: 1 });
});
