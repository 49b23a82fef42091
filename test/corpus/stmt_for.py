for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z:
    pass
for x in y:
    a
else:
    b
for x in 1, 2, 3:
    pass
for x.a in y: pass
for x[0] in y: pass
for *a, b in c: pass
