# Many list operations (insert, pop, slices, sort, reverse) on a fixed pseudo-random sequence.
state = 5
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
a = []
for step in range(2000):
    op = rnd(9)
    if op == 0:
        a.append(rnd(1000))
    elif op == 1 and a:
        a.pop(rnd(len(a)))
    elif op == 2:
        a.insert(rnd(len(a) + 1) - 1, step)
    elif op == 3:
        i = rnd(len(a) + 1)
        a[i:i] = [rnd(50) for _ in range(rnd(4))]
    elif op == 4 and len(a) > 3:
        i = rnd(len(a))
        del a[i:i + rnd(3)]
    elif op == 5:
        a.extend(range(rnd(3)))
    elif op == 6 and a:
        a[rnd(len(a))] = -step
    elif op == 7 and step % 97 == 0:
        a.sort()
    elif op == 8 and step % 89 == 0:
        a.reverse()
    if step % 400 == 0:
        print(step, len(a), a[:6], a[-3:])
print(len(a), sum(a), a.count(0), sorted(a)[:10], a[::max(1, len(a) // 8)])
