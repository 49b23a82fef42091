# dict_keys and dict_items set operators take any iterable on either side (CPython's dictviews_sub
# and friends: set(self) then the set method); dict_values has none.
d = {"a": 1, "b": 2}
print(sorted(d.keys() - ["a"]), sorted(d.keys() | ["z"]), sorted(d.keys() & ("b", "q")), sorted(d.keys() ^ ["a", "c"]))
print(sorted(d.items() - [("a", 1)]), sorted(d.items() | {("c", 3)}), sorted(d.keys() - iter("a")))
print(sorted(["x", "a"] - d.keys()), sorted(("b",) | d.keys()), sorted({"a": 0}.keys() & d.keys()))
for bad in [lambda: d.keys() - 5, lambda: 5 - d.keys(), lambda: d.keys() | None, lambda: d.values() - ["a"]]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
