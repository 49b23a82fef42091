# A slice of a range is a range whose start and stop are the items the slice's clamped start
# and stop would index (range_subscript's compute_slice): range(10)[9:4:-2] is range(9, 4, -2);
# pyvm gave range(9, 3, -2) (the same items, another repr and other .stop).
import itertools
rs = [range(10), range(0), range(20, 1, -4), range(2**70, 2**70 + 50, 7), range(10**20, -10**20, -3 * 10**18)]
idx = [None, 0, 2, -1, -3, 9, 100, -100]
steps = [None, 2, -1, -3]
for r in rs:
    out = []
    for a, b, c in itertools.product(idx, idx, steps):
        s = r[a:b:c]
        if len(r) < 100:
            assert list(s) == list(r)[a:b:c]
        out.append('%s:%s:%s=%d,%d,%d' % (a, b, c, s.start, s.stop, s.step))
    print(r)
    for i in range(0, len(out), 8):
        print(' '.join(out[i:i + 8]))
try:
    range(5)[::0]
except ValueError as e:
    print(e)
print(range(10)[True:False:-1], range(10)[slice(2, None)], range(10)[3:3], range(10)[8:2])
