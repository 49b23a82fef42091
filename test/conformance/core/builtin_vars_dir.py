# vars() and dir() on objects and modules.
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p), sorted(vars(P).keys() & {'cls_attr', '__init__'}))
print([n for n in dir(p) if not n.startswith('__')])
print('append' in dir([]), 'upper' in dir(''), '__add__' in dir(1))
try:
    vars(5)
except TypeError as e:
    print(e)
