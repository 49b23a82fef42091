// Calls of built-in types with one or two positional arguments (float(i), str(x), int(s),
// bool(x), tuple(l), list(l), range(n)): each type gets a call entry, a built-in function
// (PyType.callEntry) that the loops' CALL calls like len or isinstance, through its fixed-arity
// entries fast1/fast2, without the argument array and callObject's generic steps. A type's
// entry does exactly what the type's call does for those arguments: the hot cases directly
// (an int or a float to float, a str to str, any object to bool), anything else through
// callType (the type's vectorcall: tp_new, then tp_init when the type has its own), so every
// result and error is the type's own.

import { PyObject, PyFloat, PyTuple } from './object';
import { PyList, makeRange } from './containers';
import { PyType } from './type';
import { PyBuiltinFunction } from './function';
import { callType } from './call';
import { intType, boolType, floatType, strType, tupleType, listType, rangeType, complexType, setType, frozensetType, dictType } from './types';
import { isTrue, str as opStr } from './ops';
import { intFromObject, floatFromObject } from './lib_number_types';

function setCallEntry(t: PyType, f1?: (a: PyObject) => PyObject, f2?: (a: PyObject, b: PyObject) => PyObject): void {
  const b = new PyBuiltinFunction(t.name, (args, kw) => callType(t, args, kw));
  if (f1 !== undefined) b.fast1 = f1;
  if (f2 !== undefined) b.fast2 = f2;
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
// range(n) and range(a, b) of ints as range_new (range cannot be subclassed): nqueens,
// mandelbrot, fannkuch, wordcount's `range(k)` per word were the commonest calls of the
// shared one-argument entry (its count test, an argument array, callType, the vectorcall).
setCallEntry(
  rangeType,
  (a) => (typeof a === 'number' ? makeRange(0, a, 1) : callType(rangeType, [a], null)),
  (a, b) => (typeof a === 'number' && typeof b === 'number' ? makeRange(a, b, 1) : callType(rangeType, [a, b], null)),
);
// list(x) and tuple(x) of an exact list or tuple: a copy of its items, as list_extend's and
// PySequence_Tuple's PyList_CheckExact / PyTuple_CheckExact cases (an exact tuple is itself);
// fannkuch's `list(perm1)` per permutation.
setCallEntry(listType, (a) =>
  (a instanceof PyList && a.ob_type === listType) || (a instanceof PyTuple && a.ob_type === tupleType)
    ? new PyList(a.items.slice())
    : callType(listType, [a], null),
);
setCallEntry(tupleType, (a) =>
  a instanceof PyTuple && a.ob_type === tupleType
    ? a
    : a instanceof PyList && a.ob_type === listType
      ? new PyTuple(a.items.slice())
      : callType(tupleType, [a], null),
);
// The other containers: their vectorcall, without callObject's steps.
for (const t of [complexType, setType, frozensetType, dictType]) setCallEntry(t);
