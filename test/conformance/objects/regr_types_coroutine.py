# types.coroutine (asyncio's tasks module decorates with it): a generator function's
# generators become awaitable (CO_ITERABLE_COROUTINE set on a copy of its code); a function
# returning a generator is wrapped; coroutine functions are returned as they are.
import types


@types.coroutine
def tick():
    x = yield 'tick'
    return x * 2


async def main():
    a = await tick()
    b = await tick()
    return a + b


c = main()
print(c.send(None), c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print('result', e.value)
print(bool(tick.__code__.co_flags & 0x100), tick.__name__, tick.__code__.co_name)


def plain():
    return iter([1, 2])


w = types.coroutine(plain)
print(type(w()).__name__, w.__name__, w is plain)


def maker():
    return (i for i in range(3))


wrapped = types.coroutine(maker)
obj = wrapped()
print(type(obj).__name__, list(obj.__await__()), obj.gi_running, obj.cr_running)


async def sleeper():
    return await wrapped()


s = sleeper()
print([s.send(None), s.send(None), s.send(None)])
try:
    s.send(None)
except StopIteration as e:
    print('done', e.value)
try:
    types.coroutine(1)
except TypeError as e:
    print(e)


async def already():
    pass


print(types.coroutine(already) is already)
already().close()
