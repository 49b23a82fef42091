# Big ints: factorial and fibonacci grow past any machine word.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(52))
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)
print(len(str(fact(100))))
print(fact(25) // fact(23))
