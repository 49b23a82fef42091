match p:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case geo.Point(x, y=[a, *b]):
        pass
    case int() | str():
        pass
