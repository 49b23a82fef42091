# Loop variables survive the loop; tuple targets; loops over dict items.
for i in range(5):
    pass
print(i)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
d = {'x': 1, 'y': 2}
for k, v in d.items():
    print(k, v)
for i, ch in enumerate('hey'):
    pass
print(i, ch)
