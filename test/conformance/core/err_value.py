# ValueError messages from common functions.
cases = [lambda: int('1e5'), lambda: int('0x10'), lambda: [].index(1), lambda: 'abc'.index('d'),
         lambda: float('one'), lambda: list.remove([], 0), lambda: range(0, 1, 0), lambda: 'a,b'.split(''),
         lambda: chr(-5), lambda: int('12', 1), lambda: (1, 2).index(3)]
for c in cases:
    try:
        c()
    except ValueError as e:
        print(e)
a, b = [1, 2, 3]
