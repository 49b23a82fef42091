# IndexError and KeyError messages.
cases = [lambda: [][0], lambda: [1][-2], lambda: ()[0], lambda: 'x'[5], lambda: range(2)[2],
         lambda: {}['k'], lambda: {1: 2}[2], lambda: {}[(1, 'a')], lambda: {}[None], lambda: {}[1.5]]
for c in cases:
    try:
        c()
    except (IndexError, KeyError) as e:
        print(type(e).__name__, repr(e), str(e))
d = {}
d['missing']
