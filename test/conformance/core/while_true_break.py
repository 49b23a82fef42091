# while True loops ended with break and return.
def first_square_over(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            return n
i = 0
while True:
    i += 3
    if i > 20:
        break
print(i, first_square_over(1000), first_square_over(10 ** 8))
