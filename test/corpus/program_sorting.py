def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])

data = [5, 3, 8, 1, 9, 2]
print(quicksort(data), sorted(data, reverse=True))
