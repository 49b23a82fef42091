async def f():
    x = await y
    z = await a.b(c)[0]
    w = -await v
    u = await t ** 2
    return [await q for q in r], await (await s)
