inventory = {}
for item in ['apple', 'pear', 'apple', 'fig', 'pear', 'apple']:
    inventory[item] = inventory.get(item, 0) + 1
print(inventory, sorted(inventory.items(), key=lambda kv: -kv[1]))
del inventory['fig']
print('fig' in inventory, list(inventory.keys()), sum(inventory.values()))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a & b, a | b, a - b, a ^ b, a <= {1, 2, 3, 4, 5})
pairs = {(x, y): x * y for x in range(3) for y in range(3)}
print(pairs[(2, 2)], len(pairs), min(pairs, key=lambda p: pairs[p] - p[0]))
d = dict(zip('abc', range(3)))
d.update(x=9)
print(d, d.pop('a'), d.setdefault('z', 0), d)
