# Common loop patterns: running max, counting, flags, nested accumulation.
data = [3, -1, 4, 1, -5, 9, 2, -6, 5, 3]
best = data[0]
pos = neg = 0
running = []
total = 0
for x in data:
    if x > best:
        best = x
    if x >= 0:
        pos += 1
    else:
        neg += 1
    total += x
    running.append(total)
print(best, pos, neg, running)
max_run = cur = 0
for x in data:
    cur = max(0, cur + x)
    max_run = max(max_run, cur)
print(max_run)
