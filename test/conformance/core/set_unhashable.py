# A list cannot go into a set.
s = {1}
try:
    s.add([2])
except TypeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
{[1, 2]}
