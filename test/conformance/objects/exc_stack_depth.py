# Exceptions raised while many values are on the stack; handlers see a clean stack each time.
def boom(x):
    if x % 3 == 0:
        raise ValueError(x)
    return x
def collect(n):
    out = []
    for i in range(n):
        try:
            out.append((i, [boom(i), boom(i + 1), boom(i + 2)], {'k': boom(i)}, boom(i) + boom(i + 1) * 2))
        except ValueError as e:
            out.append(('err', e.args[0]))
    return out
print(collect(7))
def nested_calls(i):
    try:
        return max(1, min(2, abs(boom(i)), 3), sum([boom(i + 1), 4]))
    except ValueError:
        return 'caught at depth'
print([nested_calls(i) for i in range(6)])
res = []
for i in range(5):
    try:
        res.append(f'{i}:{boom(i)}:{[boom(j) for j in range(i, i + 2)]}')
    except ValueError as e:
        res.append(f'E{e}')
print(res)
