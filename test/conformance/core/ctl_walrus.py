# Assignment expressions.
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long list of', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
it = iter(['a', 'b', ''])
while (s := next(it)):
    print('got', s)
print((z := 5) + z)
