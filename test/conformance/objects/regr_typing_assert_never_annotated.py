# typing.assert_never's message shows at most typing._ASSERT_NEVER_REPR_MAX_LENGTH characters of
# the repr (read at the call); Annotated() is refused with 3.11's message, Annotated[int, x]() is int()
import typing
print(typing._ASSERT_NEVER_REPR_MAX_LENGTH)
for v in ('short', 'x' * 300, list(range(50))):
    try:
        typing.assert_never(v)
    except AssertionError as e:
        print(len(e.args[0]), e.args[0][:70])
typing._ASSERT_NEVER_REPR_MAX_LENGTH = 10
try:
    typing.assert_never('y' * 50)
except AssertionError as e:
    print(e)
for f in (lambda: typing.Annotated(), lambda: typing.Annotated[int, 'meta'](), lambda: typing.Annotated[list, 1]([1])):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError:', e)
