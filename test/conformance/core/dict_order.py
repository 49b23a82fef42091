# Insertion order is kept; re-assigning keeps position, delete+insert moves to end.
d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d)
d['a'] = 100
print(list(d))
del d['z']
d['z'] = -1
print(list(d.items()))
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
