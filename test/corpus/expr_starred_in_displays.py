a = [*x]
b = (*x,)
c = {*x}
d = [1, *x, 2, *y]
e = print(*x, sep='')
f = *x, *y
