a = {k: v for k, v in d.items()}
b = {x: x ** 2 for x in range(5) if x}
c = {k: [v for v in vs] for k, vs in m}
