# Errors during sorting: a failing key, a failing comparison, and a list mutated while sorting.
data = [3, 1, 2]
try:
    data.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print('key failed:', e, data)
mixed = [1, 'a', 2]
try:
    mixed.sort()
except TypeError as e:
    print('compare failed:', e)
print(sorted(mixed, key=str))
victim = [5, 4, 3, 2, 1]
def meddle(x):
    victim.append(x)
    return x
try:
    victim.sort(key=meddle)
except ValueError as e:
    print('ValueError:', e)
print(len(victim) >= 5)
