# __contains__ decides `in`; falls back to __iter__.
class Evens:
    def __contains__(self, x):
        print('checking', x)
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class It:
    def __iter__(self):
        yield from [1, 2, 3]
print(2 in It(), 5 in It())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(e)
