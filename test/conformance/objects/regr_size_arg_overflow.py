# Size arguments of str and bytes methods past a C ssize_t (or a C int for expandtabs) are
# OverflowError, as Argument Clinic's converters; within it a size too large is MemoryError.
class I(int):
    pass

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r)[:40])
    except (OverflowError, MemoryError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

big = 2 ** 63
for name, f in [
    ('zfill', lambda: 'a'.zfill(big)),
    ('zfill neg', lambda: 'a'.zfill(-big - 1)),
    ('zfill min', lambda: 'a'.zfill(-big)),
    ('zfill 2**62', lambda: 'a'.zfill(2 ** 62)),
    ('center', lambda: 'a'.center(big)),
    ('ljust', lambda: 'a'.ljust(big, '*')),
    ('rjust', lambda: 'a'.rjust(big)),
    ('center 2**62', lambda: 'a'.center(2 ** 62)),
    ('ljust small', lambda: 'a'.ljust(3, '*')),
    ('center I', lambda: 'ab'.center(I(6), '-')),
    ('expandtabs', lambda: 'a\tb'.expandtabs(2 ** 40)),
    ('expandtabs 2**31', lambda: 'a\tb'.expandtabs(2 ** 31)),
    ('expandtabs neg', lambda: 'a\tb'.expandtabs(-2 ** 31 - 1)),
    ('expandtabs ok', lambda: 'a\tb'.expandtabs(3)),
    ('bytes center', lambda: b'a'.center(big)),
    ('bytes ljust', lambda: b'a'.ljust(big)),
    ('bytes rjust', lambda: b'a'.rjust(big)),
    ('bytes zfill', lambda: b'a'.zfill(big)),
    ('bytes center 2**62', lambda: b'a'.center(2 ** 62)),
    ('bytes expandtabs', lambda: b'a\tb'.expandtabs(2 ** 40)),
    ('bytearray center', lambda: bytearray(b'a').center(big)),
    ('bytearray ljust ok', lambda: bytearray(b'a').ljust(3, b'.')),
]:
    attempt(name, f)
