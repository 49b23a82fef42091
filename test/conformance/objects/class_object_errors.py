# object() instances have no __dict__; properties without setter/getter messages.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
class P:
    @property
    def ro(self):
        return 1
    wo = property(None, lambda self, v: None)
p = P()
try:
    p.ro = 2
except AttributeError as e:
    print(e)
try:
    p.wo
except AttributeError as e:
    print(e)
try:
    del p.ro
except AttributeError as e:
    print(e)
