async def f():
    async for x in y:
        pass
    async for a, b in c:
        pass
    else:
        pass
    async with a:
        pass
    async with a as b, c as (d, e):
        pass
    async with (a as b, c):
        pass
