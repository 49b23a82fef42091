x = [y for i in range(3) if (y := i * 2) > 1]
z = {(w := k): v for k, v in d}
print([last := i for i in range(5)], last)
