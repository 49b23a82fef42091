# collections.deque: appends and pops at both ends, maxlen, rotate.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1])
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, list(b), b.maxlen, 4 in b)
print(deque('abc'), deque(), deque(reversed([1, 2])))
try:
    deque().pop()
except IndexError as e:
    print(e)
