# Built-in types carry __doc__ in their dict, so their instances have a __doc__ (CPython's
# type_dict_set_doc); functools.update_wrapper copies it from any object.
import functools

for obj in [object(), 1, 'a', [], {}, (), 1.5, None, range(2), b'', set(), ValueError()]:
    print(type(obj).__name__, hasattr(obj, '__doc__'), obj.__doc__ == type(obj).__doc__, '__doc__' in type(obj).__dict__)


def f():
    pass


class Holder:
    pass


w = functools.update_wrapper(f, object())
print(w.__doc__ == object.__doc__, w.__wrapped__.__class__.__name__)
h = Holder()
functools.update_wrapper(h, 42)
print(h.__doc__ == int.__doc__, h.__name__ if hasattr(h, '__name__') else 'no name')
print(type(Holder.__doc__).__name__, Holder().__doc__)


class Sub(int):
    pass


print(Sub.__doc__, Sub(3).__doc__, '__doc__' in Sub.__dict__)
print('__doc__' in dir(object()), '__doc__' in dir(1))
