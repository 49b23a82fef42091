# Bad format specs raise ValueError with CPython's messages.
for v, spec in ((1, 'q'), (1.5, 'x'), ('s', 'd'), (1, ',x'), ('s', '=5'), (1, '.2d'), ('s', '+')):
    try:
        format(v, spec)
    except ValueError as e:
        print(type(v).__name__, repr(spec), e)
