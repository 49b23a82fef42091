# Interleaving of producers and consumers shows lazy evaluation.
def produce(tag, n):
    for i in range(n):
        print(f'{tag} produces {i}')
        yield i
for a, b in zip(produce('A', 3), produce('B', 2)):
    print('pair', a, b)
print(list(map(lambda v: v * 10, produce('C', 2))))
