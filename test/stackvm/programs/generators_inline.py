# Generators resumed by FOR_ITER and SEND inside the eval loop (StackVM.enterGenerator):
# every observable behaviour must be genResume's.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


print(list(evens(count(10))), sum(x * x for x in count(5)))


def delegate():
    r = yield from count(3)
    print('delegate got', r)
    r2 = yield from [7, 8]
    print('list delegate', r2)
    return 'outer'


for v in delegate():
    print('v', v)


def stops():
    yield 1
    raise StopIteration('inner')


try:
    for v in stops():
        print('stops', v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__)


def in_handler():
    try:
        raise KeyError('k')
    except KeyError:
        yield 1
        try:
            raise TypeError('in generator')
        except TypeError as e:
            yield repr(e.__context__)
        yield 3
        raise


try:
    raise ValueError('outer')
except ValueError:
    try:
        for v in in_handler():
            try:
                raise IndexError('in loop')
            except IndexError as e:
                print('handler', v, repr(e.__context__))
    except KeyError as e:
        print('reraised', repr(e), repr(e.__context__))
try:
    raise IndexError('after')
except IndexError as e:
    print('after', e.__context__)


def fails(n):
    yield n
    yield 1 // (n - n)


def consumer():
    total = 0
    for v in fails(3):
        total += v
    return total


try:
    consumer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name if hasattr(tb, 'tb_frame') else '?')
        tb = tb.tb_next
    print('ZeroDivisionError', e)


def selfref():
    yield next(g)


g = selfref()
try:
    for v in g:
        pass
except ValueError as e:
    print('ValueError', e)


def accum():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def driver():
    r = yield from accum()
    return r


d = driver()
next(d)
for i in range(5):
    d.send(i)
try:
    d.send(None)
except StopIteration as e:
    print('driver returned', e.value)


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield 'bottom'


print(list(deep(50)))
gen = count(3)
print(next(gen), list(gen), list(gen))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print('closer finally')


c = closer()
for v in c:
    print('closer', v)
    break
c.close()
print('closed')


def ctx_leak():
    try:
        yield 1
    except GeneratorExit:
        print('exit seen')
        raise


x = ctx_leak()
for v in x:
    break
x.close()


def boom():
    yield 1
    raise ValueError('from generator')


def outer():
    for v in boom():
        yield v


for v in outer():
    print('boom', v)
