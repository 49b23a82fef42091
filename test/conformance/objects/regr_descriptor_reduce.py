# method, slot-wrapper and member descriptors reduce to getattr(class, name) (copy and pickle
# use it); classmethod and getset descriptors cannot be pickled in 3.11
import copy


class S:
    __slots__ = ('a',)


class P:
    def __init__(self):
        pass


descrs = [str.lower, list.append, dict.fromkeys, dict.__dict__['fromkeys'], int.real,
          object.__init__, int.__add__, S.a, P.__init__, type.__dict__['__name__'], str.__dict__['maketrans'],
          BaseException.args, float.__dict__['fromhex'], bytes.hex]
for d in descrs:
    try:
        r = d.__reduce__()
        print(type(d).__name__, r[0].__name__, r[1][0].__name__, r[1][1], copy.deepcopy(d) is d or copy.deepcopy(d) == d)
    except Exception as e:
        print(type(d).__name__, type(e).__name__, e)
for d in (str.lower, object.__init__, S.a):
    r = d.__reduce_ex__(2)
    print(r[0].__name__, r[1][1], getattr(*r[1]) is d)
print(copy.deepcopy({'f': str.upper})['f']('abc'), copy.copy([S.a])[0] is S.a)
