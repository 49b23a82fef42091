a = {1}
b = {1, 2, 3}
c = {*a, *b}
d = {1, 2,}
e = {(1, 2), frozenset()}
