# __class_getitem__ and generic aliases of builtins.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'
print(Box[int], Box[str])
print(list[int], dict[str, int], tuple[int, ...])
def f(xs: list[int]) -> dict[str, float]:
    return {}
print(f.__annotations__)
