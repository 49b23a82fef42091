# Submodule of pkg_lazy, only loaded when asked for.
print('pkg_lazy.extra loaded')
VALUE = 42
