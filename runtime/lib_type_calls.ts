// Calls of built-in types with one or two positional arguments (float(i), str(x), int(s),
// bool(x), tuple(l), list(l), range(n)): each type gets a call entry, a built-in function
// (PyType.callEntry) that the loops' CALL calls like len or isinstance, through its fixed-arity
// entries fast1/fast2, without the argument array and callObject's generic steps. A type's
// entry does exactly what the type's call does for those arguments: the hot cases directly
// (an int or a float to float, a str to str, any object to bool), anything else through
// callType (the type's vectorcall: tp_new, then tp_init when the type has its own), so every
// result and error is the type's own.

import { PyObject, PyFloat } from './object';
import { PyType } from './type';
import { PyBuiltinFunction } from './function';
import { callType } from './call';
import { intType, boolType, floatType, strType, tupleType, listType, rangeType, complexType, setType, frozensetType, dictType } from './types';
import { isTrue, str as opStr } from './ops';
import { intFromObject, floatFromObject } from './lib_number_types';

function setCallEntry(t: PyType, f1?: (a: PyObject) => PyObject): void {
  const b = new PyBuiltinFunction(t.name, (args, kw) => callType(t, args, kw));
  if (f1 !== undefined) b.fast1 = f1;
  t.callEntry = b;
}

// int(x) and float(x) as int_new/float_new's one-argument case (lib_number_types intNew,
// floatNew: PyNumber_Long / PyNumber_Float); neither type has a tp_init of its own.
setCallEntry(intType, (a) => (typeof a === 'number' ? a : intFromObject(a)));
setCallEntry(floatType, (a) => {
  if (typeof a === 'number') return new PyFloat(a);
  if (a instanceof PyFloat && a.ob_type === floatType) return a;
  return new PyFloat(floatFromObject(a));
});
// str(x): PyObject_Str (an exact str is itself).
setCallEntry(strType, (a) => (typeof a === 'string' ? a : opStr(a)));
// bool(x): PyObject_IsTrue.
setCallEntry(boolType, (a) => isTrue(a));
// The containers and range: their vectorcall, without callObject's steps.
for (const t of [tupleType, listType, rangeType, complexType, setType, frozensetType, dictType]) setCallEntry(t);
