# Floor division and modulo signs, divmod on ints and floats.
for a in (7, -7):
    for b in (3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(10 ** 20, 7))
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -0.0 % 5)
