import sys

class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ('sleep', self.tag)
        return got

def run(coro):
    """A tiny event loop: every yielded request is answered with a string."""
    n = 0
    try:
        v = coro.send(None)
        while True:
            n += 1
            v = coro.send(f'answer{n}:{v[1]}')
    except StopIteration as e:
        return e.value

class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        r = await Sleep('enter ' + self.name)
        print('enter', self.name, r)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        r = await Sleep('exit ' + self.name)
        print('exit', self.name, t.__name__ if t else None, v, r)
        return self.swallow

async def agen(n):
    for i in range(n):
        x = await Sleep(f'gen {i}')
        print('gen got', x)
        yield i * 10
    print('gen done')

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with CM('a') as a:
        print('in with', a)
    async with CM('b', swallow=True) as b:
        raise ValueError('boom')
    print('after swallow')
    try:
        async with CM('c') as c:
            raise KeyError('k')
    except KeyError as e:
        print('caught', repr(e))
    async for v in agen(3):
        print('loop', v)
    else:
        print('else ran')
    async for v in AIter(3):
        if v == 2:
            continue
        print('aiter', v)
    total = [x async for x in agen(2)]
    print('comp', total)
    print('gen expr', [y async for y in AIter(4) if y % 2 == 0])
    g = agen(2)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
    print(await g.__anext__())
    print(await g.asend('ignored'))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    g2 = agen(5)
    print(await anext(g2))
    await g2.aclose()
    print(await anext(g2, 'dflt'))
    g3 = agen(5)
    print(await g3.__anext__())
    try:
        await g3.athrow(ValueError('thrown in'))
    except ValueError as e:
        print('athrow propagated', e)
    async def catcher():
        try:
            yield 1
        except ValueError:
            yield 'handled'
        yield 'after'
    g4 = catcher()
    print(await g4.__anext__(), await g4.athrow(ValueError), await g4.__anext__())
    async def ignorer():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g5 = ignorer()
    await g5.__anext__()
    try:
        await g5.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)
    async def bad():
        raise StopAsyncIteration
        yield
    try:
        await bad().__anext__()
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__)
    a = aiter(AIter(2))
    print(await anext(a), await anext(a), await anext(a, 'end'))
    aw = g.__anext__()
    try:
        await aw
    except StopAsyncIteration:
        print('again exhausted')
    try:
        await aw
    except RuntimeError as e:
        print(e)
    return 'main done'

print(run(main()))
for bad_src in ['aiter(1)', 'anext(1)']:
    try:
        eval(bad_src)
    except TypeError as e:
        print('TypeError', e)
async def f1():
    async with 5:
        pass
async def f2():
    async for a in 5:
        pass
class I:
    def __aiter__(self): return 3
async def f3():
    async for a in I(): pass
class J:
    def __aiter__(s): return s
    def __anext__(s): return 3
async def f4():
    async for a in J(): pass
for f in (f1, f2, f3, f4):
    try:
        run(f())
    except TypeError as e:
        print('TypeError', e, repr(e.__cause__))
async def g0():
    yield 1
print(repr(g0()).split(' at ')[0], repr(g0().__anext__()).split(' at ')[0], repr(g0().aclose()).split(' at ')[0])
async def final():
    async for v in AIter(2):
        print(v)
    raise ZeroDivisionError('end of program')
run(final())
