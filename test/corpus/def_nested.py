def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        def innermost():
            return x
        return innermost
    return inner
