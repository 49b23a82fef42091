f = lambda x: x if x else -x
g = (lambda: 1) if c else (lambda: 2)
h = [lambda: i for i in range(3)]
