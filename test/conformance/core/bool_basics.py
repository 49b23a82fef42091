# bool is a subclass of int; True/False arithmetic and repr.
print(True, False, repr(True), str(False))
print(isinstance(True, int), issubclass(bool, int), type(True).__name__)
print(True + 1, False * 5, True / 2, -True, ~True, True << 3)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + True).__name__)
print(bool(0), bool(1), bool(-3), bool(''), bool('a'), bool([]), bool([0]), bool(None), bool(0.0), bool(()), bool({}))
print(int(True), float(False), str(True).upper())
