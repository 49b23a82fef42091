match cmd.split():
    case ['go', d] | ['move', d] if d in dirs:
        pass
    case [('n' | 's') as d]:
        pass
    case (1 | 2 | 3) as n if n > 1:
        pass
    case Color.RED | Color.GREEN:
        pass
