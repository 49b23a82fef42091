# TypeErrors from calling methods with wrong arguments, and unbound method calls.
class K:
    def m(self, a):
        return a
    @staticmethod
    def s():
        return 's'
k = K()
for c in (lambda: k.m(), lambda: k.m(1, 2), lambda: K.m(1), lambda: K.s(1), lambda: k.m(a=1, b=2),
          lambda: str.upper(), lambda: str.upper(5), lambda: list.append([], 1, 2)):
    try:
        print(c())
    except TypeError as e:
        print(e)
print(K.m(k, 'unbound ok'), str.upper('direct'))
