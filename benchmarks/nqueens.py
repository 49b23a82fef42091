# nqueens: counts the placements of n non-attacking queens by backtracking over sets of
# occupied columns and diagonals; recursion, sets and small-int arithmetic.
# bench: quick=8 full=12
import sys


def solve(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        count += solve(n, row + 1, cols, diag1, diag2)
        cols.remove(col)
        diag1.remove(row + col)
        diag2.remove(row - col)
    return count


def first_solution(n):
    # Generator-free search for the lexicographically first placement, as a list.
    placement = []

    def place(row):
        if row == n:
            return True
        for col in range(n):
            ok = True
            for r, c in enumerate(placement):
                if c == col or abs(c - col) == row - r:
                    ok = False
                    break
            if ok:
                placement.append(col)
                if place(row + 1):
                    return True
                placement.pop()
        return False
    place(0)
    return placement


def main(n):
    total = 0
    for k in range(4, n + 1):
        total += solve(k, 0, set(), set(), set())
    print("queens", n, "solutions", solve(n, 0, set(), set(), set()))
    print("first", first_solution(n))
    print("checksum", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
