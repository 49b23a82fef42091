# Truth testing through __bool__ and __len__.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class No:
    def __bool__(self):
        return False
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Full()), bool(No()), bool(Both()), len(Full()), not Empty())
if not No():
    print('No() is falsy')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
