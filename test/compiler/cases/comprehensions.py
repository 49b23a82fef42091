def f(xs, ys):
    a = [x * y for x in xs for y in ys if x if y > 1]
    b = {x: y for x, y in zip(xs, ys)}
    c = {x for x in xs}
    d = (x for x in xs if x)
    e = [z for z in [x for x in xs] for w in [z]]
    return a, b, c, d, e, [(n := x) for x in xs], n
def gen():
    x = yield 1
    yield from range(x)
    return 5
async def co(aiter, ctx):
    async for v in aiter:
        await v
    async with ctx as c:
        pass
    return [v async for v in aiter], [await v for v in aiter]
async def agen():
    yield 1
