# SWAP elimination (swaptimize / apply_static_swaps), including the stores it must not
# reorder: two stores to the same local.
def f(x, y, z):
    a, b = x, y
    a, b, c = z, y, x
    a, a = x, y
    a, b, a = x, y, z
    a, a, b = x, y, z
    x.p, x.q = y, z
    return a, b, c
