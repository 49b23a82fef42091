# with statements inside generators and functions that return from inside with.
class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit')
def g():
    with CM():
        yield 1
        yield 2
    yield 'after'
print(list(g()))
def h():
    for i in range(3):
        with CM():
            if i == 1:
                return i
print(h())
