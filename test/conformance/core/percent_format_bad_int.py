# '%d' / '%x' / '%c' of objects whose __int__ or __index__ returns a non-int: the conversion's own
# TypeError message (mainformatlong's wrongtype), as CPython 3.11.
class A:
    def __int__(self): return 'x'
class B:
    def __index__(self): return 'y'
class C:
    def __int__(self): return 5
for v in (A(), B(), C(), 'str', 1.5, None):
    for f in ('%d', '%x', '%i', '%o', '%c'):
        try: print(f, repr(f % v))
        except Exception as e: print(f, type(e).__name__, e)
