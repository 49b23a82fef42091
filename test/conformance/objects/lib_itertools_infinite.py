# itertools.count, cycle, repeat with islice and zip.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)), list(repeat('x', 3)), list(zip(range(3), repeat(0))))
print(list(map(pow, range(5), repeat(2))))
