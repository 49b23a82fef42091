def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(2), c())
adders = [lambda x, i=i: x + i for i in range(3)]
