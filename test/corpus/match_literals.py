match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 2j:
        pass
    case -1 + 2j:
        pass
    case 3 - 4j:
        pass
    case 'a':
        pass
    case 'a' 'b':
        pass
    case b'x':
        pass
    case None:
        pass
    case True | False:
        pass
