# A __dir__ that raises while the traceback is printed only means no suggestion; the
# AttributeError is still the one reported.
class Broken:
    value = 1
    def __dir__(self):
        raise RuntimeError('no dir')

b = Broken()
print(b.value)
b.valu
