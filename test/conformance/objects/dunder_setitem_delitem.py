# __setitem__ and __delitem__, including slices.
class Log:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
l = Log()
l['a'] = 1
l[1:2] = 'slice'
l[1, 2] = 'tuple'
print(l['a'], l[1, 2])
del l['a']
del l[1:2]
print(l.d)
l['a'] += 5 if False else 0
