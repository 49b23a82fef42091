"""Module docstring."""
from __future__ import annotations
import sys
def f(a: SomeType) -> Other:
    x = y = 1
    a, b = b, a
    a, b, c = c, b, a
    a.x, a.y = a.y, a.x
    del a[0], a.x, b
    x[1] += 2
    x.attr *= 3
    return None
def big():
    return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, x]
def lines():
    a = (1 +
         2)
    b = foo(
        a,
        b)
    return (a
            .b
            .c())
