# ascii() escapes non-ASCII; repr does not.
for v in ('abc', 'é', '✓x', '🐍', '\n', ['ü'], {'k': 'ö'}):
    print(ascii(v), repr(v))
print(ascii(1), ascii(None))
