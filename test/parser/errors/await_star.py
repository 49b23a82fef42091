async def f():
    await *x
