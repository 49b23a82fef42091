# Class-level introspection: __name__, __qualname__, __bases__, __doc__, nested classes.
class Outer:
    """Outer doc."""
    class Inner:
        class Deep:
            pass
print(Outer.__name__, Outer.__qualname__, Outer.__doc__, Outer.__bases__)
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.__name__)
print(Outer.__module__, type(Outer), type(Outer()).__name__, object.__bases__, int.__bases__, bool.__bases__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__)
