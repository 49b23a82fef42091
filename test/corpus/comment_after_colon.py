if x:  # comment
    pass
def f():  # comment
    # comment
    return 1  # comment
