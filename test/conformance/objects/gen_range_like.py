# A generator reimplementing range with negative steps and a class-based iterator twin.
def frange(start, stop, step):
    x = start
    while (step > 0 and x < stop) or (step < 0 and x > stop):
        yield x
        x += step
print(list(frange(0, 1, 0.25)), list(frange(5, 0, -2)), list(frange(0, 0, 1)))
class Frange:
    def __init__(self, *a):
        self.a = a
    def __iter__(self):
        return frange(*self.a)
r = Frange(1, 2, 0.5)
print(list(r), list(r), sum(Frange(0, 10, 1)))
