class A:
    def __await__(self): return self
    def __next__(self): raise StopIteration(5)
async def f():
    return await A()
try:
    f().send(None)
except StopIteration as e:
    print('value', e.value)
