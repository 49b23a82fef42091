# binary_trees: builds and walks many short-lived complete binary trees of instances;
# measures allocation and garbage collection, and recursion.
# bench: quick=7 full=14
import sys


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def main(max_depth):
    min_depth = 4
    if max_depth < min_depth + 2:
        max_depth = min_depth + 2
    print("stretch tree of depth", max_depth + 1, "check", check(make(max_depth + 1)))
    long_lived = make(max_depth)
    total = 0
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        c = 0
        for _ in range(iterations):
            c += check(make(depth))
        total += c
        print(iterations, "trees of depth", depth, "check", c)
    print("long lived tree of depth", max_depth, "check", check(long_lived))
    print("checksum", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
