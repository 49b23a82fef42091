# IndexError and ValueError from lists.
a = [1, 2, 3]
try:
    a[3]
except IndexError as e:
    print(e)
try:
    a.pop(10)
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    a.remove(7)
except ValueError as e:
    print(e)
try:
    a.index(7)
except ValueError as e:
    print(e)
a[5] = 1
