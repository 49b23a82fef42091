x = 1if y else 2
z = [0for _ in r]
w = 1or 2
v = 1.5and 3
u = 1in x
t = 2is 2
s = 3not in x
