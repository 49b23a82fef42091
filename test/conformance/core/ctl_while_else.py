# while with break, continue and else.
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print('even', n)
else:
    print('no break')
print('n =', n)
k = 3
while k > 0:
    k -= 1
else:
    print('loop ended normally, k =', k)
