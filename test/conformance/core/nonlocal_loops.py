# nonlocal updated inside loops and nested closures created in loops.
def counter_factory():
    counts = 0
    fns = []
    for i in range(3):
        def bump(step=i):
            nonlocal counts
            counts += step + 1
            return counts
        fns.append(bump)
    return fns, lambda: counts
fns, get = counter_factory()
print([f() for f in fns], get(), fns[2](), get())
def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
        inner()
    mid()
    return x
print(outer())
