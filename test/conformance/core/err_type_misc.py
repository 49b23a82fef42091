# Other common TypeErrors: subscripting, iteration, calling, item assignment.
five, none, pair, abc = 5, None, (1, 2), 'abc'
cases = [lambda: five[0], lambda: none[0], lambda: iter(5), lambda: list(3.0), lambda: pair[1.0],
         lambda: abc['x'], lambda: len(iter([])), lambda: {}[[]], lambda: [1, 2][None:'x'],
         lambda: int([]), lambda: float(None), lambda: sum(1, 2)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
for x in 42:
    pass
