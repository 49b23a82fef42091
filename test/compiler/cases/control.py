def f(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 and i or not n:
            continue
        elif i > 100:
            break
        total += i
    else:
        total = -total
    while total > 10:
        total //= 2
        if total == 13:
            break
    else:
        pass
    return total if total else None
def chains(a, b, c):
    if a < b < c:
        return 1
    x = a == b != c
    return x or (a and b) or not c
def const_conditions():
    if 0:
        print("never")
    while True:
        return 1
