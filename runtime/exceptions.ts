// Python exceptions: the BaseException hierarchy as Python types, the exception object,
// and the helpers the runtime raises with (raiseTypeError(msg) ...).
//
// The Python exception object IS what JavaScript throws: `throw new PyException(...)`.
// PyException extends PyBase (not Error), so raising captures no JS stack: exceptions used
// for control flow (StopIteration, KeyError in a loop) stay cheap. `isPyException(e)` tells
// a Python exception from a JS error (a pyvm bug, or a RangeError from a too-deep JS stack,
// which the VMs convert to RecursionError with `fromJsError`).
//
// The traceback is a linked list of PyTraceback entries, head = outermost frame, added by
// the VMs as the exception unwinds through each frame (CPython's PyTraceBack_Here).

import { PyBase, PyObject, PyTuple, None } from './object';
import { PyType, mroC3 } from './type';
import { objectType, typeType, tracebackType, setBuiltinType, makeBuiltinType } from './types';
import { setRaiseHook, LibErrorKind } from './lib_errors';
import type { CodeObject } from '../frontend/code';
import type { PyDict } from './dict';

/** One traceback entry (CPython's PyTracebackObject): a frame's code and the offset it was at. */
export class PyTraceback extends PyBase {
  constructor(
    public tb_next: PyTraceback | null,
    public readonly code: CodeObject,
    /** Byte offset of the instruction that was executing (CPython's tb_lasti). */
    public readonly lasti: number,
    /** Line number (computed by the VM from co_linetable), or null when unknown. */
    public readonly lineno: number | null,
  ) {
    super();
  }
}
setBuiltinType(PyTraceback, tracebackType);

/** A Python exception instance (any subclass of BaseException). Thrown directly by JS `throw`. */
export class PyException extends PyBase {
  args: PyTuple;
  traceback: PyTraceback | null = null;
  cause: PyException | null = null;
  context: PyException | null = null;
  suppressContext = false;
  /** Extra state of particular exception types: StopIteration.value, SystemExit.code, NameError.name ... */
  extra: Record<string, PyObject> | null = null;
  /** NameError: the scopes (locals, globals, builtins names) searched for "Did you mean". */
  nameScopes: (() => string[][]) | null = null;
  declare __dict__: PyDict | undefined;

  constructor(type: PyType, args: PyObject[] | PyTuple) {
    super();
    this.ob_type = type;
    this.args = args instanceof PyTuple ? args : new PyTuple(args);
  }
}

/** True when `e` (from a JS catch) is a Python exception. */
export function isPyException(e: unknown): e is PyException {
  return e instanceof PyException;
}

function excType(name: string, base: PyType): PyType {
  const t = makeBuiltinType(name, base, { baseType: true });
  t.allocate = (type: PyType) => new PyException(type, []);
  return t;
}

