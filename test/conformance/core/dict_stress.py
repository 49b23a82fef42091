# Many dict inserts, deletes, updates and re-inserts (a fixed LCG); order and contents checked.
state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
d = {}
shadow = []
for step in range(3000):
    k = rnd(200)
    key = k if k % 3 else f'k{k}'
    op = rnd(10)
    if op < 5:
        if key not in d:
            shadow.append(key)
        d[key] = step
    elif op < 8:
        if key in d:
            del d[key]
            shadow.remove(key)
    else:
        d.pop(key, None)
        if key in shadow:
            shadow.remove(key)
    if step % 500 == 0:
        print(step, len(d), list(d)[:8])
print(list(d) == shadow, len(d), sum(v for v in d.values()))
print(list(d.items())[-5:])
s = set()
for step in range(2000):
    v = rnd(300)
    if rnd(2):
        s.add(v)
    else:
        s.discard(v)
print(len(s), sorted(s)[:10], sum(s))
