def f(x):
    try:
        return 10 / x
    except ZeroDivisionError as e:
        print('zde', e)
        return None
    finally:
        print('finally', x)
print(f(2), f(0))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    try:
        raise MyErr(7)
    except MyErr as e:
        print('got', e, e.code, e.args)
        raise KeyError('k') from e
except KeyError as e:
    print(repr(e), type(e.__cause__).__name__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(e, type(e.__context__).__name__, e.__suppress_context__)
class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return t is KeyError
with CM() as cm:
    print('body')
with CM():
    raise KeyError('swallowed')
for i in range(3):
    try:
        if i == 1:
            continue
        print('i', i)
    finally:
        print('fin', i)
def nested():
    try:
        raise ValueError('inner')
    except ValueError:
        raise
try:
    nested()
except ValueError as e:
    print('reraised', e)
try:
    assert 1 > 2, 'math'
except AssertionError as e:
    print('assert', e)
raise MyErr(3) from None
