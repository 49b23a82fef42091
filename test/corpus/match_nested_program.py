def describe(obj):
    match obj:
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case [first, *rest] if rest:
            return f'list starting {first}'
        case str() as s:
            return s.upper()
        case _:
            return 'other'

for o in [{'type': 'point', 'x': 1, 'y': 2}, [1, 2], 'abc', 3]:
    print(describe(o))
