# isinstance and issubclass with single types and tuples.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance('s', (list, tuple)), isinstance([], list), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(list, list))
print(isinstance(int, type), isinstance(type, object), isinstance(object, type))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
issubclass(1, int)
