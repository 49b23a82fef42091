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
