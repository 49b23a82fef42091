a = b, c = d, *e = f
x[0] = y.z = w = 1
