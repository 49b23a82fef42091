# Zero-argument super()'s errors are RuntimeErrors with CPython's messages on both VMs
# (super_init_without_args): no arguments, no __class__ cell, an empty cell, a deleted arg[0].
def plain(self):
    return super()

def noargs():
    return super()

def star(*args):
    return super()

class A:
    def deleted(self):
        del self
        return super()
    def early(self):
        return super()
    try:
        early(0)
    except RuntimeError as e:
        print('in body:', type(e).__name__, e)

cases = [lambda: super(), lambda: plain(1), noargs, lambda: star(1), lambda: A().deleted()]
for c in cases:
    try:
        r = c()
        print('ok', type(r).__name__)
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
print(type(A().early()).__name__)
