// The runtime side of the traceback module (traceback_source.ts), registered under the private
// name `_pyvm_traceback`: what Python code cannot see of a traceback entry (its source
// positions, and the 3.11 caret line the uncaught-exception printer puts under it), source
// lines (linecache.getline), and the "Did you mean" suggestion of a NameError/AttributeError.
// Frames of the modules whose printed tracebacks leave them out (runtime/traceback.ts
// hiddenFrameFiles: warnings, io, which are C modules in CPython) are left out here too.
// The caret line and the suggestion come from runtime/traceback.ts's printer itself, so
// traceback.format_exception prints what an uncaught exception prints.

import { PyObject, None, PyTuple } from '../object';
import { PyList } from '../containers';
import { PyTraceback, PyException, Exception } from '../exceptions';
import { formatException, formatExceptionOnly, getSourceLine, tracebackLine, exceptionTypeName, registerSource, hiddenFrameFiles } from '../traceback';
import { typeOf } from '../types';
import { str } from '../ops';
import { raise } from '../lib_errors';
import { decodeLocations, addr2line, Position } from '../../frontend/linetable';
import { defineModule } from './module_util';
import { liveFrames } from './live_frames';

const positionsCache = new WeakMap<object, Position[]>();

function positionOf(tb: PyTraceback): Position | undefined {
  const code = tb.code;
  let positions = positionsCache.get(code);
  if (positions === undefined) {
    positions = decodeLocations(code.co_linetable, code.co_firstlineno, code.co_code.length >> 1);
    positionsCache.set(code, positions);
  }
  return positions[tb.lasti >> 1];
}

const HEADER = 'Traceback (most recent call last):\n';

/**
 * The caret line the printer shows under this entry's source line ('    ~~^~~\n'), or None:
 * the printer's output for the entry alone (a one-entry traceback on a bare Exception).
 */
function caretsOf(tb: PyTraceback): PyObject {
  const one = new PyTraceback(null, tb.code, tb.lasti, tb.lineno);
  const e = new PyException(Exception, []);
  e.traceback = one;
  const text = formatException(e);
  const tail = 'Exception\n';
  if (!text.startsWith(HEADER) || !text.endsWith(tail)) return None;
  const lines = text.slice(HEADER.length, text.length - tail.length).split(/(?<=\n)/);
  return lines.length >= 3 ? lines[2] : None;
}

/** (filename, lineno, name, end_lineno, colno, end_colno, carets) of a traceback entry. */
function entryOf(t: PyTraceback): PyTuple {
  const line = tracebackLine(t);
  const pos = positionOf(t);
  const code = t.code;
  return new PyTuple([
    code.co_filename,
    line ?? None,
    code.co_name,
    pos?.endLine ?? None,
    pos?.col ?? None,
    pos?.endCol ?? None,
    caretsOf(t),
  ]);
}

defineModule('_pyvm_traceback', (m) => {
  // tb_entries(tb) -> [(filename, lineno, name, end_lineno, colno, end_colno, carets), ...]
  m.fn('tb_entries', (args) => {
    const out: PyObject[] = [];
    const first = args[0];
    if (first !== None && !(first instanceof PyTraceback)) raise('TypeError', `expected a traceback, not ${typeOf(first).tpName}`);
    for (let t = first === None ? null : (first as PyTraceback); t !== null; t = t.tb_next) {
      // a frame of a module standing for a C module of CPython's (warnings, io): none there
      if (!hiddenFrameFiles.has(t.code.co_filename)) out.push(entryOf(t));
    }
    return new PyList(out);
  }, { minArgs: 1, maxArgs: 1 });
  // stack_entries(skip) -> the same tuples for the running frames, innermost first, leaving
  // out the `skip` innermost (0: the frame calling this function); see live_frames.ts. As in
  // CPython 3.11 (StackSummary.extract), a running frame's entry has no column positions and
  // so no caret line.
  m.fn('stack_entries', (args) => {
    const skip = typeof args[0] === 'number' ? args[0] : 0;
    const out: PyObject[] = [];
    const frames = liveFrames();
    for (let i = Math.max(0, skip); i < frames.length; i++) {
      const { code, lasti } = frames[i];
      const line = addr2line(code.co_linetable, code.co_firstlineno, lasti);
      out.push(new PyTuple([code.co_filename, line ?? None, code.co_name, None, None, None, None]));
    }
    return new PyList(out);
  }, { minArgs: 1, maxArgs: 1 });
  // getline(filename, lineno) -> the line with its newline, or '' (linecache.getline)
  m.fn('getline', (args) => {
    const [filename, lineno] = args;
    if (typeof filename !== 'string' || typeof lineno !== 'number') return '';
    const s = getSourceLine(filename, lineno);
    return s === null ? '' : s + '\n';
  }, { minArgs: 2, maxArgs: 2 });
  // register_source(filename, text): the source lines of a file that is not on disk, for
  // tracebacks (linecache.cache's role; timeit's "<timeit-src>")
  m.fn('register_source', (args) => {
    const [filename, text] = args;
    if (typeof filename !== 'string' || typeof text !== 'string') raise('TypeError', 'register_source(filename: str, text: str)');
    registerSource(filename, text as string);
    return None;
  }, { minArgs: 2, maxArgs: 2 });
  // suggestion(exc) -> the name of "Did you mean: 'name'?" for this exception, or None
  m.fn('suggestion', (args) => {
    const exc = args[0];
    if (!(exc instanceof PyException)) return None;
    let msg: string;
    try {
      msg = str(exc);
    } catch {
      return None;
    }
    const name = exceptionTypeName(typeOf(exc));
    const prefix = (msg === '' ? name : `${name}: ${msg}`) + ". Did you mean: '";
    const line = formatExceptionOnly(exc);
    if (!line.startsWith(prefix)) return None;
    const end = line.indexOf("'?\n", prefix.length);
    return end < 0 ? None : line.slice(prefix.length, end);
  }, { minArgs: 1, maxArgs: 1 });
});
