# zip(strict=True) raises on unequal lengths.
print(list(zip([1, 2], 'ab', strict=True)))
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print(e)
list(zip('a', [1, 2], strict=True))
