# property() called as a function, with doc.
class C:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 10
    x = property(getx, setx, None, 'the x')
c = C()
c.x = 4
print(c.x, C.x.__doc__, C.x.fget is C.getx)
try:
    del c.x
except AttributeError as e:
    print(e)
