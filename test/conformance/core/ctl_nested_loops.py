# Nested loops with break/continue affecting only the inner loop.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print((i, j), end=' ')
    print('| row', i)
total = 0
for i in range(100):
    for j in range(100):
        total += i ^ j
print(total)
