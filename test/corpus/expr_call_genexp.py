sum(x for x in y)
f(x for x in y if x)
f((x for x in y), 1)
any(a == b for a, b in zip(c, d))
