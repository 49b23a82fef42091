# Special methods returning the wrong type: CPython's TypeErrors.
class R:
    def __repr__(self):
        return 42
class S:
    def __str__(self):
        return None
class I:
    def __iter__(self):
        return [1, 2]
class X:
    def __index__(self):
        return 1.5
class H:
    def __hash__(self):
        return 1.0
class B:
    def __bool__(self):
        return 'yes'
class F:
    def __format__(self, spec):
        return 7
for f in (lambda: repr(R()), lambda: str(S()), lambda: iter(I()), lambda: [1, 2][X()], lambda: hash(H()),
          lambda: bool(B()), lambda: format(F()), lambda: f'{R()!r}', lambda: list(I())):
    try:
        f()
    except TypeError as e:
        print(e)
