# edge cases: running-state errors, send non-None to fresh athrow, ag_await, exceptions through async with exit
class Sleep:
    def __await__(self):
        return (yield 'tick')
def run(coro):
    try:
        v = coro.send(None)
        while True:
            v = coro.send(None)
    except StopIteration as e:
        return e.value
async def slow():
    await Sleep()
    yield 1
async def main():
    g = slow()
    a1 = g.__anext__()
    a1.send(None)          # g is now running (awaiting Sleep)
    print(g.ag_running, type(g.ag_await).__name__)
    try:
        g.__anext__().send(None)
    except RuntimeError as e:
        print('RE', e)
    try:
        g.aclose().send(None)
    except RuntimeError as e:
        print('RE', e)
    try:
        a1.send(None)
    except StopIteration as e:
        print('value', e.value)
    t = g.athrow(KeyError)
    try:
        t.send(5)
    except RuntimeError as e:
        print('RE', e)
    try:
        await t
    except KeyError:
        print('keyerror out')
    print(g.ag_running)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed gen -> StopAsyncIteration')
    await g.aclose()
    print('aclose of finished ok')
    async def ret():
        yield 1
        return
    r = ret()
    print([x async for x in r])
    h = slow()
    print(await h.aclose())
    async def no_yield_before_stopiter():
        yield 1
        raise StopIteration
    try:
        async for q in no_yield_before_stopiter():
            print('q', q)
    except RuntimeError as e:
        print('RE', e, type(e.__cause__).__name__)
    return 'ok'
print(run(main()))
