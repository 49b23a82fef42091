def f():
    ret{urn "fine"
