# sieve: the sieve of Eratosthenes on a list of flags; integer loops and list indexing.
# bench: quick=50000 full=6000000
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return flags


def main(limit):
    flags = sieve(limit)
    count = 0
    total = 0
    last = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            total = (total + k * count) % 1000000007
            last = k
    print("primes below", limit, count)
    print("largest", last)
    print("checksum", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 50000)
