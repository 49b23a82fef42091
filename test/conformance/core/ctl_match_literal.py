# match statement with literal, capture, wildcard and or-patterns.
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case None:
            return 'none'
        case _:
            return 'other ' + repr(x)
print([describe(v) for v in (0, 2, 'hello', None, 7.5)])
