# fib: naive doubly recursive Fibonacci; measures Python function calls on small ints.
# bench: quick=20 full=32
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    total = 0
    for i in range(n - 3, n + 1):
        total += fib(i)
    print("fib", n, fib(n))
    print("checksum", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
