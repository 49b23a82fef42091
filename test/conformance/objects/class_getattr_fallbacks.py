# AttributeError from a property is turned into a __getattr__ call.
class W:
    @property
    def broken(self):
        raise AttributeError('inner failure')
    def __getattr__(self, name):
        return f'fallback for {name}'
w = W()
print(w.broken, w.anything)
class X:
    @property
    def p(self):
        return self.missing_attr
try:
    X().p
except AttributeError as e:
    print(e)
