# X | Y type unions in isinstance/issubclass and their repr.
print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.5, int | str), issubclass(bool, int | None))
print(int | str, int | None, type(int | str).__name__, (int | str) == (str | int))
def f(x: int | None = None) -> str | bytes:
    return 'ok'
print(f.__annotations__)
