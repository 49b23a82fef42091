def f(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case [a, b, *rest]:
            return a, b, rest
        case [first, *_, last]:
            return first, last
        case {"k": v, **kw}:
            return v, kw
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case str() as s:
            return s
        case [(p, q) | (q, p)]:
            return p
        case None:
            return None
        case _:
            return "other"
def g(t):
    match t:
        case [1, *rest] if rest: pass
        case {'k': v, **kw}: pass
        case C(z=0) | None: pass
        case str() as s: pass
    match t:
        case _:
            pass
