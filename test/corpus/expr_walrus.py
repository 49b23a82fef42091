if (n := 10) > 5:
    pass
while (line := f()):
    pass
print(y := 1)
z = [y := 2, y ** 2]
w = [j for i in range(3) if (j := i)]
