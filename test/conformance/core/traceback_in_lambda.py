# Uncaught exception in a lambda used as a sort key.
items = ['10', '9', 'x', '1']
print(sorted(items[:2], key=lambda s: int(s)))
print(sorted(items, key=lambda s: int(s)))
