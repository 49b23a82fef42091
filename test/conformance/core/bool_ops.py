# and / or / not return operands, short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'x', [] and 'y')
print(not 0, not 1, not '', not [1])
def side(x):
    print('side', x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(None or 0 or '' or 'last')
print(1 and 2 and 3, 1 and 0 and 3)
