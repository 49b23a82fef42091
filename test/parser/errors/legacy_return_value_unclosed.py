async def f():
    return awai{t A()
