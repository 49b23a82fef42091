# __exit__ receives the exception type, value and a traceback object.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et, repr(ev), type(tb).__name__ if tb is not None else None)
        return True
with Inspect():
    pass
with Inspect():
    raise TypeError('t')
with Inspect():
    int('q')
print('done')