export const BaseException = makeBuiltinType('BaseException', objectType, { baseType: true });
BaseException.allocate = (type: PyType) => new PyException(type, []);
export const BaseExceptionGroup = excType('BaseExceptionGroup', BaseException);
export const GeneratorExit = excType('GeneratorExit', BaseException);
export const KeyboardInterrupt = excType('KeyboardInterrupt', BaseException);
export const SystemExit = excType('SystemExit', BaseException);
export const Exception = excType('Exception', BaseException);
export const ArithmeticError = excType('ArithmeticError', Exception);
export const FloatingPointError = excType('FloatingPointError', ArithmeticError);
export const OverflowError = excType('OverflowError', ArithmeticError);
export const ZeroDivisionError = excType('ZeroDivisionError', ArithmeticError);
export const AssertionError = excType('AssertionError', Exception);
export const AttributeError = excType('AttributeError', Exception);
export const BufferError = excType('BufferError', Exception);
export const EOFError = excType('EOFError', Exception);
export const ImportError = excType('ImportError', Exception);
export const ModuleNotFoundError = excType('ModuleNotFoundError', ImportError);
export const LookupError = excType('LookupError', Exception);
export const IndexError = excType('IndexError', LookupError);
export const KeyError = excType('KeyError', LookupError);
export const MemoryError = excType('MemoryError', Exception);
export const NameError = excType('NameError', Exception);
export const UnboundLocalError = excType('UnboundLocalError', NameError);
export const OSError = excType('OSError', Exception);
export const FileNotFoundError = excType('FileNotFoundError', OSError);
export const FileExistsError = excType('FileExistsError', OSError);
export const PermissionError = excType('PermissionError', OSError);
export const IsADirectoryError = excType('IsADirectoryError', OSError);
export const NotADirectoryError = excType('NotADirectoryError', OSError);
export const TimeoutError = excType('TimeoutError', OSError);
export const BlockingIOError = excType('BlockingIOError', OSError);
export const ChildProcessError = excType('ChildProcessError', OSError);
export const ConnectionError = excType('ConnectionError', OSError);
export const BrokenPipeError = excType('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = excType('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = excType('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = excType('ConnectionResetError', ConnectionError);
export const InterruptedError = excType('InterruptedError', OSError);
export const ProcessLookupError = excType('ProcessLookupError', OSError);
export const ReferenceError = excType('ReferenceError', Exception);
export const RuntimeError = excType('RuntimeError', Exception);
export const NotImplementedError = excType('NotImplementedError', RuntimeError);
export const RecursionError = excType('RecursionError', RuntimeError);
export const StopAsyncIteration = excType('StopAsyncIteration', Exception);
export const StopIteration = excType('StopIteration', Exception);
export const SyntaxError = excType('SyntaxError', Exception);
export const IndentationError = excType('IndentationError', SyntaxError);
export const TabError = excType('TabError', IndentationError);
export const SystemError = excType('SystemError', Exception);
export const TypeError = excType('TypeError', Exception);
export const ValueError = excType('ValueError', Exception);
export const UnicodeError = excType('UnicodeError', ValueError);
export const UnicodeDecodeError = excType('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = excType('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = excType('UnicodeTranslateError', UnicodeError);
export const Warning = excType('Warning', Exception);
export const DeprecationWarning = excType('DeprecationWarning', Warning);
export const PendingDeprecationWarning = excType('PendingDeprecationWarning', Warning);
export const RuntimeWarning = excType('RuntimeWarning', Warning);
export const SyntaxWarning = excType('SyntaxWarning', Warning);
export const UserWarning = excType('UserWarning', Warning);
export const FutureWarning = excType('FutureWarning', Warning);
export const ImportWarning = excType('ImportWarning', Warning);
export const UnicodeWarning = excType('UnicodeWarning', Warning);
export const BytesWarning = excType('BytesWarning', Warning);
export const ResourceWarning = excType('ResourceWarning', Warning);
export const EncodingWarning = excType('EncodingWarning', Warning);
export const ExceptionGroup = makeBuiltinType('ExceptionGroup', null, { baseType: true, bases: [BaseExceptionGroup, Exception] });
ExceptionGroup.allocate = (type: PyType) => new PyException(type, []);

/** Every built-in exception type by name (for the builtins module). */
export const BUILTIN_EXCEPTIONS: PyType[] = [
  BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception,
  ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
  AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError,
  IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, FileNotFoundError,
  FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError, TimeoutError,
  BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
  ConnectionRefusedError, ConnectionResetError, InterruptedError, ProcessLookupError, ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopAsyncIteration,
  StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError,
  UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning,
  DeprecationWarning, PendingDeprecationWarning, RuntimeWarning, SyntaxWarning, UserWarning,
  FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
  ExceptionGroup,
];
void mroC3;
void typeType;

/** Makes (does not raise) an exception of `type` with a single message argument. */
export function newException(type: PyType, msg?: string): PyException {
  return new PyException(type, msg === undefined ? [] : [msg]);
}

export function raiseType(type: PyType, msg?: string): never {
  throw newException(type, msg);
}
export function raiseTypeError(msg: string): never {
  throw newException(TypeError, msg);
}

/**
 * PyObject_HashNotImplemented: the tp_hash of the unhashable built-in types (list, dict, set,
 * ...). Shared so that runtime/class.ts can recognise it and put `__hash__ = None` in their
 * dicts, as CPython does (collections.abc.Hashable and `list.__hash__ is None` look there).
 */
export const hashNotImplemented = (v: PyObject): number => {
  // The type's tp_name: a built-in type of another module is named with it ('collections.deque').
  // Only instances of the unhashable types get here, never a primitive (str, int, bool).
  const t = (v as PyBase).ob_type;
  return raiseTypeError(`unhashable type: '${t.tpName}'`);
};
export function raiseValueError(msg: string): never {
  throw newException(ValueError, msg);
}
export function raiseIndexError(msg: string): never {
  throw newException(IndexError, msg);
}
export function raiseKeyError(key: PyObject): never {
  throw new PyException(KeyError, [key]);
}
export function raiseAttributeError(msg: string): never {
  throw newException(AttributeError, msg);
}
export function raiseNameError(name: string): never {
  const e = newException(NameError, `name '${name}' is not defined`);
  e.extra = { name };
  throw e;
}
export function raiseZeroDivisionError(msg: string): never {
  throw newException(ZeroDivisionError, msg);
}
export function raiseRuntimeError(msg: string): never {
  throw newException(RuntimeError, msg);
}
export function raiseOverflowError(msg: string): never {
  throw newException(OverflowError, msg);
}
export function raiseRecursionError(msg = 'maximum recursion depth exceeded'): never {
  throw newException(RecursionError, msg);
}
export function raiseStopIteration(value?: PyObject): never {
  const e = new PyException(StopIteration, value === undefined ? [] : [value]);
  throw e;
}
/** StopIteration.value: the member StopIteration.__init__ set, else the first argument, or None. */
export function stopIterationValue(e: PyException): PyObject {
  const x = e.extra;
  if (x !== null && 'value' in x) return x.value;
  return e.args.items.length > 0 ? e.args.items[0] : None;
}

/**
 * True for V8's stack overflow (what fromJsError turns into RecursionError; the deep tuple hash
 * catches it to go on without recursion). No regular expression: this runs with the JS stack
 * nearly exhausted.
 */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes('call stack');
}

/**
 * Turns any JS exception caught in a VM into a Python exception: Python exceptions pass
 * through, a JS stack overflow becomes RecursionError, a string or array too long for V8
 * MemoryError, anything else is a pyvm bug and is
 * re-thrown unchanged (the CLI reports it as an internal error).
 */
export function fromJsError(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (isStackOverflow(e)) {
    return newException(RecursionError, 'maximum recursion depth exceeded');
  }
  // A string or array past V8's size limits: CPython's MemoryError (no message) for an
  // allocation it cannot make, where JavaScript's RangeError would otherwise crash pyvm.
  if (e instanceof RangeError && (e.message === 'Invalid string length' || e.message === 'Invalid array length' || e.message.startsWith('Array buffer allocation failed') || e.message.startsWith('Invalid typed array length') || e.message === 'Maximum BigInt size exceeded')) {
    return newException(MemoryError);
  }
  const lib = e as { kind?: string; message?: string; toPythonString?: unknown };
  if (e instanceof Error && typeof lib.kind === 'string' && typeof lib.toPythonString === 'function') {
    const t = BUILTIN_EXCEPTIONS.find((x) => x.name === lib.kind);
    if (t !== undefined) return newException(t, e.message);
  }
  throw e;
}

// The runtime library raises through lib_errors; make its errors real Python exceptions.
const LIB_KINDS: Record<LibErrorKind, PyType> = {
  ValueError, TypeError, ZeroDivisionError, OverflowError, IndexError, KeyError, AttributeError,
  StopIteration, RuntimeError, NotImplementedError, UnicodeEncodeError, UnicodeDecodeError,
  ModuleNotFoundError, RecursionError, SystemExit, LookupError,
};
setRaiseHook((kind, message) => {
  throw newException(LIB_KINDS[kind], message);
});
