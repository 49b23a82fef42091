# builtin_function_or_method.__reduce__ as CPython's meth_reduce: a module's function gives its
# name (pickle saves it as a global), a bound built-in method (getattr, (self, name)).
import math, operator, copy
print(len.__reduce__(), iter.__reduce__(), math.sqrt.__reduce__(), operator.add.__reduce__())
l = [1, 2]
f, args = l.append.__reduce__()
print(f is getattr, args[0] is l, args[1])
print(copy.copy(len) is len, copy.deepcopy(math.floor) is math.floor)
print({}.fromkeys.__reduce__()[1][1], 'ab'.upper.__reduce__()[1])
