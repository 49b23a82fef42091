# A float-heavy loop: numeric integration and Newton's method.
def integrate(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(integrate(lambda x: x * x, 0.0, 1.0, 1000))
def newton_sqrt(v):
    x = v
    for _ in range(30):
        x = (x + v / x) / 2
    return x
print(newton_sqrt(2.0), newton_sqrt(1e10), newton_sqrt(0.25))
acc = 0.0
for i in range(1, 10001):
    acc += 1.0 / (i * i)
print(acc)
