# Generators as methods of classes composed into a processing pipeline.
class Source:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d
class Filter:
    def __init__(self, src, pred):
        self.src, self.pred = src, pred
    def __iter__(self):
        return (x for x in self.src if self.pred(x))
class Map:
    def __init__(self, src, f):
        self.src, self.f = src, f
    def __iter__(self):
        for x in self.src:
            yield self.f(x)
p = Map(Filter(Source(range(20)), lambda x: x % 3 == 0), lambda x: x * x)
print(list(p), list(p), sum(p))
