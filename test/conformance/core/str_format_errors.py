# str.format errors.
for fmt, args, kw in (('{}', (), {}), ('{0}', (), {}), ('{x}', (), {}), ('{', (1,), {}), ('}', (), {}), ('{} {0}', (1, 2), {}), ('{:d}', ('s',), {})):
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
