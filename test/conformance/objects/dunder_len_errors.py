# __len__ returning a non-int, and len of objects without __len__.
class L:
    def __len__(self):
        return 'three'
try:
    len(L())
except TypeError as e:
    print(e)
class Big:
    def __len__(self):
        return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print(e)
class N:
    pass
len(N())
