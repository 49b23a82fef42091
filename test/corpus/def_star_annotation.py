def f(*args: *Ts):
    pass
def g(*args: *tuple[int, ...]):
    pass
