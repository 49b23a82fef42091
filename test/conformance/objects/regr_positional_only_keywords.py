# Positional-only parameters passed as keywords: every such name in the message, in order.
def f(a, b, /, c=0):
    return a, b, c
def g(a, b, /, **kw):
    return a, b, kw
calls = [
    lambda: f(1, 2, c=3),
    lambda: f(a=1, b=2),
    lambda: f(1, b=2),
    lambda: f(b=2, a=1, c=3),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, d=4, a=5),
    lambda: f(**{'b': 1, 'a': 2}),
    lambda: g(1, 2, a=3, b=4),
    lambda: f(1, 2, 3, 4),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print('TypeError', e)
class K:
    def m(self, x, /):
        return x
try:
    K().m(x=1)
except TypeError as e:
    print('TypeError', e)
