# Bodies the compiler emits twice (a while test, a finally block): their nested code
# objects are equal, and CPython keeps one constant for both.
def f(y):
    try:
        pass
    finally:
        g = lambda: 1
    while any(x for x in y):
        pass
    return g
