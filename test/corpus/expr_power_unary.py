a = -x ** 2
b = (-x) ** 2
c = x ** -y
d = -x ** -y ** z
e = ~x ** 2
f = 2 ** ~x
