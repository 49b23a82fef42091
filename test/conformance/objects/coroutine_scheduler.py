# A round-robin scheduler driving coroutines by hand (no asyncio): tasks await a
# yielding awaitable, exceptions propagate through awaits, results come back as
# StopIteration values, throw() and close() reach the awaiting frame.
class Yield:
    def __await__(self):
        got = yield 'tick'
        return got
class Fail(Exception): pass
async def child(n):
    total = 0
    for i in range(n):
        total += await Yield()
    if total > 100: raise Fail(f'too big: {total}')
    return total
async def task(name, n):
    try:
        r = await child(n)
        return f'{name}: {r}'
    except Fail as e:
        return f'{name} failed ({e})'
def run(coros):
    ready = [(c, None) for c in coros]
    results, step = [], 0
    while ready:
        c, value = ready.pop(0)
        step += 1
        try:
            c.send(value)
        except StopIteration as e:
            results.append(e.value)
            continue
        ready.append((c, step * 10))
    return results
print(run([task('a', 2), task('b', 3), task('c', 5)]))
async def catcher():
    try:
        await Yield()
    except KeyError as e:
        return f'caught {e!r}'
c = catcher(); print(c.send(None)); 
try: c.throw(KeyError('k'))
except StopIteration as e: print(e.value)
async def closer():
    try:
        await Yield()
    finally:
        print('finally on close')
c = closer(); c.send(None); c.close(); print(c.cr_running, c.cr_suspended)
async def nested(d):
    if d == 0: return 0
    return 1 + await nested(d - 1)
c = nested(50)
try: c.send(None)
except StopIteration as e: print('depth', e.value)
n0 = nested(0); print(repr(n0)[:24]); n0.close()
