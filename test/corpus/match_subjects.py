match x, y:
    case a, b:
        pass
match *a, b:
    case _:
        pass
match (n := f()):
    case 0:
        pass
match x.y[0]:
    case _: pass
match -x:
    case _: pass
