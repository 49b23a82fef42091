# The built-in numbers' dunders, called directly, answer as CPython's slots do: an int's take
# only ints (a float operand is NotImplemented: the float's reflected method is the one to
# try), a float's take ints and floats, a complex's all three; complex has no //, % or divmod.

class V(float):
    pass

class J(int):
    pass

cases = [
    "(7).__add__(2.0)", "(7).__radd__(2.0)", "(7).__floordiv__(2.0)", "(7).__mod__(2.5)",
    "(7).__truediv__(2)", "(7).__rtruediv__(2.0)", "(7).__pow__(2.0)", "(7).__pow__(2, 5)",
    "(7).__rpow__(2.0)", "(3).__lshift__(True)", "(7).__add__(J(1))", "J(7).__add__(1.5)",
    "(7).__sub__(1j)", "(7).__mul__('ab')", "(7).__add__(None)",
    "True.__and__(1.5)", "True.__and__(1)", "True.__rand__(False)", "True.__or__(2)",
    "(7.0).__add__(1)", "(7.0).__radd__(1)", "(7.5).__add__(V(1.0))", "(7.5).__floordiv__(J(2))",
    "(2.0).__pow__(1j)", "(2.0).__mul__(1j)", "(2.0).__truediv__(0)", "(7.5).__mod__('x')",
    "(1j).__add__(1)", "(1j).__radd__(2.5)", "(1j).__pow__(2)", "(1j).__mul__(V(2.0))",
    "hasattr(1j, '__mod__')", "hasattr(1j, '__rfloordiv__')", "hasattr(1j, '__divmod__')",
    "1j // 1", "1 % 1j", "divmod(1j, 2)",
]
for e in cases:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '!!', type(x).__name__, x)

# The operators themselves are unchanged: the mixed result comes from the other side.
print(7 + 2.0, 2.0 + 7, 7 // 2.0, 7 ** 2.0, 2 ** -1, True & 1, 1.5 + 1j, V(1.5) + 1, 1 + V(1.5))
