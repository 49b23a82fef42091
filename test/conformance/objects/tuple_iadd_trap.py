# t[0] += [1] mutates the list and then fails to assign into the tuple.
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
class Holder:
    def __init__(self):
        self.items = []
h = Holder()
h.items += [1, 2]
h.items += (3,)
print(h.items)
