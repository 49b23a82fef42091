# Many generators alive at once, interleaved with zip and round-robin scheduling.
def worker(name, n):
    for i in range(n):
        yield f'{name}{i}'
tasks = [worker(c, k) for c, k in zip('abcd', (3, 1, 4, 2))]
out = []
while tasks:
    t = tasks.pop(0)
    try:
        out.append(next(t))
        tasks.append(t)
    except StopIteration:
        pass
print(out)
gens = [(i * j for j in range(3)) for i in range(4)]
print([list(g) for g in gens])
