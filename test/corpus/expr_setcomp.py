a = {x for x in y}
b = {x % 3 for x in range(10) if x}
c = {(a, b) for a in x for b in y}
