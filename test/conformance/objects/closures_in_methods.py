# Closures created in methods capture self and loop variables; bound methods stored in lists.
class Counter:
    def __init__(self):
        self.n = 0
    def makers(self):
        fs = []
        for step in (1, 10, 100):
            def add(step=step):
                self.n += step
                return self.n
            fs.append(add)
        return fs
c = Counter()
fs = c.makers()
print([f() for f in fs], fs[0](), c.n)
methods = [Counter().makers for _ in range(2)]
print(len(methods[0]()), methods[0].__self__ is not methods[1].__self__)
