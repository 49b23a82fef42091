# closures: nested functions capturing variables (cells), nonlocal rebinding, lambdas,
# functions returned and passed as values, and decorators.
# bench: quick=4000 full=1500000
import sys


def make_counter(start):
    count = start

    def step(k):
        nonlocal count
        count += k
        return count
    return step


def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


def twice(fn):
    def wrapper(x):
        return fn(fn(x))
    return wrapper


@twice
def inc3(x):
    return x + 3


def main(n):
    counter = make_counter(0)
    adders = make_adders(10)
    double_then_inc = compose(lambda x: x + 1, lambda x: x * 2)
    total = 0
    for i in range(n):
        total += counter(i % 5)
        total += adders[i % 10](i)
        total += double_then_inc(i)
        total += inc3(i)
        total %= 1000000007

    @memoize
    def tri(k):
        return k if k < 2 else k + tri(k - 1)
    tri_sum = 0
    for i in range(min(n, 500)):
        tri_sum += tri(i)

    def outer(a):
        def middle(b):
            def inner(c):
                return a * 100 + b * 10 + c
            return inner
        return middle
    nest = 0
    for i in range(n // 10):
        nest += outer(i % 10)(i % 7)(i % 3)
    print("closures", n)
    print("checksum", total, tri_sum, nest)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
