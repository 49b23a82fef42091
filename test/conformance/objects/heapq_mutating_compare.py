# heapq with comparisons that run Python code changing the heap (CPython's _heapq checks the
# list's size after each comparison: RuntimeError), and the ordinary results.
import heapq, random

rng = random.Random(3)
for trial in range(5):
    data = [rng.randrange(100) for _ in range(rng.randrange(40))]
    h = []
    for x in data:
        heapq.heappush(h, x)
    print(h)
    out = [heapq.heappop(h) for _ in range(len(h))]
    print(out == sorted(data))
    h2 = data[:]
    heapq.heapify(h2)
    print(h2)
    if h2:
        print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, 7), h2)
print(heapq.heappushpop([], 3))
for f, args in ((heapq.heappop, ([],)), (heapq.heapreplace, ([], 1))):
    try:
        f(*args)
    except IndexError as e:
        print('IndexError', e)

class EvilClear:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v
    def __lt__(self, other):
        self.heap.clear()
        return NotImplemented if False else self.v < getattr(other, 'v', other)

heap = []
heap.extend(EvilClear(heap, i) for i in range(10))
for f, args in ((heapq.heappop, (heap,)), (heapq.heapify, (heap,))):
    try:
        f(*args)
        print('no error', len(heap))
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
    heap[:] = [EvilClear(heap, i) for i in range(10)]

class EvilAppend:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v
    def __lt__(self, other):
        self.heap.append(0)
        return self.v < other.v
heap2 = []
heap2.extend(EvilAppend(heap2, i) for i in (5, 3, 8, 1))
try:
    heapq.heappush(heap2, EvilAppend(heap2, 0))
except RuntimeError as e:
    print('RuntimeError', e)
h3 = [EvilClear([], 1)]
h3[0].heap = h3
try:
    print(heapq.heappushpop(h3, EvilClear(h3, 5)))
except IndexError as e:
    print('IndexError', e)
