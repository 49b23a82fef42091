# A formatted table with alignment and number formats.
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 12.125)]
print(f"{'name':<10}|{'qty':>5}|{'price':>8}")
print('-' * 25)
for name, qty, price in rows:
    print(f'{name:<10}|{qty:>5d}|{price:>8.2f}')
total = sum(q * p for _, q, p in rows)
print(f"{'total':<10}|{'':>5}|{total:>8.2f}")
print('{:=^25}'.format(' end '))
