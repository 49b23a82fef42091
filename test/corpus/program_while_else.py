n = 10
while n > 0:
    n -= 3
    if n == 4:
        break
else:
    print('exhausted', n)
print('n =', n)
