# print of nested containers with special floats, strings with quotes, recursion.
print([1.0, -0.0, float('inf'), 'it\'s', "x\"y"], (1.5,), {'a': [{}]})
print({1: {2: {3: {}}}}, [[[]]], ((),), [(), [], {}])
class R:
    def __repr__(self):
        return 'R()'
print([R(), R()], {R(): 1} if False else {'r': R()}, (R(),))
print(' '.join(['x'] * 3), end='$\n')
