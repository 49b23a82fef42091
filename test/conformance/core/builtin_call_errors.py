# CPython's TypeErrors for bad calls to builtins.
cases = [lambda: len(), lambda: len([], []), lambda: abs(), lambda: divmod(1), lambda: isinstance(1),
         lambda: sorted(), lambda: print(sep=1), lambda: int('5', base=1.5), lambda: int(5, 10),
         lambda: chr('a'), lambda: ord(5), lambda: range(), lambda: range(1.5), lambda: sum(),
         lambda: getattr(1), lambda: round(1, 2, 3), lambda: min(1, 2, key=1, default=3),
         lambda: [].append(), lambda: {}.get(), lambda: 'x'.split(1), lambda: zip(1)]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
