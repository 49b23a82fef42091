# abs and negation of zero floats, ints and bools.
print(abs(-0.0), -0.0, -(0.0), 0.0 * -1, -0, abs(False), -True, abs(-(2 ** 100)))
print(repr(-0.0 + 0.0), repr(0.0 - 0.0), repr(-0.0 - 0.0), repr(-0.0 * 0))
