# StopIteration.value and SystemExit.code are set by __init__: a subclass that does not call it has None; both assignable; the exit status follows code.
class MyStop(StopIteration):
    def __init__(self, v): self.v = v
print(MyStop(3).value, MyStop(3).args)
class MyExit(SystemExit):
    def __init__(self, v): pass
print(MyExit(3).code, MyExit(3).args)
e = StopIteration(1, 2); print(e.value); e.value = 5; print(e.value, e.args)
e = SystemExit(1, 2); print(e.code); e.code = 7; print(e.code, e.args)
print(SystemExit().code, StopIteration().value)
def g():
    yield 1
    return 'ret'
def h():
    r = yield from g()
    print('got', r)
print(list(h()))
it = g(); next(it)
try: next(it)
except StopIteration as e: print('value', e.value, e.args)
class S2(StopIteration):
    pass
def d2():
    class I2:
        def __iter__(self): return self
        def __next__(self): raise S2('v2')
    r = yield from I2()
    print('d2', r)
print(list(d2()))
try:
    raise SystemExit(3)
except SystemExit as e:
    e.code = 4
    print(e.code)
class Quit(SystemExit):
    def __init__(self):
        pass
raise Quit()
