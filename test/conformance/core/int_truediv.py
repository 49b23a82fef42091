# True division of ints is correctly rounded, also for big ints.
print(1 / 3, 2 / 3, 10 / 4, -1 / 3)
print(10 ** 20 / 10 ** 10, 2 ** 60 / 3)
print((10 ** 30) / 7)
print(7 / 7, 0 / 5, type(4 / 2).__name__)
print(1 / 2 ** 60)
