# functools.partial's instances have a dict, exposed by a '__dict__' descriptor of partial's
# own (CPython's partial_getsetlist): it can be replaced by a dict, not deleted.
import functools

p = functools.partial(max, 1)
d = functools.partial.__dict__['__dict__']
print(type(d).__name__, d.__name__, d.__objclass__ is functools.partial)
print(p.__dict__, vars(p))
p.x = 5
print(p.__dict__)
p.__dict__ = {'y': 2}
print(p.y, hasattr(p, 'x'))
for bad in ("p.__dict__ = 3", "del p.__dict__", "p.__dict__ = None"):
    try:
        exec(bad)
    except TypeError as e:
        print('TypeError', e)
class Q(functools.partial):
    pass
q = Q(min, 3)
q.z = 1
print(q.__dict__, q(2))
