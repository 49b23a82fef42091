# float ** float and 10.0 ** n give the C library's pow() results (CPython calls pow()).
print([repr(10.0 ** e) for e in range(-25, 26)])
print(2.0 ** 0.5, 2.0 ** -0.5, 1.5 ** 2.5, 3.0 ** 1.7, 0.5 ** 10.5, 7.0 ** -3.3, 1.0000001 ** 1e6)
print(2.718281828459045 ** 3.0, 9.0 ** 0.5, 1e10 ** 0.1, 123.456 ** 1.234)
print((-8.0) ** 3, (-2.0) ** -3, 0.0 ** 0.0, 1.0 ** float('inf'), float('inf') ** -1)
