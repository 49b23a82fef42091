match x:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [a, b, *rest]:
        pass
    case (*_, last):
        pass
    case a, b:
        pass
    case a, *b,:
        pass
    case [[a, b], (c, d)]:
        pass
