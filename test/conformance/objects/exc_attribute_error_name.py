# AttributeError has name and obj attributes; messages for instances and types.
class C:
    pass
try:
    C().nope
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    C.nope
except AttributeError as e:
    print(e)
try:
    (1).nope
except AttributeError as e:
    print(e, e.name)
