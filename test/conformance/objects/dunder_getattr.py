# __getattr__ is called only for missing attributes; __getattribute__ for all.
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print('forwarding', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
class Dyn:
    x = 1
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:]
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Dyn()
print(d.x, d.get_thing(), hasattr(d, 'other'), getattr(d, 'other', 'dflt'))
class Spy:
    def __getattribute__(self, name):
        print('lookup', name)
        return object.__getattribute__(self, name)
    def m(self):
        return 'm'
s = Spy()
s.v = 1
print(s.v, s.m())
d.missing
