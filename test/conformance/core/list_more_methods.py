# list: sort stability with many keys, index with ranges, comparisons of nested lists.
records = [('bob', 3), ('amy', 1), ('cat', 3), ('dan', 2), ('eve', 1)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: r[0], reverse=True)
print(records)
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, 1, 5))
print([[1, 2], [1]] < [[1, 2], [2]], [1, [2, 3]] == [1, [2, 3]], [0] * 0, [] * 5)
a.sort(key=lambda v: -v)
print(a, sorted(a) is a, list(reversed(a)))
