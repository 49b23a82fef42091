def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
total = 0
for i in range(200):
    if i % 3 == 0:
        total += i
    elif i % 5 == 0:
        total -= 1
print(total, fib(15))
def kw(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6, f=7))
print([x * y for x in range(4) for y in range(3) if x != y])
print({k: v for k, v in zip('abc', range(3))}, {x % 3 for x in range(10)})
a, *b, c = range(6)
print(a, b, c)
i = 0
while i < 10:
    i += 1
    if i == 7:
        break
else:
    print('no break')
print(i)
