# divmod and % with floats and negative values.
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (1e10, 3.3), (0.3, 0.1), (5, 0.5)):
    print(a, b, divmod(a, b), a % b, a // b)
