// The runtime side of the warnings module (warnings_source.ts), registered under the private
// name `_pyvm_warnings`: where the Python code that called warn() is (warn's stacklevel),
// which CPython finds with sys._getframe; pyvm reads it from the VM's frame chain
// (live_frames.ts, with its limits).

import { PyObject, None, PyTuple } from '../object';
import { addr2line } from '../../frontend/linetable';
import { defineModule } from './module_util';
import { liveFrames } from './live_frames';

defineModule('_pyvm_warnings', (m) => {
  // caller(depth) -> (filename, lineno, globals) of the Python frame `depth` calls out from
  // the one calling this function (0: that frame itself), or None past the reachable frames.
  m.fn('caller', (args) => {
    const depth = args[0];
    if (typeof depth !== 'number') return None;
    const frames = liveFrames();
    if (depth < 0 || depth >= frames.length) return None;
    const f = frames[depth];
    const line = addr2line(f.code.co_linetable, f.code.co_firstlineno, f.lasti);
    return new PyTuple([f.code.co_filename, line ?? None, f.globals] as PyObject[]);
  }, { minArgs: 1, maxArgs: 1 });
});
