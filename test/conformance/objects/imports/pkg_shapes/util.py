# Submodule of pkg_shapes used with a relative import.
def round2(x):
    return round(x, 2)
