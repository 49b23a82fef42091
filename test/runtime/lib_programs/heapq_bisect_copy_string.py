# heapq, bisect, copy, string, operator and contextlib through the VM
import heapq, bisect, copy, string, operator
from contextlib import contextmanager, suppress
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 3, 8, 2]
heapq.heapify(data); print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 8]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len), list(heapq.merge([1, 4, 7], [2, 5, 8])))
tasks = []
heapq.heappush(tasks, (2, 'write')); heapq.heappush(tasks, (1, 'plan')); heapq.heappush(tasks, (2, 'test'))
print([heapq.heappop(tasks) for _ in range(3)])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a, bisect.bisect_left(a, 4, 2, 4))
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
n = Node(1, [Node(2), Node(3)])
s, d = copy.copy(n), copy.deepcopy(n)
n.kids[0].v = 99
print(s, d, s.kids is n.kids, d.kids is n.kids)
nested = [[1, 2], {'k': [3]}, (4, [5])]
dc = copy.deepcopy(nested); nested[0].append(0); nested[1]['k'].append(0); nested[2][1].append(0)
print(nested, dc, copy.copy(nested)[0] is nested[0])
cyc = [1]; cyc.append(cyc); c2 = copy.deepcopy(cyc); print(c2[1] is c2, c2[0])
print(string.ascii_letters, string.digits, string.punctuation, string.capwords(' hello   world '), len(string.printable))
print(operator.itemgetter(2)('abcd'), operator.attrgetter('v')(n), operator.methodcaller('upper')('x'), operator.itemgetter(1, 0)([7, 8]))
@contextmanager
def ctx(x):
    print('enter', x)
    yield x * 2
    print('exit', x)
with ctx(21) as v:
    print('body', v)
with suppress(KeyError):
    {}['missing']
print('after suppress')
