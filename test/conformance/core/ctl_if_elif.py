# if / elif / else chains and conditional expressions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
print([classify(n) for n in (-5, 0, 3, 99)])
for n in range(4):
    print(n, 'even' if n % 2 == 0 else 'odd', 'big' if n > 2 else 'small' if n > 0 else 'zero')
x = 0
if x:
    print('truthy')
if not x:
    print('falsy')
