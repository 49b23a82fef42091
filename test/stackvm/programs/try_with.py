class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, *exc):
        print('close', self.name, exc[0].__name__ if exc[0] else None)
        return False
def work(fail):
    with Res('a') as a, Res('b'):
        if fail:
            raise ValueError('bad')
        return a.name
for fail in (False, True):
    try:
        print(work(fail))
    except ValueError as e:
        print('error', e)
    finally:
        print('done', fail)
def loop():
    out = []
    for i in range(6):
        try:
            if i % 2:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(loop())
