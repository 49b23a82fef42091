import contextlib

class Resource:
    def __init__(self, name):
        self.name = name
        self.log = []

    @contextlib.contextmanager
    def opened(self, mode, *, tag=None):
        """Open the resource."""
        self.log.append(('open', mode, tag))
        try:
            yield self
        finally:
            self.log.append('close')

    @classmethod
    @contextlib.contextmanager
    def made(cls, name):
        yield cls(name)

    @staticmethod
    @contextlib.contextmanager
    def plain(x):
        yield x * 2

r = Resource('r')
with r.opened('w', tag=1) as got:
    print(got is r, got.name)
print(r.log)
with Resource.made('m') as m:
    print(type(m).__name__, m.name)
with Resource.plain(21) as v:
    print(v)
print(Resource.opened.__name__, Resource.opened.__qualname__, Resource.opened.__doc__, Resource.opened.__wrapped__.__name__)
print(type(Resource.__dict__['opened']).__name__, callable(r.opened))

@contextlib.contextmanager
def suppressing():
    try:
        yield
    except KeyError as e:
        print('caught', repr(e))

with suppressing():
    raise KeyError('k')
print(suppressing.__name__)
try:
    with r.opened('r'):
        raise ValueError('inside')
except ValueError as e:
    print('propagated', e, r.log[-1])
