# Unpacking into locals, nested targets, subscripts and repeated names; the errors of a wrong count.
def f(t):
    a, b = t
    t, x = t
    print(a, b, t, x)
    c, c = 1, 2
    p, (q, r) = [1, (2, 3)]
    print(c, p, q, r)
    d = {}
    d['k'], y = 5, 6
    print(d, y)
    s = [4, 5]
    s[0], s[1] = s[1], s[0]
    print(s)
    for i, (j, k) in enumerate([(1, 2), (3, 4)]):
        print(i, j, k)
    try:
        u, v = [1, 2, 3]
    except ValueError as e:
        print(e)
    try:
        u, v = 7
    except TypeError as e:
        print(e)
    print(u if False else 'ok')
    m, n = iter('xy')
    print(m, n)
f((8, 9))
