# Coroutines driven by hand: await on coroutines, on objects with __await__ (and its
# errors), reuse of a finished coroutine, coroutine_wrapper, cr_* attributes, PEP 479's
# RuntimeError, and a coroutine that is not an iterator; against CPython.
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__ + ":", e)
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield ('sleep', self.n)
        return r
async def worker(name, n):
    total = 0
    for i in range(n):
        got = await Sleep(i)
        total += got
    return f'{name} done {total}'
async def main():
    a = await worker('a', 2)
    return a
c = main()
print(type(c).__name__, repr(c)[:22])
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print('result', e.value)
async def noop(): return 5
async def aw(x): return await x
def drive(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
t(lambda: drive(aw(3)))
class BadAwait:
    def __await__(self): return 3
t(lambda: drive(aw(BadAwait())))
class CoroAwait:
    made = []
    def __await__(self):
        c = noop(); CoroAwait.made.append(c); return c
t(lambda: drive(aw(CoroAwait())))
class GoodAwait:
    def __await__(self): return iter([1, 2])
t(lambda: drive(aw(GoodAwait())))
t(lambda: drive(aw(noop())))
c = noop(); t(lambda: drive(c)); t(lambda: drive(c)); t(lambda: c.send(None))
c5 = noop(); t(lambda: next(c5)); t(lambda: iter(c5)); t(lambda: list(c5)); c5.close()
for c in CoroAwait.made: c.close()
c2 = noop(); t(lambda: c2.send(1)); t(lambda: c2.close()); t(lambda: c2.send(None))
async def raiser(): raise StopIteration(7)
t(lambda: drive(raiser()))
c3 = noop(); w = c3.__await__(); t(lambda: type(w).__name__); t(lambda: next(w))
c4 = noop(); t(lambda: (c4.cr_running, c4.cr_await, c4.cr_code.co_name, c4.__name__, c4.__qualname__)); c4.close()
async def inner_wait():
    return await GoodAwait()
async def outer(): 
    c = inner_wait()
    r = await c
    return r
t(lambda: drive(outer()))
async def twice():
    c = noop()
    await c
    await c
t(lambda: drive(twice()))
t(lambda: type(noop).__name__)
