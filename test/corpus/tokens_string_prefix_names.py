rb = 1
br = 2
f = 3
u = 4
r = 5
fr = 6
print(rb, br, f, u, r, fr)
x = rb + br
