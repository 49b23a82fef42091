# Rich comparisons, reflection of comparisons, and their use by sorted/min/max.
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'Ver(' + '.'.join(map(str, self.parts)) + ')'
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
vs = [Ver('1.10'), Ver('1.2'), Ver('1.2.1'), Ver('0.9')]
print(sorted(vs), min(vs), max(vs))
print(Ver('1.0') < Ver('1.1'), Ver('2.0') > Ver('1.1'), Ver('1.0') >= Ver('1.0'), Ver('1') != Ver('1'))
class Only:
    pass
try:
    Only() < Only()
except TypeError as e:
    print(e)
