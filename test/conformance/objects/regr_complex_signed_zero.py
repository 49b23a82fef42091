# complex(x, y) keeps a float argument's signed zero (CPython adds a part only when it comes from
# a complex: complex(0.0, -0.0) is -0j; pyvm's `ai + br` made it 0j), and complex has
# __complex__ and __getnewargs__ (3.11). CPython's test_complex.
import math
print(complex(0.0, -0.0), complex(-0.0, -0.0), complex(1, -0.0), complex(float('inf'), -0.0))
print(math.copysign(1, complex(1.0, -0.0).imag), math.copysign(1, complex(-0.0, 0.0).real))
print(complex(-0.0), complex(-0.0).real, complex(1j, -0.0), complex(-0.0, 1j), complex(2j, 3j))
print(repr(complex(0, -0.0)), str(-0j), format(complex(1, -0.0), ''))
class Sub(complex):
    pass
z = complex(1, 2)
print(z.__complex__() is z, type(Sub(1, 2).__complex__()).__name__, Sub(1, 2).__complex__())
print(z.__getnewargs__(), Sub(3, -0.0).__getnewargs__())
print(complex(3.14, -0.0) == complex(3.14, 0.0), complex(-3.14, 1j))
