# collatz: lengths of Collatz sequences for 1..n; tight integer while-loops and branches.
# bench: quick=1000 full=150000
import sys


def collatz_length(n):
    steps = 1
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n = n >> 1
        steps += 1
    return steps


def main(limit):
    best = 1
    best_len = 1
    total = 0
    for i in range(1, limit + 1):
        length = collatz_length(i)
        total += length
        if length > best_len:
            best = i
            best_len = length
    print("longest below", limit, "starts at", best, "length", best_len)
    print("checksum", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
