# Every builtin that iterates accepts any object with __iter__/__next__.
class It:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
pairs = It(('a', 1), ('b', 2))
print(dict(pairs), list(It(3, 1, 2)), tuple(It(1)), set(It(1, 1, 2)) == {1, 2}, frozenset(It(5)))
print(sorted(It(3, 1, 2)), min(It(4, 2, 9)), max(It(4, 2, 9)), sum(It(1, 2, 3)), any(It(0, 1)), all(It(1, 0)))
print('-'.join(It('x', 'y')), list(enumerate(It('p', 'q'))), list(zip(It(1, 2), It(3, 4))), list(map(abs, It(-1, -2))))
print(list(filter(None, It(0, 1, 2))), list(reversed(list(It(1, 2)))), 2 in It(1, 2), 5 in It(1, 2))
a, b = It(10, 20)
first, *rest = It(1, 2, 3)
print(a, b, first, rest, [*It(1, 2), *It(3)], {**dict(It(('k', 'v')))})
lst = [0]
lst.extend(It(1, 2))
lst += It(3)
print(lst, (lambda *a: a)(*It(7, 8)), [x * 2 for x in It(1, 2, 3)], {x: x for x in It(1, 2)})
print(bytes(It(65, 66)), bytearray(It(67)), str.join('', It('a', 'b')), list(iter(It(9))))
