# Float reprs over many magnitudes.
x = 1.0
for _ in range(25):
    print(x, -x / 3)
    x *= 37.5
y = 1.0
for _ in range(25):
    y /= 13
    print(y)
