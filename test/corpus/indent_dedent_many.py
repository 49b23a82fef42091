def f():
    if a:
        while b:
            for c in d:
                pass
x = 1
