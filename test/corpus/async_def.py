async def f():
    pass
async def g(a, *, b=1) -> int:
    return await a
@dec
async def h():
    """doc"""
class C:
    async def m(self):
        await self.x
