# array takes an int subclass's int value as an index or item (PyNumber_Index), never its
# __int__ (which _index called) or its __index__.
import array
class I(int):
    def __index__(self): return 99
    def __int__(self): return 7
    def __lt__(self, o): return True
i = I(1)
a = array.array('b', [1, 2, 3])
print(a[i], a.pop(i), a)
a.append(I(100)); a[i] = I(5); a.insert(I(0), I(9)); print(a)
class J:
    def __index__(self): return 2
a[J()] = J(); print(a, a[J()])
try: a.append(I(300))
except OverflowError as e: print('OE', e)
try: a.append(1.5)
except TypeError as e: print('TE', e)
