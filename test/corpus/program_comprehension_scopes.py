x = 10
ys = [x for x in range(3)]
print(x, ys)
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
