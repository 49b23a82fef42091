# sorted with a key that fails, and with keyword-only arguments misused.
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print(e)
try:
    sorted([1, None, 2])
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=lambda x: -x), sorted([], reverse=True))
[2, 1].sort(key=1)
