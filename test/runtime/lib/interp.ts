// A bare interpreter for L's unit tests of builtins and methods: the core runtime plus the
// runtime library, with a backend that refuses to run Python code (these tests call only
// JS-implemented callables) and captured output.
import '../../../runtime/library';
import { Interpreter, setCurrentInterp, ExecBackend } from '../../../runtime/interp';
import { PyObject, None } from '../../../runtime/object';
import { getAttr } from '../../../runtime/attr';
import { callObject } from '../../../runtime/call';
import { PyDict } from '../../../runtime/dict';

export function makeInterp(stdin = ''): { interp: Interpreter; out: string[] } {
  const out: string[] = [];
  const refuse = (): never => {
    throw new Error('test backend: no Python code here');
  };
  const backend: ExecBackend = {
    name: 'test',
    callFunction: refuse,
    runClassBody: refuse,
    superArgs: refuse,
    currentGlobals: () => new PyDict(),
    currentLocals: () => new PyDict(),
    currentException: () => None,
    runModuleCode: refuse,
    resumeGenerator: refuse,
    delegateOf: refuse,
  };
  const interp = new Interpreter({ argv: ['x.py'], write: (_s, t) => out.push(t), readStdin: () => stdin, backend, compileFile: null });
  setCurrentInterp(interp);
  return { interp, out };
}

/** builtins[name](...args) */
export function builtin(interp: Interpreter, name: string, args: PyObject[], kwargs: Map<string, PyObject> | null = null): PyObject {
  const f = interp.builtins.getStr(name);
  if (f === undefined) throw new Error('no builtin ' + name);
  return callObject(f, args, kwargs);
}

/** obj.name(...args) */
export function method(obj: PyObject, name: string, args: PyObject[], kwargs: Map<string, PyObject> | null = null): PyObject {
  return callObject(getAttr(obj, name), args, kwargs);
}
