# A generator's gi_frame (coroutine cr_frame, async generator ag_frame): the suspended frame,
# at the def line before it runs and at its yield after, with its locals; None once finished.
def g(a):
    x = a + 1
    yield x
    y = x * 2
    yield y
it = g(1)
f = it.gi_frame
print(type(f).__name__, f.f_code is g.__code__, f.f_lineno, f.f_lasti, sorted(f.f_locals.items()), f.f_back)
next(it)
f = it.gi_frame
print(f.f_lineno, f.f_lasti > 0, sorted(f.f_locals.items()), f.f_globals is globals(), f.f_back)
next(it)
print(it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals.items()))
for _ in it: pass
print(it.gi_frame)
it2 = g(5); it2.close(); print(it2.gi_frame)
async def co(): pass
c = co(); print(c.cr_frame.f_lineno, c.cr_frame.f_code.co_name); c.close(); print(c.cr_frame)
def running():
    print('running', gr.gi_frame.f_lineno, gr.gi_running)
    yield
gr = running(); next(gr)
async def ag():
    yield 1
    yield 2
a = ag()
print(a.ag_frame.f_lineno, a.ag_frame.f_code.co_name)
try:
    a.asend(None).send(None)
except StopIteration as e:
    print('yielded', e.value)
print(a.ag_frame.f_lineno)

# The same frame object while the generator has not moved.
def g2():
    x = 1
    yield x
    x = 2
    yield x
it = g2()
f0 = it.gi_frame
print(f0 is it.gi_frame, f0.f_lineno)
next(it)
f1 = it.gi_frame
print(f1 is it.gi_frame, f1.f_lineno, sorted(f1.f_locals.items()))
next(it)
print(it.gi_frame is it.gi_frame, it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals.items()))
