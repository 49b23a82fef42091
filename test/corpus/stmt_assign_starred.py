a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(*a,) = b
first, *rest = [1, 2, 3]
