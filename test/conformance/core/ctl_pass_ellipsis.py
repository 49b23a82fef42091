# pass, ... as statements, empty functions and classes, docstring-only bodies.
def nothing():
    pass
def doc_only():
    """Only a docstring."""
def dots():
    ...
class Empty:
    pass
print(nothing(), doc_only(), dots(), Empty.__name__, doc_only.__doc__)
if True:
    pass
for _ in range(3):
    ...
print('ok')
