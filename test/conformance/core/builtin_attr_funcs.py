# getattr, setattr, hasattr, delattr with defaults and errors.
class Box:
    pass
b = Box()
setattr(b, 'size', 3)
print(getattr(b, 'size'), getattr(b, 'color', 'none'), hasattr(b, 'size'), hasattr(b, 'color'))
delattr(b, 'size')
print(hasattr(b, 'size'))
print(getattr('abc', 'upper')(), getattr([], 'nope', 42))
try:
    getattr(b, 'size')
except AttributeError as e:
    print(e)
try:
    delattr(b, 'zz')
except AttributeError as e:
    print(e)
getattr(5, 'real', None)
getattr(5, 'missing')
