# Functions are descriptors: __get__ binds them.
def hello(self):
    return 'hello ' + self.name
class P:
    name = 'p'
bound = hello.__get__(P(), P)
print(bound(), type(bound).__name__)
P.hi = hello
print(P().hi(), P.hi is hello)
sm = staticmethod(hello)
print(sm.__get__(None, P) is hello)
