def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(take(5, naturals())))
squares = (n * n for n in naturals())
