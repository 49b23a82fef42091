match x:
    case {}:
        pass
    case {'a': 1}:
        pass
    case {'a': a, 'b': [b, c]}:
        pass
    case {1: x, **rest}:
        pass
    case {**rest}:
        pass
    case {Color.RED: r, None: n, -1: m}:
        pass
