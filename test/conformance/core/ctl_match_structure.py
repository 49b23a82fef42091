# match with sequence, mapping, class patterns and guards.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def what(v):
    match v:
        case []:
            return 'empty list'
        case [x]:
            return f'one: {x}'
        case [x, y, *rest] if not rest:
            return f'pair {x},{y}'
        case [x, *rest]:
            return f'head {x} + {len(rest)}'
        case {'type': 'circle', 'r': r}:
            return f'circle r={r}'
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, y) if x == y:
            return 'diagonal'
        case str() as s:
            return 'string ' + s
        case (int() | float()) as n:
            return f'number {n}'
    return 'unmatched'
for v in ([], [1], [1, 2], [1, 2, 3], {'type': 'circle', 'r': 2}, Point(0, 0), Point(0, 5), Point(3, 3),
          Point(1, 2), 'abc', 4, 2.5, (9, 8)):
    print(what(v))
