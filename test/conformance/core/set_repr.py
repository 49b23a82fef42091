# reprs of sets and frozensets (small ints keep a fixed order).
print({1, 2, 3}, frozenset([3, 2, 1]), set(), frozenset(), frozenset({1}))
print({(1, 2)}, [{1}], {frozenset({1})})
print(type({1}).__name__, type(frozenset()).__name__)
