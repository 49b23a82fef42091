# fannkuch: the maximum number of pancake flips over all permutations of 1..n, and a
# permutation checksum; list slicing, reversal and index arithmetic.
# bench: quick=6 full=9
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = list(perm1)
        flips = 0
        k = perm[0]
        while k != 0:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        # Next permutation in the counting order.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(n):
    checksum, flips = fannkuch(n)
    print("fannkuch", n, "max flips", flips, "checksum", checksum)
    smaller, smaller_flips = fannkuch(n - 1)
    print("fannkuch", n - 1, "max flips", smaller_flips, "checksum", smaller)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
