# isinstance/issubclass with tuples and nested tuples; type() vs isinstance.
class A: pass
class B(A): pass
b = B()
print(isinstance(b, (int, A)), isinstance(b, (int, (str, B))), type(b) is A, type(b) is B)
print(issubclass(B, (A,)), issubclass(B, ()), isinstance(b, object), issubclass(type, object))
print(isinstance(3, (float, (complex, (int,)))))
