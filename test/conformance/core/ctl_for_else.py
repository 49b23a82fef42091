# for-else: else runs only when the loop did not break.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
for i in []:
    print('never')
else:
    print('empty loop else')
for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=' ')
print()
