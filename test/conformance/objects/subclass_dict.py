# Subclassing dict: __missing__, overridden __setitem__, defaults.
class Default(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = Default(a=1)
print(d['a'], d['hello'], d, 'zz' in d, d.get('nope'))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['x'] = 1
u.update(y=2)
print(u, type(u).__name__, isinstance(u, dict), dict(u))
class Counted(dict):
    pass
c = Counted({1: 'a'})
c.extra = 'attr'
print(c, c.extra, c[1], len(c))
