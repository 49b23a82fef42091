# round of ints with ndigits returns ints; round on bool.
print(round(15, -1), round(25, -1), round(-15, -1), round(5, 2), round(True), round(123, 0))
print(type(round(5, 2)).__name__, round(0.5 + 2), round(-2.5), round(99.995, 2))
