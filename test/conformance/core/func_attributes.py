# Function objects: __name__, __qualname__, __doc__, __defaults__, attributes.
def f(a, b=1):
    """Doc string."""
    return a
def outer():
    def inner():
        pass
    return inner
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__module__)
print(outer().__qualname__, outer().__name__)
f.custom = 42
print(f.custom, callable(f), f.__code__.co_argcount, f.__code__.co_varnames)
print(repr(f)[:11], type(f).__name__)
