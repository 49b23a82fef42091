async def f():
    a = [x async for x in y]
    b = {x async for x in y if x}
    c = {k: v async for k, v in d}
    e = (x async for x in y)
    g = [x for y in z async for x in y]
    h = [await x for x in y]
