# Objects whose repr names their address: the part before it, and that an address follows.
import itertools, functools

@functools.lru_cache
def cached(x):
    return x

for obj in (itertools.takewhile(bool, []), itertools.dropwhile(bool, []), itertools.cycle([1]),
            itertools.chain([1]), itertools.islice([], 1), cached, object()):
    r = repr(obj)
    head, sep, tail = r.partition(' at 0x')
    print(head, bool(sep), tail.endswith('>'))
