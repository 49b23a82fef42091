def f(*args)$:
    pass
