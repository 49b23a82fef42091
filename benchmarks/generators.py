# generators: pipelines of generator functions, yield from, generator expressions and
# send(); measures generator creation, suspension and resumption.
# bench: quick=10000 full=3000000
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def tree(depth, label):
    if depth == 0:
        return label
    return [tree(depth - 1, label * 2), label, tree(depth - 1, label * 2 + 1)]


def main(n):
    pipeline_sum = 0
    for chunk in chunks(squares(evens(numbers(n))), 7):
        pipeline_sum += sum(chunk) % 1000
    gen_expr = sum(x * 3 for x in range(n) if x % 3 == 1)
    acc = running_total()
    next(acc)
    last = 0
    for x in range(n // 4):
        last = acc.send(x)
    acc.close()
    flat = 0
    for k in range(max(1, n // 200)):
        for v in flatten(tree(5, k + 1)):
            flat += v
    print("generators", n)
    print("checksum", pipeline_sum, gen_expr, last, flat)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
