# Nested subpackage.
NAME = 'pkg_shapes.sub'
