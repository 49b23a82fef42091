# sorting: quicksort, merge sort, heap sort and insertion sort written in Python on
# pseudo-random lists, checked against sorted(); list indexing, slicing and comparisons.
# bench: quick=600 full=130000
import sys


def lcg_list(n, seed):
    out = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        out.append(s % 100000)
    return out


def quicksort(a, lo, hi):
    while lo < hi:
        pivot = a[(lo + hi) // 2]
        i = lo
        j = hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        # Recurse into the smaller half, loop on the larger one.
        if j - lo < hi - i:
            quicksort(a, lo, j)
            lo = i
        else:
            quicksort(a, i, hi)
            hi = j


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def sift_down(a, start, end):
    root = start
    while 2 * root + 1 <= end:
        child = 2 * root + 1
        if child + 1 <= end and a[child] < a[child + 1]:
            child += 1
        if a[root] < a[child]:
            a[root], a[child] = a[child], a[root]
            root = child
        else:
            return


def heap_sort(a):
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift_down(a, start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end - 1)


def insertion_sort(a):
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x


def main(n):
    data = lcg_list(n, 7)
    expected = sorted(data)
    a = list(data)
    quicksort(a, 0, len(a) - 1)
    b = merge_sort(data)
    c = list(data)
    heap_sort(c)
    small = data[:min(n, 300)]
    d = list(small)
    insertion_sort(d)
    ok = a == expected and b == expected and c == expected and d == sorted(small)
    by_key = sorted(data, key=lambda v: (v % 10, -v))
    h = 0
    for v in by_key:
        h = (h * 31 + v) % 1000000007
    print("sorting", n, "ok", ok)
    print("checksum", expected[0], expected[-1], h)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 600)
