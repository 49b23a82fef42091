// Out-of-line pieces of the stack VM's instructions that need the VM itself (SEND's
// delegation to a sub-iterator, WITH_EXCEPT_START's __exit__ call), kept out of the
// dispatch loop so that the loop stays small.

import { PyObject, None } from '../runtime/object';
import { typeOf } from '../runtime/types';
import { PyException, SystemError, newException } from '../runtime/exceptions';
import { PyGenerator, genResume, delegateSend, delegateResult } from '../runtime/generator';
import { callObject } from '../runtime/call';
import type { StackVM } from './vm';

export function raiseSystemError(msg: string): never {
  throw newException(SystemError, msg);
}

/**
 * SEND: sends `v` into the sub-iterator. Returns the value it yields, or undefined when it
 * returned (its return value is left in vm.sendReturn).
 */
export function sendTo(vm: StackVM, sub: PyObject, v: PyObject): PyObject | undefined {
  if (sub instanceof PyGenerator) {
    const r = genResume(sub, v, null);
    if (r === undefined) vm.sendReturn = sub.returnValue;
    return r;
  }
  const r = delegateSend(sub, v);
  if (r === undefined) vm.sendReturn = delegateResult.value;
  return r;
}

/** WITH_EXCEPT_START: exit(type(val), val, val.__traceback__). */
export function withExceptStart(exit: PyObject, val: PyException): PyObject {
  return callObject(exit, [typeOf(val), val, val.traceback ?? None], null);
}
