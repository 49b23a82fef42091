def g(a, b=23 c):
    pass
