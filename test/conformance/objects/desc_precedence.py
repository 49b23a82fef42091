# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __get__(self, o, t=None):
        return 'data descriptor'
    def __set__(self, o, v):
        print('Data.__set__', v)
class NonData:
    def __get__(self, o, t=None):
        return 'non-data descriptor'
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
print(c.d, c.n)
c.d = 5
print(c.__dict__)
