def swap(a, b):
    a, b = b, a
    return a, b

def rot(a, b, c):
    a, b, c = c, a, b
    return a + b * c

def maybe(flag):
    if flag:
        x = 1
    return x

def deleted():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError:
        return 'unbound'

def chain(a, b, c):
    return a < b < c

def boolops(a, b):
    return (a and b) or (not a)

def kw(f):
    return f(1, b=2, *[3], **{'c': 4})

def comp(n):
    return {i: [j for j in range(i)] for i in range(n) if i % 2}

def nested_try(n):
    total = 0
    for i in range(n):
        try:
            try:
                if i == 3:
                    raise ValueError(i)
                total += i
            finally:
                total += 100
        except ValueError as e:
            total -= 1
            continue
        else:
            total += 1000
    return total

def withs(cm):
    with cm as a, cm as b:
        return a, b

def big(n):
    x = [0] * 300
    s = 0
    for i in range(300):
        s += x[i] + i
    return s

def gen2():
    r = yield 1
    while r:
        r = yield r
    return 5

def match_it(v):
    match v:
        case [1, 2, *rest]:
            return rest
        case {'k': val}:
            return val
        case int(x) if x > 3:
            return x
        case _:
            return None

class CM:
    def __enter__(self):
        return 'cm'
    def __exit__(self, *a):
        return False

def kwf(a, *rest, b=0, c=0, **more):
    return (a, b, rest, c, sorted(more.items()))

g = gen2()
print(swap(1, 2), rot(1, 2, 3), maybe(True), deleted(), chain(1, 2, 3), chain(3, 2, 1))
print(boolops(0, 5), boolops(3, 0), kw(kwf), comp(4), nested_try(5), withs(CM()), big(3))
print(next(g), g.send(7), g.send(0) if False else list(g))
print([match_it(v) for v in ([1, 2, 3, 4], {'k': 9}, 7, 2, 'x')])
try:
    maybe(False)
except UnboundLocalError as e:
    print('unbound:', e)
