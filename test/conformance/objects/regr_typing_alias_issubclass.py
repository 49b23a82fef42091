# issubclass() of one unsubscripted typing alias against another compares their origin classes
# (issubclass(List, Sequence)); a subscripted one as the first argument is refused
import typing, collections.abc as c
class MyTuple(tuple):
    pass
print(issubclass(typing.Tuple, typing.Tuple), issubclass(typing.Callable, typing.Callable), issubclass(c.Callable, typing.Callable))
print(issubclass(typing.List, typing.Sequence), issubclass(typing.List, typing.Dict), issubclass(MyTuple, typing.Tuple), issubclass(tuple, typing.Tuple))
print(issubclass(typing.Dict, typing.MutableMapping), issubclass(typing.Set, typing.Sized))
for a, b in ((typing.List[int], typing.List), (typing.Union, typing.List), (typing.Any, typing.List), (typing.Callable[[int], int], typing.Callable)):
    try:
        print(issubclass(a, b))
    except TypeError as e:
        print('TypeError:', e)
