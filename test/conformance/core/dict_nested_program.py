# Nested dicts and lists: an inventory report.
inventory = {
    'fruit': {'apple': 3, 'pear': 0, 'fig': 12},
    'veg': {'kale': 1, 'leek': 4},
    'empty': {},
}
for cat, items in inventory.items():
    in_stock = {k: v for k, v in items.items() if v}
    print(f'{cat:>6}: {len(items)} kinds, {sum(items.values())} units, in stock {sorted(in_stock)}')
flat = [(cat, name, n) for cat, items in inventory.items() for name, n in items.items()]
print(sorted(flat, key=lambda t: (-t[2], t[1]))[:3])
print(max(inventory, key=lambda c: len(inventory[c])), inventory['fruit'].get('kiwi', 'none'))
