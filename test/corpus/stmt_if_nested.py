if a:
    if b:
        if c:
            d
        else:
            e
    elif f:
        g
